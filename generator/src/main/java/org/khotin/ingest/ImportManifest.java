package org.khotin.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code content/.import-manifest}: for each file the importer wrote, the SHA-256 of the bytes it wrote,
 * one {@code <sha256> <path>} line per file, sorted. A file whose bytes still hash to that value has not
 * been edited since, so a changed input may replace it; any other file is an editor's and is kept.
 */
final class ImportManifest {
    static final String FILE_NAME = ".import-manifest";

    private final Map<String, String> written = new TreeMap<>();
    private boolean changed;

    static ImportManifest load(Path contentDir) throws IOException {
        ImportManifest manifest = new ImportManifest();
        Path file = contentDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return manifest;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split("\\s+", 2);
            if (parts.length == 2 && parts[0].matches("[0-9a-f]{64}")) manifest.written.put(parts[1], parts[0]);
        }
        return manifest;
    }

    Optional<String> hashOf(String relativePath) {
        return Optional.ofNullable(written.get(relativePath));
    }

    void record(String relativePath, String sha256) {
        if (!sha256.equals(written.put(relativePath, sha256))) changed = true;
    }

    boolean changed() {
        return changed;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append("# Written by 'khotin import': SHA-256 of each file as the importer last wrote it. Do not edit.\n");
        written.forEach((path, sha) -> out.append(sha).append(' ').append(path).append('\n'));
        return out.toString();
    }
}
