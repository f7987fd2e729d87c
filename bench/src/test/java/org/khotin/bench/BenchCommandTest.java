package org.khotin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.cli.Main;
import org.khotin.testing.TestSite;

/** The benchmark's output structure at tiny sizes; never its timings. */
class BenchCommandTest {
    @TempDir
    Path dir;

    private TestSite.Run bench(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--repo", TestSite.repoRoot().toString(), "--dir",
                dir.toString(), "--quiet"));
        all.addAll(List.of(args));
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = BenchCommand.run(all.toArray(String[]::new), new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        return new TestSite.Run(code, out.toString(), err.toString());
    }

    @Test
    void runsEveryStepAndReportsStagesMemoryAndMachine() {
        TestSite.Run run = bench("--articles", "30", "--hugo", "none").assertOk();
        List<String> lines = run.out().lines().toList();
        assertThat(run.out()).contains("machine: ").contains(" cores").contains("max heap").contains("jvm: collectors ");
        assertThat(run.out()).doesNotContain("FAILED").doesNotContain("hugo:");
        assertThat(lines).anyMatch(l -> l.matches("== \\d+ articles: 30 vi \\+ \\d+ en, \\d+ keywords .*"));
        String header = lines.stream().filter(l -> l.startsWith("step")).findFirst().orElseThrow();
        assertThat(header.split("\\s{2,}")).contains("total ms", "load", "keywords", "related", "markdown (in render)", "plan",
                "render", "write", "files", "changed", "peak heap MB", "sys load");
        for (String step : List.of("cold build", "no-op rebuild", "one-article edit shown", "one-article: rest of pages",
                "one-article: search index")) {
            String row = lines.stream().filter(l -> l.startsWith(step + " ")).findFirst().orElseThrow();
            assertThat(row.substring(step.length()).strip().split("\\s+")).as(row)
                    .hasSize(header.split("\\s{2,}").length - 1).allMatch(cell -> cell.matches("\\d+|\\d+\\.\\d|-"));
        }
        assertThat(lines).anyMatch(l -> l.matches("import: \\d+ raw articles in [\\d.]+ s = [\\d,]+ articles/s .*"));
        // the search page's answers on the archive: Đà Nẵng is in none of its articles, đảng viên in most
        assertThat(lines).anyMatch(l -> l.matches("search index: [\\d,]+ bytes \\(word and pair shards [\\d,]+\\); .*"));
        assertThat(lines).anyMatch(l -> l.matches("da nang +0 +0 +[\\d,]+"));
        assertThat(lines).anyMatch(l -> l.matches("Đà Nẵng +0 +0 +[\\d,]+"));
        assertThat(lines).anyMatch(l -> l.matches("dang vien +[1-9][\\d,]* +0 +[\\d,]+"));
        assertThat(dir.resolve("n30")).doesNotExist();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void severalSizesAddAGrowthTable() {
        TestSite.Run run = bench("--sizes", "20,40", "--hugo", "none", "--import-articles", "0").assertOk();
        assertThat(run.out()).doesNotContain("import:");
        List<String> lines = run.out().lines().toList();
        int growth = lines.indexOf(lines.stream().filter(l -> l.startsWith("== growth per stage")).findFirst().orElseThrow());
        List<String> table = lines.subList(growth + 1, lines.size());
        assertThat(table.get(0)).startsWith("stage (cold, ms)").contains("(n log n)");
        assertThat(table).anyMatch(l -> l.startsWith("related ")).anyMatch(l -> l.startsWith("total "));
        assertThat(table.stream().filter(l -> l.startsWith("total ")).findFirst().orElseThrow())
                .matches("total\\s+\\d+\\s+\\d+\\s+[\\d.]+ \\([\\d.]+\\)");
    }

    @Test
    void comparesWithHugoWhenInstalled() {
        assumeTrue(HugoSite.version().isPresent(), "hugo is not installed");
        TestSite.Run run = bench("--articles", "20", "--hugo", "norelated", "--import-articles", "0").assertOk();
        assertThat(run.out()).contains("hugo: hugo v");
        assertThat(run.out().lines()).anyMatch(l -> l.matches(
                "hugo norelated +[\\d.]+ s +[\\d,]+ files +[\\d,]+ bytes +load [\\d.-]+ +khotin/Hugo cold build: [\\d.]+"));
        assertThat(run.out().lines()).anyMatch(l -> l.matches("output: [\\d,]+ bytes in [\\d,]+ files \\([\\d,]+ bytes an article\\)"));
    }

    @Test
    void comparesWithHugoAndPagefindWhenBothAreInstalled() {
        assumeTrue(HugoSite.version().isPresent(), "hugo is not installed (Debian: apt-get install hugo)");
        assumeTrue(HugoSite.pagefind(TestSite.repoRoot()).isPresent(),
                "Pagefind is not installed (in the repository: npm i --no-save pagefind@1.6.0; .ci/run does)");
        TestSite.Run run = bench("--articles", "20", "--hugo", "norelated", "--import-articles", "0").assertOk();
        assertThat(run.out()).contains("pagefind 1.");
        assertThat(run.out().lines()).anyMatch(l -> l.matches(
                "  \\+ pagefind [\\d.]+ [\\d.]+ s: Hugo \\+ Pagefind [\\d.]+ s, [\\d,]+ files, [\\d,]+ bytes"));
        assertThat(run.out().lines()).anyMatch(l -> l.matches(
                "  khotin/\\(Hugo \\+ Pagefind\\): cold build time [\\d.]+, bytes [\\d.]+, files [\\d.]+"));
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(bench("--hugo", "fastest").exitCode()).isEqualTo(Main.USAGE);
        assertThat(bench("--articles", "0").exitCode()).isEqualTo(Main.USAGE);
        assertThat(bench("--sizes", "10,x").exitCode()).isEqualTo(Main.USAGE);
    }
}
