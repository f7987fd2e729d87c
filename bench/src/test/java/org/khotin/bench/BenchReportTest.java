package org.khotin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    private static HugoSite.Run run(HugoSite.Variant variant, Duration wall, int exit, boolean timedOut, long files, double load) {
        return new HugoSite.Run(variant, wall, exit, timedOut, new OutputSize(files, files * 5_000), load, Optional.empty());
    }

    private static SizeResult withHugo(HugoSite.Run... runs) {
        return size(100_000, 9_754, 84_743, runs);
    }

    private static SizeResult size(int vietnamese, int english, long coldMillis, HugoSite.Run... runs) {
        Scenario cold = new Scenario("cold build", Duration.ofMillis(coldMillis), Map.of("load", coldMillis / 10), 1_000, -1,
                1L << 30, Optional.empty(), 1.9);
        return new SizeResult(vietnamese, new CorpusWriter.Written(vietnamese, english, 50, 1L << 30, "vi/a.md"),
                Duration.ofSeconds(1), List.of(cold), Optional.of(new OutputSize(35_000, 380_000_000)), Optional.empty(), List.of(runs),
                Optional.empty(), Optional.empty());
    }

    @Test
    void severalSizesEndWithKhotinOverHugoAtEachSize() {
        List<String> lines = BenchReport.growth(List.of(
                size(1_000, 91, 3_054, run(HugoSite.Variant.RELATED_CARD10, Duration.ofMillis(549), 0, false, 1_199, 0.7)),
                size(30_000, 2_914, 20_448, run(HugoSite.Variant.RELATED_CARD10, Duration.ofMillis(140_310), 0, false, 36_063, 2.0)),
                size(100_000, 9_754, 84_743, run(HugoSite.Variant.RELATED_CARD10, Duration.ofMillis(1_500_680), -1, true, 68_866, 1.9))));

        assertThat(lines).endsWith("== khotin/Hugo cold build by size",
                "hugo related-card10: 5.56 at 1,091, 0.15 at 32,914, below 0.06 at 109,754");
    }

    @Test
    void aHugoBuildStoppedUnfinishedGivesAnUpperBoundForTheRatio() {
        List<String> lines = BenchReport.size(withHugo(
                run(HugoSite.Variant.RELATED_CARD10, Duration.ofMillis(1_500_680), -1, true, 68_866, 1.9),
                run(HugoSite.Variant.NO_RELATED, Duration.ofSeconds(40), 0, false, 120_000, 1.9)));

        assertThat(lines).anyMatch(l -> l.startsWith("hugo related-card10") && l.contains("timed out")
                && l.endsWith("khotin/Hugo cold build: below 0.06"));
        assertThat(lines).anyMatch(l -> l.startsWith("hugo norelated") && l.endsWith("khotin/Hugo cold build: 2.12"));
    }

    @Test
    void aHugoBuildThatFailedGivesNoRatio() {
        List<String> lines = BenchReport.size(withHugo(
                run(HugoSite.Variant.NO_RELATED, Duration.ofSeconds(3), 255, false, 0, 1.9)));

        assertThat(lines).anyMatch(l -> l.startsWith("hugo norelated") && l.contains("failed (exit 255)")
                && !l.contains("khotin/Hugo"));
    }

    @Test
    void hugoWithPagefindGivesKhotinsRatiosOfTimeBytesAndFiles() {
        HugoSite.Run hugo = run(HugoSite.Variant.RELATED_CARD10, Duration.ofSeconds(20), 0, false, 24_000, 1.9)
                .withPagefind(new HugoSite.Pagefind("pagefind 1.6.0", Duration.ofSeconds(10), 0, new OutputSize(25_000, 120_000_000)));
        List<String> lines = BenchReport.size(size(10_000, 1_000, 15_000, hugo));

        assertThat(lines).contains("output: 380,000,000 bytes in 35,000 files (34,545 bytes an article)",
                "  + pagefind 1.6.0 10.00 s: Hugo + Pagefind 30.00 s, 25,000 files, 120,000,000 bytes",
                "  khotin/(Hugo + Pagefind): cold build time 0.50, bytes 3.17, files 1.40");
    }

    @Test
    void aFailedPagefindRunGivesNoRatio() {
        HugoSite.Run hugo = run(HugoSite.Variant.RELATED_CARD10, Duration.ofSeconds(20), 0, false, 24_000, 1.9)
                .withPagefind(new HugoSite.Pagefind("pagefind 1.6.0", Duration.ofSeconds(1), 1, new OutputSize(24_000, 100)));
        List<String> lines = BenchReport.size(size(10_000, 1_000, 15_000, hugo));

        assertThat(lines).anyMatch(l -> l.contains("pagefind") && l.contains("failed (exit 1)"));
        assertThat(lines).noneMatch(l -> l.contains("khotin/(Hugo + Pagefind)"));
    }
}
