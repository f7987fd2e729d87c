package org.khotin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    private static SizeResult withHugo(HugoSite.Run... runs) {
        Scenario cold = new Scenario("cold build", Duration.ofMillis(84_743), Map.of("load", 7_066L), 346_781, -1,
                4_391L << 20, Optional.empty(), 1.9);
        return new SizeResult(100_000, new CorpusWriter.Written(100_000, 9_754, 5_000, 1L << 30, "vi/a.md"),
                Duration.ofSeconds(14), List.of(cold), Optional.empty(), List.of(runs), Optional.empty());
    }

    @Test
    void aHugoBuildStoppedUnfinishedGivesAnUpperBoundForTheRatio() {
        List<String> lines = BenchReport.size(withHugo(
                new HugoSite.Run(HugoSite.Variant.RELATED_CARD10, Duration.ofMillis(1_500_680), -1, true, 68_866, 1.9),
                new HugoSite.Run(HugoSite.Variant.NO_RELATED, Duration.ofSeconds(40), 0, false, 120_000, 1.9)));

        assertThat(lines).anyMatch(l -> l.startsWith("hugo related-card10") && l.contains("timed out")
                && l.endsWith("khotin/Hugo cold build: below 0.06"));
        assertThat(lines).anyMatch(l -> l.startsWith("hugo norelated") && l.endsWith("khotin/Hugo cold build: 2.12"));
    }

    @Test
    void aHugoBuildThatFailedGivesNoRatio() {
        List<String> lines = BenchReport.size(withHugo(
                new HugoSite.Run(HugoSite.Variant.NO_RELATED, Duration.ofSeconds(3), 255, false, 0, 1.9)));

        assertThat(lines).anyMatch(l -> l.startsWith("hugo norelated") && l.contains("failed (exit 255)")
                && !l.contains("khotin/Hugo"));
    }
}
