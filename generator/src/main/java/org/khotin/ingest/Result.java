package org.khotin.ingest;

/** The outcome of a step that can fail on bad input: a value, or a reason an editor can read. */
public sealed interface Result<T> {
    record Ok<T>(T value) implements Result<T> {}

    record Failed<T>(String reason) implements Result<T> {}

    static <T> Result<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Result<T> failed(String reason) {
        return new Failed<>(reason);
    }
}
