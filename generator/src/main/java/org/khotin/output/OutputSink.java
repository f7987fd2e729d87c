package org.khotin.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a build writes its files. Paths are relative, with '/' separators. Nothing is visible at the
 * destination until {@link #commit()}; {@link #abandon()} drops everything written so far.
 */
public interface OutputSink extends AutoCloseable {

    void write(String path, byte[] content) throws IOException;

    /** Writes a copy of a file as it is (a video, a recording): a sink on disk copies it without holding it in memory. */
    default void copy(String path, Path source) throws IOException {
        write(path, Files.readAllBytes(source));
    }

    /** How many files were written so far. */
    int count();

    /** Makes the output visible, all of it or (after a failure that is reported) none of it. */
    void commit() throws IOException;

    /** Forgets the output; the destination keeps what it had. */
    void abandon();

    @Override
    default void close() {
        abandon();
    }

    static void checkPath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("//")
                || path.equals("..") || path.startsWith("../") || path.contains("/../") || path.endsWith("/..")
                || path.endsWith("/")) {
            throw new IllegalArgumentException("bad output path: " + path);
        }
    }
}
