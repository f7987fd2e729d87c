package org.khotin.ingest;

/** Where an article came from: the input's file name, the SHA-256 of its bytes, and the encoding it was in. */
public record Provenance(String fileName, String sha256, String encoding) {}
