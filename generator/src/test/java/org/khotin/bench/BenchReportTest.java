package org.khotin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    private static SizeResult withHugo(HugoSite.Run... runs) {
        return size(100_000, 9_754, 84_743, runs);
    }

    private static SizeResult size(int vietnamese, int english, long coldMillis, HugoSite.Run... runs) {
        Scenario cold = new Scenario("cold build", Duration.ofMillis(coldMillis), Map.of("load", coldMillis / 10), 1_000, -1,
                1L << 30, Optional.empty(), 1.9);
        return new SizeResult(vietnamese, new CorpusWriter.Written(vietnamese, english, 50, 1L << 30, "vi/a.md"),
                Duration.ofSeconds(1), List.of(cold), Optional.empty(), List.of(runs), Optional.empty(), Optional.empty());
    }

    @Test
    void severalSizesEndWithKhotinOverHugoAtEachSize() {
        List<String> lines = BenchReport.growth(List.of(
                size(1_000, 91, 3_054, new HugoSite.Run(HugoSite.Variant.RELATED_CARD10, Duration.ofMillis(549), 0, false, 1_199, 0.7)),
                size(30_000, 2_914, 20_448, new HugoSite.Run(HugoSite.Variant.RELATED_CARD10, Duration.ofMillis(140_310), 0, false, 36_063, 2.0)),
                size(100_000, 9_754, 84_743, new HugoSite.Run(HugoSite.Variant.RELATED_CARD10, Duration.ofMillis(1_500_680), -1, true, 68_866, 1.9))));

        assertThat(lines).endsWith("== khotin/Hugo cold build by size",
                "hugo related-card10: 5.56 at 1,091, 0.15 at 32,914, below 0.06 at 109,754");
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
