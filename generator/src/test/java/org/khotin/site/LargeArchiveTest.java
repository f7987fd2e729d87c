package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.config.ConfigLoader;
import org.khotin.config.SiteConfig;
import org.khotin.diag.Problem;
import org.khotin.diag.Problems;
import org.khotin.diag.Progress;
import org.khotin.output.MemorySink;
import org.khotin.testing.Fixtures;
import org.khotin.testing.TestSite;

/** A large archive reads each body from its file when a stage needs it, instead of holding every body in memory. */
class LargeArchiveTest {
    @TempDir
    Path dir;

    private static SiteConfig config(TestSite site) {
        return new ConfigLoader().load(site.root().resolve("site-config.yml"), "site-config.yml", new Problems()).orElseThrow();
    }

    private static Map<String, byte[]> build(SiteBuilder builder, TestSite site) {
        MemorySink sink = new MemorySink();
        BuildResult result = builder.build(config(site), BuildOptions.defaults(), sink);
        assertThat(result.problems()).filteredOn(Problem::isError).isEmpty();
        return sink.committed();
    }

    @Test
    void bodiesReadFromTheirFilesGiveTheSameSiteAsBodiesHeldInMemory() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        Map<String, byte[]> held = build(new SiteBuilder(site.root(), Clock.systemUTC(), Progress.NONE,
                SiteBuilder.BodyResidency.MEMORY), site);
        Map<String, byte[]> read = build(new SiteBuilder(site.root(), Clock.systemUTC(), Progress.NONE,
                SiteBuilder.BodyResidency.FILES), site);

        assertThat(read.keySet()).isEqualTo(held.keySet());
        held.forEach((path, bytes) -> assertThat(read.get(path)).as(path).isEqualTo(bytes));
        assertThat(new String(read.get("vi/2019/01/tong-ket-cong-tac-nam-2018/index.html"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Đoạn <strong>một</strong>");
    }

    @Test
    void anArticleSavedWhileTheSiteBuildsStopsTheBuildWithAnErrorNamingItAndNothingIsPublished() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        String file = "content/vi/2019/01/tong-ket.md";
        // The editor saves the article after the build has read its front matter and before its body is rendered.
        Progress saveDuringBuild = new Progress() {
            @Override
            public void stage(String name, long total, String unit) {
                if (name.equals("keywords")) site.write(file, site.read(file).replace("Đoạn **một**.", "Đoạn đã sửa."));
            }

            @Override
            public void advance(long done) {}

            @Override
            public void end() {}
        };
        MemorySink sink = new MemorySink();
        BuildResult result = new SiteBuilder(site.root(), Clock.systemUTC(), saveDuringBuild,
                SiteBuilder.BodyResidency.FILES).build(config(site), BuildOptions.defaults(), sink);

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.format()).contains(file).contains("changed while the site was built").contains("build again");
        });
        assertThat(sink.committed()).isEmpty();
        // Built again once the file is saved, the site shows the new text.
        assertThat(new String(build(new SiteBuilder(site.root(), Clock.systemUTC(), Progress.NONE,
                SiteBuilder.BodyResidency.FILES), site).get("vi/2019/01/tong-ket-cong-tac-nam-2018/index.html"),
                java.nio.charset.StandardCharsets.UTF_8)).contains("Đoạn đã sửa.");
    }
}
