package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.HtmlValidator;
import org.khotin.testing.TestSite;

/** Old addresses keep working: an article's aliases and a merged keyword's old page send readers on. */
class RedirectPagesTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- content/vi/2020/02/hoi-nghi-tong-ket.md --
            ---
            title: Hội nghị tổng kết công tác năm
            slug: hoi-nghi-tong-ket
            date: 2020-02-10
            keywords: [Đảng viên, Hòa Bình]
            aliases: [vi/2020/01/hoi-nghi-tong-ket-cong-tac/, /vi/2020/02/hoi-nghi-tong-ket-nam/index.html]
            ---
            Nội dung.
            -- content/en/2020/02/annual-review.md --
            ---
            title: Annual review meeting
            date: 2020-02-11
            keywords: [Hoa Binh]
            ---
            Text.
            -- content/keywords.yml --
            - id: hoa-binh
              vi: Hòa Bình
              en: Hoa Binh
              aliases: [tỉnh Hòa Bình]
            """;

    @Test
    void anArticlesOldAddressesAndAMergedKeywordsOldPageRedirect() throws Exception {
        TestSite site = TestSite.create(dir, SITE);
        site.build().assertOk();

        Document old = Jsoup.parse(site.read("public/vi/2020/01/hoi-nghi-tong-ket-cong-tac/index.html"));
        assertThat(old.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(old.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(old.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/archive/vi/2020/02/hoi-nghi-tong-ket/");
        // relative, so that the site works under a sub-path
        assertThat(old.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../../02/hoi-nghi-tong-ket/");
        assertThat(old.selectFirst("main a").attr("href")).isEqualTo("../../02/hoi-nghi-tong-ket/");
        assertThat(old.selectFirst("main a").text()).isEqualTo("Hội nghị tổng kết công tác năm");
        assertThat(site.exists("public/vi/2020/02/hoi-nghi-tong-ket-nam/index.html")).isTrue();

        // "tỉnh Hòa Bình" had its own keyword page before the glossary merged it: it redirects in each language
        // that has the keyword's page
        Document keyword = Jsoup.parse(site.read("public/vi/tu-khoa/tinh-hoa-binh/index.html"));
        assertThat(keyword.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../hoa-binh/");
        Document english = Jsoup.parse(site.read("public/en/keywords/tinh-hoa-binh/index.html"));
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/archive/en/keywords/hoa-binh/");

        // listed nowhere else: not in the sitemap, a feed or a page's links
        assertThat(site.read("public/sitemap.xml")).doesNotContain("hoi-nghi-tong-ket-cong-tac").doesNotContain("tinh-hoa-binh");
        assertThat(site.read("public/vi/feed.xml")).doesNotContain("hoi-nghi-tong-ket-cong-tac");
        assertThat(site.read("public/vi/2020/02/hoi-nghi-tong-ket/index.html")).doesNotContain("hoi-nghi-tong-ket-cong-tac");

        assertThat(new HtmlValidator().errors(site.root().resolve("public/vi/2020/01/hoi-nghi-tong-ket-cong-tac/index.html")))
                .isEmpty();
    }

    @Test
    void anAliasThatIsNotAPathOfTheSiteIsAnErrorWithItsPosition() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/02/bai.md --
                ---
                title: Bài
                date: 2020-02-10
                aliases: [https://other.example/x]
                ---
                Nội dung.
                """);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("content/vi/2020/02/bai.md:4:10: error: ").contains("alias 'https://other.example/x' is not an article address of this site");
    }

    @Test
    void anAliasNeverReplacesAPageOfTheSite() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/02/bai-moi.md --
                ---
                title: Bài mới
                date: 2020-02-10
                aliases: [vi/2020/01/bai-cu/]
                ---
                Nội dung mới.
                -- content/vi/2020/01/bai-cu.md --
                ---
                title: Bài cũ
                date: 2020-01-10
                ---
                Nội dung cũ.
                """);
        site.build().assertOk();
        assertThat(site.read("public/vi/2020/01/bai-cu/index.html")).contains("Nội dung cũ.").doesNotContain("http-equiv");
    }
}
