package org.khotin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** What a built site puts on a host: its regular files and their bytes (what host limits count). */
public record OutputSize(long files, long bytes) {
    public static OutputSize of(Path site) throws IOException {
        if (!Files.isDirectory(site)) return new OutputSize(0, 0);
        long[] totals = new long[2];
        try (var walk = Files.find(site, Integer.MAX_VALUE, (p, a) -> a.isRegularFile())) {
            walk.forEach(p -> {
                totals[0]++;
                try {
                    totals[1] += Files.readAttributes(p, BasicFileAttributes.class).size();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return new OutputSize(totals[0], totals[1]);
    }
}
