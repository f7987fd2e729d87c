package org.khotin.ingest;

import java.util.function.Function;

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

    default <U> Result<U> then(Function<T, Result<U>> next) {
        if (this instanceof Ok<T> ok) return next.apply(ok.value());
        return new Failed<>(((Failed<T>) this).reason());
    }
}
