package org.khotin.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.khotin.search.SearchIndex;

/** Search index files as search.js reads them: result files are gzip-compressed packs of documents. */
public final class SearchFiles {
    private SearchFiles() {}

    /** A file's text: a result pack decompressed, any other file as UTF-8. */
    public static String text(String path, byte[] bytes) {
        if (!path.endsWith(".gz")) return new String(bytes, StandardCharsets.UTF_8);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Document {@code n} of an index, given how to read a file by its path relative to the index's folder. */
    public static JsonNode document(java.util.function.Function<String, byte[]> files, int n) {
        String path = SearchIndex.documentFile(n);
        try {
            JsonNode pack = new ObjectMapper().readTree(text(path, files.apply(path)));
            return pack.get(n % SearchIndex.DOCS_PER_PACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
