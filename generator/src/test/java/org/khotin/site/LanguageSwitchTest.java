package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.TestSite;

/** The language switch of a list page leads to the same list in the other language, else to the nearest page there. */
class LanguageSwitchTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- content/vi/2024/05/le-hoi.md --
            ---
            title: Lễ hội đền Trần khai mạc
            date: 2024-05-10T08:00:00+07:00
            category: Văn hóa
            keywords: [lễ hội]
            author: Phú Bắc
            translation_key: le-hoi
            ---
            Lễ hội mở đầu bằng nghi thức rước kiệu.
            -- content/vi/2024/05/mua-gat.md --
            ---
            title: Nông dân vào mùa gặt
            date: 2024-05-12T08:00:00+07:00
            category: Kinh tế
            keywords: [mùa gặt]
            ---
            Cánh đồng lúa chín vàng.
            -- content/en/2024/05/festival.md --
            ---
            title: Tran Temple festival opens
            date: 2024-05-10T08:00:00+07:00
            category: Culture
            keywords: [lễ hội]
            translation_key: le-hoi
            ---
            The festival opened with a procession.
            """;

    private static String switchOf(Document page) {
        return page.selectFirst(".language-switch a").attr("href");
    }

    @Test
    void aSectionLeadsToTheSectionItsTranslationsAreFiledUnder() throws Exception {
        TestSite site = TestSite.create(dir, SITE);
        site.build().assertOk();

        Document culture = Jsoup.parse(site.read("public/vi/chuyen-muc/van-hoa/index.html"));
        assertThat(switchOf(culture)).isEqualTo("../../../en/categories/culture/");
        assertThat(culture.select(".switch-note")).as("it is the same section").isEmpty();
        assertThat(culture.select("link[rel=alternate][hreflang=en]").attr("href")).endsWith("/en/categories/culture/");
        assertThat(switchOf(Jsoup.parse(site.read("public/en/categories/culture/index.html")))).isEqualTo("../../../vi/chuyen-muc/van-hoa/");

        // without a counterpart: the other language's page of the same kind, saying so
        Document economy = Jsoup.parse(site.read("public/vi/chuyen-muc/kinh-te/index.html"));
        assertThat(switchOf(economy)).isEqualTo("../../../en/categories/");
        assertThat(economy.select(".switch-note")).isNotEmpty();
        assertThat(switchOf(Jsoup.parse(site.read("public/vi/tu-khoa/mua-gat/index.html")))).isEqualTo("../../../en/keywords/");
        assertThat(switchOf(Jsoup.parse(site.read("public/vi/tu-khoa/le-hoi/index.html")))).isEqualTo("../../../en/keywords/le-hoi/");
    }

    @Test
    void twoSectionsWhoseTranslationsShareOneLeadToItOnlyWhenItLeadsBack() throws Exception {
        StringBuilder txtar = new StringBuilder();
        String[][] stories = {{"a1", "Thời sự"}, {"a2", "Thời sự"}, {"b1", "Tin tức"}};
        for (String[] story : stories) {
            txtar.append("-- content/vi/2024/05/").append(story[0]).append(".md --\n---\ntitle: Tin ").append(story[0])
                    .append("\ndate: 2024-05-10\ncategory: ").append(story[1]).append("\ntranslation_key: ").append(story[0])
                    .append("\n---\nNội dung.\n-- content/en/2024/05/").append(story[0]).append(".md --\n---\ntitle: Story ")
                    .append(story[0]).append("\ndate: 2024-05-10\ncategory: News\ntranslation_key: ").append(story[0])
                    .append("\n---\nText.\n");
        }
        TestSite site = TestSite.create(dir, txtar.toString());
        site.build().assertOk();
        assertThat(switchOf(Jsoup.parse(site.read("public/vi/chuyen-muc/thoi-su/index.html")))).isEqualTo("../../../en/categories/news/");
        assertThat(switchOf(Jsoup.parse(site.read("public/en/categories/news/index.html")))).isEqualTo("../../../vi/chuyen-muc/thoi-su/");
        Document other = Jsoup.parse(site.read("public/vi/chuyen-muc/tin-tuc/index.html"));
        assertThat(switchOf(other)).as("News leads back to Thời sự, not here").isEqualTo("../../../en/categories/");
        assertThat(other.select("link[rel=alternate][hreflang=en]")).isEmpty();
        assertThat(TestSite.run("check", "--config", site.root().resolve("site-config.yml").toString()).exitCode()).isZero();
    }

    @Test
    void aNewSectionWhoseNameMakesTheSameAddressDoesNotTakeAnOldOnesPage() throws Exception {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2015/01/a.md --
                ---
                title: Tin cũ
                date: 2015-01-02
                category: Thời sự
                ---
                Nội dung.
                -- content/vi/2024/01/b.md --
                ---
                title: Tin mới
                date: 2024-01-02
                category: Thoi su
                ---
                Nội dung.
                """);
        site.build().assertOk();
        assertThat(Jsoup.parse(site.read("public/vi/chuyen-muc/thoi-su/index.html")).selectFirst("h1").text()).endsWith("Thời sự");
        assertThat(Jsoup.parse(site.read("public/vi/chuyen-muc/thoi-su-2/index.html")).selectFirst("h1").text()).endsWith("Thoi su");
    }

    @Test
    void aSectionLeadsHomeWhenTheOtherLanguageHasNoSections() throws Exception {
        TestSite site = TestSite.create(dir, SITE.replace("category: Culture\n", ""));
        site.build().assertOk();
        assertThat(switchOf(Jsoup.parse(site.read("public/vi/chuyen-muc/van-hoa/index.html")))).isEqualTo("../../../en/");
    }
}
