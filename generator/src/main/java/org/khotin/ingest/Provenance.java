package org.khotin.ingest;

/**
 * Where an article came from: the input's file name, the SHA-256 of its bytes (of its row, for an export), the
 * encoding it was in, and the address it was published at when the input names it (an export's URL column).
 */
public record Provenance(String fileName, String sha256, String encoding, String url) {
    public Provenance(String fileName, String sha256, String encoding) {
        this(fileName, sha256, encoding, "");
    }
}
