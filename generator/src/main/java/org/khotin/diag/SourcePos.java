package org.khotin.diag;

import java.util.Comparator;

/** A place in a source file: 1-based line and column; 0 means "unknown" and is not printed. */
public record SourcePos(String path, int line, int col) implements Comparable<SourcePos> {

    private static final Comparator<SourcePos> ORDER = Comparator.comparing(SourcePos::path)
            .thenComparingInt(SourcePos::line)
            .thenComparingInt(SourcePos::col);

    public static SourcePos file(String path) {
        return new SourcePos(path, 0, 0);
    }

    public static SourcePos at(String path, int line, int col) {
        return new SourcePos(path, line, col);
    }

    @Override
    public int compareTo(SourcePos other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        if (line <= 0) return path;
        if (col <= 0) return path + ":" + line;
        return path + ":" + line + ":" + col;
    }
}
