package org.khotin.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.khotin.diag.Progress;

/** How long each stage of a build took, in the order they ran: for benchmarks and the preview's log. */
public final class StageTimes {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final Progress progress;

    StageTimes() {
        this(Progress.NONE);
    }

    /** @param progress told when each stage begins (a stage that can count its steps says how many) */
    StageTimes(Progress progress) {
        this.progress = progress;
    }

    <T> T time(String stage, Supplier<T> work) {
        progress.stage(stage, 0, "");
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.merge(stage, System.nanoTime() - start, Long::sum);
        }
    }

    void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Time that threads spent on one kind of work inside a stage that runs it in parallel with other work
     * (Markdown is rendered page by page while the pages render): summed over threads, so it can exceed the
     * stage's own time on several cores. Listed as {@code "<work> (in <stage>)"}.
     */
    void within(String stage, String work, long threadNanos) {
        nanos.merge(work + " (in " + stage + ")", threadNanos, Long::sum);
    }

    /** Stage → milliseconds. */
    public Map<String, Long> millis() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v / 1_000_000));
        return out;
    }

    @Override
    public String toString() {
        return millis().entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms")
                .collect(Collectors.joining(", "));
    }

    /** Runs {@code work}, adding the time it took to {@code nanos}: for work spread over many threads. */
    static <T> T adding(java.util.concurrent.atomic.LongAdder nanos, java.util.function.Supplier<T> work) {
        long begin = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.add(System.nanoTime() - begin);
        }
    }
}
