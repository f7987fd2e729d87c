package org.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.TestSite;

/** {@code khotin check --previous}: every address the site had before still leads somewhere. */
class CheckPreviousTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- content/vi/2020/01/bai-se-doi-ten.md --
            ---
            title: Bài sẽ đổi tên
            date: 2020-01-10
            ---
            Nội dung.
            -- content/vi/2020/02/bai-khac.md --
            ---
            title: Bài khác
            date: 2020-02-10
            ---
            Nội dung khác.
            """;

    private TestSite.Run check(TestSite site, Path previous) {
        return TestSite.run("check", "--quiet", "--config", site.root().resolve("site-config.yml").toString(),
                "--previous", previous.toString());
    }

    @Test
    void anArticleRemovedWithoutAnAliasFailsNamingItsAddressAndAnAliasMendsIt() throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"), SITE);
        site.build().assertOk();
        Path previousBuild = dir.resolve("previous");
        PathUtils.copyDirectory(site.root().resolve("public"), previousBuild);
        Path sitemap = dir.resolve("live-sitemap.xml");
        Files.copy(site.root().resolve("public/sitemap.xml"), sitemap);
        assertThat(check(site, previousBuild).exitCode()).isZero();

        // the editor renames the article: its slug changes, its old address is gone
        site.delete("content/vi/2020/01/bai-se-doi-ten.md");
        site.write("content/vi/2020/01/bai-da-doi-ten.md", "---\ntitle: Bài đã đổi tên\ndate: 2020-01-10\n---\nNội dung.\n");
        for (Path previous : new Path[] {previousBuild, sitemap}) {
            TestSite.Run run = check(site, previous);
            assertThat(run.exitCode()).as(previous.toString()).isEqualTo(1);
            assertThat(run.err()).as(previous.toString())
                    .contains("'vi/2020/01/bai-se-doi-ten/' was a page of the previous site and now leads nowhere")
                    .contains("aliases: [vi/2020/01/bai-se-doi-ten/]")
                    .doesNotContain("'vi/2020/02/bai-khac/'");
        }

        site.write("content/vi/2020/01/bai-da-doi-ten.md",
                "---\ntitle: Bài đã đổi tên\ndate: 2020-01-10\naliases: [vi/2020/01/bai-se-doi-ten/]\n---\nNội dung.\n");
        assertThat(check(site, previousBuild).exitCode()).isZero();
        assertThat(check(site, sitemap).exitCode()).isZero();
    }

    @Test
    void aMissingPreviousIsAUsageError() {
        TestSite site = TestSite.create(dir.resolve("site"), SITE);
        TestSite.Run run = check(site, dir.resolve("nothing-here"));
        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("--previous").contains("nothing-here");
    }
}
