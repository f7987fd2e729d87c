package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.TestSite;

/** The built-in theme, and a site's templates/ laid over it file by file and its UI strings key by key. */
class ThemeLayerTest {
    @TempDir
    Path dir;

    private static final String ONE_ARTICLE = """
            -- content/vi/2020/01/cau-moi.md --
            ---
            title: Khánh thành cầu mới
            date: 2020-01-02
            keywords: [giao thông]
            ---
            Cây cầu mới nối hai bờ sông.
            """;

    @Test
    void aSiteOfContentAndConfigAloneBuildsWithTheBuiltInTheme() throws Exception {
        TestSite site = TestSite.create(dir, ONE_ARTICLE);
        PathUtils.deleteDirectory(site.root().resolve("templates"));
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        String article = site.read("public/vi/2020/01/khanh-thanh-cau-moi/index.html");
        assertThat(article).contains("<h1", "Khánh thành cầu mới", "Lưu trữ tin tức song ngữ Việt – Anh.")
                .doesNotContain("Kho tin – ");
        assertThat(site.read("public/assets/site.css")).isEqualTo(TestSite.builtInTheme("assets/site.css"));
        assertThat(site.exists("public/assets/search.js")).isTrue();
        assertThat(site.read("public/en/index.html")).contains("A bilingual Vietnamese–English news archive.");
    }

    @Test
    void aSiteOverridesOneTemplateOneStringAndOneAssetAndKeepsTheRest() {
        TestSite site = TestSite.create(dir, ONE_ARTICLE);
        site.write("templates/article.ftlh", site.read("templates/article.ftlh")
                .replace("<article", "<p class=\"our-banner\">Báo của tỉnh</p>\n<article"));
        site.write("templates/i18n/vi.yml", "home_heading: Tin nổi bật\n");
        site.write("templates/assets/site.css", "body { color: #111; }\n");
        site.write("templates/assets/brand.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        // the template the site wrote, and the built-in layout it imports
        String article = site.read("public/vi/2020/01/khanh-thanh-cau-moi/index.html");
        assertThat(article).contains("<p class=\"our-banner\">Báo của tỉnh</p>", "skip-link");
        // the other templates are the built-in ones
        assertThat(site.read("public/vi/tu-khoa/index.html")).doesNotContain("our-banner");
        // one string replaced, every other one kept: the site's file has no footer, the built-in's is used
        String home = site.read("public/vi/index.html");
        assertThat(home).contains("Tin nổi bật").doesNotContain("Tin mới nhất").contains("Lưu trữ tin tức song ngữ Việt – Anh.");
        assertThat(site.read("public/en/index.html")).contains("Latest news");
        // assets: the site's file wins, a new one is added, the others are the built-in ones
        assertThat(site.read("public/assets/site.css")).isEqualTo("body { color: #111; }\n");
        assertThat(site.exists("public/assets/brand.svg")).isTrue();
        assertThat(site.read("public/assets/site.js")).isEqualTo(TestSite.builtInTheme("assets/site.js"));
    }

    @Test
    void anErrorInAnOverridingTemplateNamesTheSitesFile() {
        TestSite site = TestSite.create(dir, ONE_ARTICLE);
        site.write("templates/list.ftlh", "<#import \"layout.ftlh\" as layout>\n<@layout.page page=page>\n${list.nothing}\n</@layout.page>\n");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("templates/list\\.ftlh:3:\\d+: error: template error while writing")
                .doesNotContain("built-in theme: list.ftlh");
        assertThat(site.exists("public/index.html")).isFalse();
    }
}
