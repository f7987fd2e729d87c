package org.khotin.diag;

import java.util.Comparator;
import java.util.Objects;

/** An error or warning about the input, with where it is and how to fix it. */
public record Problem(Severity severity, SourcePos pos, String message, String hint) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::pos)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(pos);
        Objects.requireNonNull(message);
        hint = hint == null ? "" : hint;
    }

    public static Problem error(SourcePos pos, String message, String hint) {
        return new Problem(Severity.ERROR, pos, message, hint);
    }

    public static Problem warning(SourcePos pos, String message, String hint) {
        return new Problem(Severity.WARNING, pos, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:col: error: message} followed by an indented hint line when there is one. */
    public String format() {
        String head = pos + ": " + severity.label() + ": " + message;
        return hint.isEmpty() ? head : head + System.lineSeparator() + "  hint: " + hint;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
