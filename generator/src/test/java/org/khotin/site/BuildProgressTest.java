package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.khotin.search.SearchIndex;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.config.ConfigLoader;
import org.khotin.config.SiteConfig;
import org.khotin.diag.Problems;
import org.khotin.diag.Progress;
import org.khotin.output.MemorySink;
import org.khotin.testing.Fixtures;
import org.khotin.testing.TestSite;

/** What a long build tells the person watching it: each long stage counts its steps up to the total it announced. */
class BuildProgressTest {
    @TempDir
    Path dir;

    /** A stage as announced, and how many steps were counted in it before the next one began. */
    record Stage(String name, long total, String unit, long counted) {}

    /** Records what the console would show. */
    static final class Recorder implements Progress {
        final List<Stage> stages = new ArrayList<>();
        private final AtomicLong counted = new AtomicLong();

        @Override
        public synchronized void stage(String name, long total, String unit) {
            close();
            stages.add(new Stage(name, total, unit, 0));
        }

        @Override
        public void advance(long done) {
            counted.addAndGet(done);
        }

        @Override
        public synchronized void end() {
            close();
        }

        private void close() {
            if (stages.isEmpty()) return;
            Stage last = stages.remove(stages.size() - 1);
            stages.add(new Stage(last.name(), last.total(), last.unit(), counted.getAndSet(0)));
        }
    }

    @Test
    void everyStageThatGrowsWithTheArchiveCountsItsStepsToTheTotal() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        SiteConfig config = new ConfigLoader().load(site.root().resolve("site-config.yml"), "site-config.yml", new Problems())
                .orElseThrow();
        Recorder progress = new Recorder();
        BuildResult result = new SiteBuilder(site.root(), Clock.systemUTC(), progress)
                .build(config, BuildOptions.defaults(), new MemorySink());
        int articles = result.articles().values().stream().mapToInt(Integer::intValue).sum();

        List<Stage> counting = progress.stages.stream().filter(s -> s.total() > 0).toList();
        assertThat(counting).extracting(Stage::name)
                .containsExactly("load", "related: reading", "related: choosing", "render", "search");
        assertThat(counting).allSatisfy(s -> assertThat(s.counted()).as(s.name()).isEqualTo(s.total()));
        assertThat(counting).filteredOn(s -> s.name().startsWith("related"))
                .allSatisfy(s -> assertThat(s.total()).as(s.name()).isEqualTo(articles));
        // the search stage counts its result files, each a pack of a language's documents
        int resultFiles = result.articles().values().stream()
                .mapToInt(n -> (n + SearchIndex.DOCS_PER_PACK - 1) / SearchIndex.DOCS_PER_PACK).sum();
        assertThat(counting).filteredOn(s -> s.name().equals("search"))
                .singleElement().satisfies(s -> assertThat(s.total()).isEqualTo(resultFiles));
        // Stages that cannot count (short ones) still name themselves, so the line never shows a stale stage.
        assertThat(progress.stages).extracting(Stage::name).contains("keywords", "plan", "write");
    }
}
