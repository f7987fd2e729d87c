package org.khotin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.config.ConfigLoader;
import org.khotin.config.Language;
import org.khotin.config.SiteConfig;
import org.khotin.diag.Problem;
import org.khotin.diag.Problems;
import org.khotin.ingest.ImportReport;
import org.khotin.ingest.Importer;
import org.khotin.output.MemorySink;
import org.khotin.site.BuildOptions;
import org.khotin.site.BuildResult;
import org.khotin.site.SiteBuilder;
import org.khotin.testing.TestSite;

class ArchiveGeneratorTest {
    private static SeedText seeds;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSeeds() throws IOException {
        Path repo = TestSite.repoRoot();
        seeds = SeedText.read(repo.resolve("seeds"), repo.resolve("content/en"));
    }

    @Test
    void sameSizeAndSeedGiveTheSameBytes() throws IOException {
        CorpusWriter.write(new ArchiveGenerator(seeds, 150, 7), TestSite.repoRoot(), dir.resolve("a"), Optional.of(dir.resolve("ha")));
        CorpusWriter.write(new ArchiveGenerator(seeds, 150, 7), TestSite.repoRoot(), dir.resolve("b"), Optional.of(dir.resolve("hb")));
        CorpusWriter.write(new ArchiveGenerator(seeds, 150, 8), TestSite.repoRoot(), dir.resolve("c"), Optional.empty());
        Map<String, String> a = files(dir.resolve("a/content"));
        assertThat(a).hasSizeGreaterThan(150);
        assertThat(files(dir.resolve("b/content"))).isEqualTo(a);
        assertThat(files(dir.resolve("hb/content"))).isEqualTo(files(dir.resolve("ha/content")));
        assertThat(files(dir.resolve("c/content"))).isNotEqualTo(a);
    }

    @Test
    void archiveHasTheRequestedShape() throws IOException {
        int n = 600;
        List<SyntheticArticle> articles = new ArrayList<>();
        new ArchiveGenerator(seeds, n, 3).generate(articles::add);
        List<SyntheticArticle> vi = articles.stream().filter(a -> a.lang() == Language.VI).toList();
        List<SyntheticArticle> en = articles.stream().filter(a -> a.lang() == Language.EN).toList();
        assertThat(vi).hasSize(n);
        // about one in ten translated: 60 expected; the binomial spread at this size is about ±7
        assertThat(en.size()).isBetween(35, 85);
        Map<String, SyntheticArticle> viByKey = new HashMap<>();
        vi.forEach(a -> viByKey.put(a.translationKey(), a));
        assertThat(viByKey).hasSize(n);
        for (SyntheticArticle e : en) {
            SyntheticArticle original = viByKey.get(e.translationKey());
            assertThat(original).as("translation %s has its original", e.slug()).isNotNull();
            assertThat(e.date()).isEqualTo(original.date());
        }
        for (SyntheticArticle a : articles) {
            assertThat(a.keywords()).hasSizeBetween(3, 6).doesNotHaveDuplicates();
            int words = SeedText.wordCount(a.body());
            assertThat(words).as("words in %s", a.slug()).isBetween(300, 2000);
        }
        // Zipf-like: the most used keyword is on far more articles than the median one
        Map<String, Integer> uses = new TreeMap<>();
        articles.forEach(a -> a.keywords().forEach(k -> uses.merge(k, 1, Integer::sum)));
        List<Integer> counts = uses.values().stream().sorted().toList();
        assertThat(counts.get(counts.size() - 1)).isGreaterThan(4 * counts.get(counts.size() / 2));
    }

    @Test
    void generatedSiteBuildsWithoutProblems() throws IOException {
        Path site = dir.resolve("site");
        CorpusWriter.Written written = CorpusWriter.write(new ArchiveGenerator(seeds, 120, 5), TestSite.repoRoot(), site,
                Optional.empty());
        Problems problems = new Problems();
        SiteConfig cfg = new ConfigLoader().load(site.resolve("site-config.yml"), "site-config.yml", problems).orElseThrow();
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        BuildResult result = new SiteBuilder(site, clock).build(cfg, BuildOptions.defaults(), new MemorySink());
        assertThat(result.problems()).extracting(Problem::format).isEmpty();
        assertThat(result.articles().get(Language.VI)).isEqualTo(120);
        assertThat(result.articles().get(Language.EN)).isEqualTo(written.english());
        assertThat(Files.readString(site.resolve(written.sampleArticle()))).startsWith("---\ntitle: ");
    }

    @Test
    void rawArticlesAllImport() throws IOException {
        Path raw = dir.resolve("raw");
        int count = RawArticles.write(new ArchiveGenerator(seeds, 40, 9), raw);
        ImportReport report = new Importer(Clock.systemUTC(), new org.khotin.cli.ExtractedKeywords())
                .run(List.of(new Importer.Input(raw, "raw")), new Importer.Options(dir.resolve("content"), "content", false, false));
        assertThat(report.entries()).hasSize(count);
        assertThat(report.entries()).noneMatch(e -> e.status() == ImportReport.Status.FAILED);
        long imported = report.entries().stream().filter(e -> e.status() == ImportReport.Status.NEW).count();
        assertThat(imported).isGreaterThanOrEqualTo(count * 9L / 10);
        // every article lands in a year and month folder of its own
        assertThat(files(dir.resolve("content")).keySet()).allMatch(p -> p.matches("(vi|en)/20\\d\\d/\\d\\d/.*\\.md"));
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (p.getFileName().toString().startsWith(".")) continue;
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return out;
    }
}
