package org.khotin.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak memory while a benchmark runs: used heap sampled every 20 ms (garbage not yet collected included,
 * which is what a heap limit such as {@code -Xmx1g} has to hold), and the process's peak resident set
 * ({@code VmHWM} in {@code /proc/self/status}, Linux only).
 */
public final class MemoryWatch implements AutoCloseable {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private final AtomicLong peakHeap = new AtomicLong();
    private final Thread sampler;

    /**
     * A plain loop rather than a scheduled executor: when a step fills the heap, the executor's own
     * bookkeeping can run out of memory and stop sampling for good; the loop just samples again.
     */
    public MemoryWatch() {
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    sample();
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                } catch (OutOfMemoryError e) {
                    peakHeap.accumulateAndGet(Runtime.getRuntime().maxMemory(), Math::max); // it was full
                }
            }
        }, "khotin-bench-memory");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        Runtime rt = Runtime.getRuntime();
        peakHeap.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
    }

    /** Starts a new heap measurement: the peak from now on. */
    public void reset() {
        Runtime rt = Runtime.getRuntime();
        peakHeap.set(rt.totalMemory() - rt.freeMemory());
    }

    /** Starts a new resident-set measurement where the kernel allows it. */
    public static void resetResidentPeak() {
        try {
            // "5" resets the peak resident set size (Linux ≥ 4.0); elsewhere the peak is the process's
            Files.writeString(CLEAR_REFS, "5", StandardCharsets.US_ASCII);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux or not permitted: VmHWM stays the whole run's peak
        }
    }

    public long peakHeapBytes() {
        sample();
        return peakHeap.get();
    }

    /** Peak resident set size of this process, if the system reports it. */
    public static Optional<Long> peakResidentBytes() {
        try {
            for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    String kb = line.substring("VmHWM:".length()).replace("kB", "").strip();
                    return Optional.of(Long.parseLong(kb) * 1024);
                }
            }
        } catch (IOException | NumberFormatException | SecurityException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
