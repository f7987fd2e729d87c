package org.khotin.search;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Search result files: {@link #SearchIndex.DOCS_PER_PACK} documents in a JSON array, gzip-compressed ({@code search.js} reads
 * them with the browser's {@code DecompressionStream}). Fewer, smaller files than one JSON file a document.
 * Remembers what it wrote, by the documents' digests, to skip compressing an unchanged pack again.
 */
final class DocumentPacks {
    private record Written(byte[] documentsDigest, byte[] bytes, byte[] digest) {}

    private final Map<Integer, Written> written = new java.util.HashMap<>();

    static String path(int firstDocument) {
        return "d/" + firstDocument / SearchIndex.DOCS_PER_PACK + ".json.gz";
    }

    void write(String dir, int from, List<SearchIndex.Document> pack, SearchIndex.HashingOutput files) {
        MessageDigest d = SearchIndex.HashingOutput.newSha256();
        for (SearchIndex.Document doc : pack) d.update(doc.digest());
        byte[] documentsDigest = d.digest();
        Written last = written.get(from);
        if (last == null || !java.util.Arrays.equals(last.documentsDigest(), documentsDigest)) {
            byte[][] made = pack(pack);
            last = new Written(documentsDigest, made[0], made[1]);
            written.put(from, last);
        }
        files.accept(dir + path(from), last.bytes(), last.digest());
    }

    void forgetFrom(int documents) {
        written.keySet().removeIf(from -> from >= documents);
    }

    /** The pack's gzip bytes and their digest; deterministic (no time or name in the gzip header). */
    static byte[][] pack(List<SearchIndex.Document> pack) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(pack.size() * 2048);
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out, 8192)) {
            gz.write('[');
            for (int i = 0; i < pack.size(); i++) {
                if (i > 0) gz.write(',');
                gz.write(pack.get(i).json());
            }
            gz.write(']');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        return new byte[][] {bytes, SearchIndex.HashingOutput.sha256(bytes)};
    }
}
