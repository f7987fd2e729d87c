package org.khotin.bench;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One timed step of the benchmark.
 *
 * @param stagesMillis  the build's own stage times (load, keywords, related, markdown, plan, render, write …); empty for import
 * @param files         files in the output (build) or inputs read (import)
 * @param filesChanged  output files created or modified by this step, by modification time; -1 where not measured
 * @param peakHeapBytes used heap at its highest during the step, garbage included
 * @param failure       why the step did not finish (build errors, out of memory in a stage …)
 * @param loadAverage   the system's one-minute load average when the step ended (negative where unknown):
 *                      far above the number of cores, other work shared the machine and the times are inflated
 */
public record Scenario(String name, Duration elapsed, Map<String, Long> stagesMillis, long files, long filesChanged,
                       long peakHeapBytes, Optional<String> failure,
                       double loadAverage) {
    public Scenario {
        // stage order is the order the build ran them in, so the map keeps insertion order
        stagesMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stagesMillis));
    }

    public boolean ok() {
        return failure.isEmpty();
    }

    static Scenario failed(String name, Duration elapsed, long peakHeapBytes, String why) {
        return new Scenario(name, elapsed, Map.of(), 0, -1, peakHeapBytes, Optional.of(why), systemLoadAverage());
    }

    /** The one-minute system load average, or a negative number where the platform does not report it. */
    static double systemLoadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
