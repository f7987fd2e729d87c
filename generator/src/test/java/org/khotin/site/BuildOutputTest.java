package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.Fixtures;
import org.khotin.testing.TestSite;

/** What a reader gets from a small bilingual site. */
class BuildOutputTest {
    @TempDir
    Path dir;

    @Test
    void buildsArticlesHomesKeywordPagesAndTheLanguageChoice() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        TestSite.Run run = site.build().assertOk();
        assertThat(run.out()).contains("Built 2 vi + 1 en articles:").contains("pages").containsPattern("in \\d+\\.\\d\\d s");
        for (String path : new String[] {"public/index.html", "public/404.html", "public/vi/index.html",
                "public/en/index.html", "public/vi/2019/01/tong-ket-cong-tac-nam-2018/index.html",
                "public/en/2019/01/review-of-2018/index.html", "public/vi/tu-khoa/index.html",
                "public/vi/tu-khoa/ban-to-chuc-tinh-uy/index.html", "public/en/keywords/index.html",
                "public/en/keywords/organisation-commission/index.html", "public/assets/site.css"}) {
            site.assertExists(path);
        }
    }

    @Test
    void articlePageShowsEverythingAnEditorWrote() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build().assertOk();
        Document page = Jsoup.parse(site.read("public/vi/2019/01/tong-ket-cong-tac-nam-2018/index.html"));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Tổng kết công tác năm 2018");
        assertThat(page.selectFirst(".kicker").text()).isEqualTo("Tin tức hoạt động");
        assertThat(page.selectFirst("time").text()).isEqualTo("Thứ Bảy, 05/01/2019, 15:52");
        assertThat(page.selectFirst("time").attr("datetime")).isEqualTo("2019-01-05T15:52:32+07:00");
        assertThat(page.selectFirst(".author").text()).isEqualTo("Phạm Ngọc");
        assertThat(page.selectFirst(".source").text()).contains("Báo Nam Định");
        assertThat(page.select(".keywords a").eachText()).containsExactly("Ban Tổ chức Tỉnh ủy", "Hoà Bình");
        assertThat(page.select(".keywords a").eachAttr("href"))
                .containsExactly("../../../tu-khoa/ban-to-chuc-tinh-uy/", "../../../tu-khoa/hoa-binh/");
        assertThat(page.selectFirst(".translation a").attr("href")).isEqualTo("../../../../en/2019/01/review-of-2018/");
        assertThat(page.selectFirst(".translation a").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("Tóm tắt bài tổng kết.");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/archive/vi/2019/01/tong-ket-cong-tac-nam-2018/");
        // Markdown: tables, autolinks, strikethrough, heading ids that are Vietnamese-safe slugs
        assertThat(page.selectFirst(".article-body h2").id()).isEqualTo("ket-qua-dat-duoc");
        assertThat(page.select(".article-body table td")).hasSize(2);
        assertThat(page.selectFirst(".article-body a[href=https://example.com/x]")).isNotNull();
        assertThat(page.selectFirst(".article-body del").text()).isEqualTo("cũ");
    }

    /**
     * Editors link stories by their files, as GitHub shows them: the pages link to each other, across months and
     * languages, and a link to a file that holds no article stops the build at its place.
     */
    @Test
    void aLinkToAnotherArticlesFileLeadsToThatArticlesPage() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2024/05/cau-moi.md --
                ---
                title: Khánh thành cầu mới
                slug: cau-moi
                date: 2024-05-02
                ---
                ## Khánh thành

                Cầu thay [cầu cũ](../04/cau-cu.md); bản tiếng Anh: [English](../../../en/2024/05/new-bridge.md#opening).
                -- content/vi/2024/04/cau-cu.md --
                ---
                title: Cầu cũ xuống cấp
                slug: cau-cu
                date: 2024-04-02
                ---
                Nay đã có [cầu mới](../05/cau-moi.md#khanh-thanh).
                -- content/en/2024/05/new-bridge.md --
                ---
                title: New bridge opens
                slug: new-bridge
                date: 2024-05-02
                ---
                ## Opening

                Text.
                """);
        site.build().assertOk();
        Document page = Jsoup.parse(site.read("public/vi/2024/05/cau-moi/index.html"));
        assertThat(page.select(".article-body a").eachAttr("href"))
                .containsExactly("../../04/cau-cu/", "../../../../en/2024/05/new-bridge/#opening");
        assertThat(Jsoup.parse(site.read("public/vi/2024/04/cau-cu/index.html")).selectFirst(".article-body a").attr("href"))
                .isEqualTo("../../05/cau-moi/#khanh-thanh");

        site.write("content/vi/2024/04/cau-cu.md", site.read("content/vi/2024/04/cau-cu.md").replace("../05/cau-moi.md", "../05/cau-mo.md"));
        TestSite.Run failed = site.build();
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("content/vi/2024/04/cau-cu.md:6:11: error: link to '../05/cau-mo.md': no article of the site is there");
    }

    /** However the content folder is written in the configuration, links by file find their articles. */
    @Test
    void linksByFileWorkWhateverTheContentFolderIsCalled() {
        TestSite site = TestSite.create(dir, """
                -- site-config.yml --
                base_url: https://example.org/
                content_dir: ./bai-viet/
                -- bai-viet/vi/2024/05/a.md --
                ---
                title: Bài A
                slug: a
                date: 2024-05-02
                ---
                Xem [bài B](../04/b.md).
                -- bai-viet/vi/2024/04/b.md --
                ---
                title: Bài B
                slug: b
                date: 2024-04-02
                ---
                Nội dung.
                """);
        site.build().assertOk();
        assertThat(Jsoup.parse(site.read("public/vi/2024/05/a/index.html")).selectFirst(".article-body a").attr("href"))
                .isEqualTo("../../04/b/");
    }

    /** A story corrected after it went out says so under its headline, when and in the page's language. */
    @Test
    void aCorrectedStoryShowsWhenItWasUpdated() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2024/05/dinh-chinh.md --
                ---
                title: Bài được đính chính
                slug: dinh-chinh
                date: 2024-05-02T08:15:00+07:00
                updated: 2024-05-03T10:30:00+07:00
                ---
                Nội dung.
                -- content/en/2024/05/corrected.md --
                ---
                title: A corrected story
                slug: corrected
                date: 2024-05-02T08:15:00+07:00
                updated: 2024-05-04
                ---
                Text.
                -- content/vi/2024/05/khong-sua.md --
                ---
                title: Bài không sửa
                slug: khong-sua
                date: 2024-05-02T08:15:00+07:00
                updated: 2024-05-02T08:15:00+07:00
                ---
                Nội dung.
                """);
        site.build().assertOk();
        Document vi = Jsoup.parse(site.read("public/vi/2024/05/dinh-chinh/index.html"));
        assertThat(vi.selectFirst(".article-meta .updated").text()).isEqualTo("Cập nhật: Thứ Sáu, 03/05/2024, 10:30");
        assertThat(vi.selectFirst(".article-meta .updated time").attr("datetime")).isEqualTo("2024-05-03T10:30+07:00");
        Document en = Jsoup.parse(site.read("public/en/2024/05/corrected/index.html"));
        assertThat(en.selectFirst(".article-meta .updated").text()).isEqualTo("Updated: Saturday, 4 May 2024");
        assertThat(en.selectFirst(".article-meta .updated time").attr("datetime")).isEqualTo("2024-05-04");
        // updated no later than published: nothing to say
        assertThat(Jsoup.parse(site.read("public/vi/2024/05/khong-sua/index.html")).select(".updated")).isEmpty();
    }

    @Test
    void englishDatesAndLanguageSwitch() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build().assertOk();
        Document page = Jsoup.parse(site.read("public/en/2019/01/review-of-2018/index.html"));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("time").text()).isEqualTo("Saturday, 5 January 2019, 15:52");
        assertThat(page.selectFirst(".language-switch a").attr("href")).isEqualTo("../../../../vi/2019/01/tong-ket-cong-tac-nam-2018/");
        assertThat(page.selectFirst(".language-switch a").attr("lang")).isEqualTo("vi");
        assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("vi", "en", "x-default");
    }

    @Test
    void keywordsMergeAcrossToneStyleAndCase() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build().assertOk();
        Document index = Jsoup.parse(site.read("public/vi/tu-khoa/index.html"));
        assertThat(index.select(".keyword-index a").eachText()).containsExactly("Ban Tổ chức Tỉnh ủy", "Hoà Bình");
        Document keyword = Jsoup.parse(site.read("public/vi/tu-khoa/hoa-binh/index.html"));
        assertThat(keyword.select(".teaser h2").eachText()).containsExactly("Bài chưa dịch", "Tổng kết công tác năm 2018");
    }

    @Test
    void englishHomeListsUntranslatedVietnameseArticlesMarkedAsVietnamese() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build().assertOk();
        Document home = Jsoup.parse(site.read("public/en/index.html"));
        // the newest leads the front page, the rest follow as teasers
        assertThat(home.select(".lead-story h2, .teaser h2").eachText()).containsExactly("Bài chưa dịch", "Review of 2018");
        var untranslated = home.selectFirst(".lead-story");
        assertThat(untranslated.attr("lang")).isEqualTo("vi");
        assertThat(untranslated.selectFirst("a").attr("href")).isEqualTo("../vi/2020/03/bai-chua-dich/");
        // the date and the badge are the page's words, in the page's language
        assertThat(untranslated.selectFirst(".teaser-meta").attr("lang")).isEqualTo("en");
        assertThat(untranslated.selectFirst(".teaser-meta").text()).isEqualTo("1 Mar 2020 In Vietnamese");
    }

    @Test
    void fallbackCanBeSwitchedOff() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL + """
                -- site-config.yml --
                base_url: https://example.org/
                languages:
                  en:
                    fallback: false
                """);
        site.build().assertOk();
        Document home = Jsoup.parse(site.read("public/en/index.html"));
        assertThat(home.select(".lead-story h2, .teaser h2").eachText()).containsExactly("Review of 2018");
    }

    @Test
    void homePaginates() {
        StringBuilder txtar = new StringBuilder("""
                -- site-config.yml --
                base_url: https://example.org/
                pagination:
                  page_size: 2
                """);
        for (int i = 1; i <= 5; i++) {
            txtar.append("-- content/vi/2020/01/bai-").append(i).append(".md --\n---\ntitle: Bài ").append(i)
                    .append("\ndate: 2020-01-0").append(i).append("\n---\nNội dung.\n");
        }
        TestSite site = TestSite.create(dir, txtar.toString());
        site.build().assertOk();
        Document first = Jsoup.parse(site.read("public/vi/index.html"));
        assertThat(first.select(".lead-story h2, .teaser h2").eachText()).containsExactly("Bài 5", "Bài 4");
        assertThat(first.selectFirst("link[rel=next]").attr("href")).isEqualTo("page/2/");
        Document last = Jsoup.parse(site.read("public/vi/page/3/index.html"));
        assertThat(last.select(".teaser h2").eachText()).containsExactly("Bài 1");
        assertThat(last.selectFirst("link[rel=prev]").attr("href")).isEqualTo("../2/");
        assertThat(last.select(".pagination a[aria-label]").eachAttr("href")).containsExactly("../../", "../2/");
    }

    @Test
    void titlesAreEscapedAndRawHtmlIsSanitised() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/01/a.md --
                ---
                title: "<script>alert('x')</script> & tin"
                date: 2020-01-02
                ---
                <script>alert(1)</script>
                <p onclick="steal()">Đoạn văn</p>
                <iframe src="https://evil.example/"></iframe>

                [bấm](javascript:alert(1))
                <a href="JaVaScRiPt:alert(2)">hai</a>
                <img src="x.png" onerror="alert(3)" alt="ảnh">
                """);
        site.build().assertOk();
        String html = site.read("public/vi/2020/01/script-alert-x-script-tin/index.html");
        assertThat(html).contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; tin</h1>")
                .doesNotContain("<script>alert").doesNotContainIgnoringCase("javascript:").doesNotContain("onclick")
                .doesNotContain("onerror").doesNotContain("<iframe").contains("Đoạn văn").contains("alt=\"ảnh\"");
        // The only scripts are the site's own file, the theme's text-size line in the head (the same on every
        // page) and the JSON-LD, where '<' is escaped.
        Document doc = Jsoup.parse(html);
        String themeLine = Jsoup.parse(site.read("public/vi/index.html")).selectFirst("head script:not([src]):not([type])").data();
        assertThat(themeLine).contains("khotin-text-size").doesNotContain("alert");
        for (var script : doc.select("script")) {
            assertThat(script.attr("src").endsWith("assets/site.js") || script.attr("type").equals("application/ld+json")
                    || script.attr("src").isEmpty() && script.attr("type").isEmpty() && script.data().equals(themeLine))
                    .as(script.outerHtml()).isTrue();
        }
        assertThat(doc.selectFirst("script[type=application/ld+json]").data()).contains("\\u003cscript>alert")
                .doesNotContain("<");
    }

    @Test
    void decomposedInputComesOutComposed() {
        String nfdTitle = Normalizer.normalize("Tổ chức xây dựng Đảng", Normalizer.Form.NFD);
        String nfdBody = Normalizer.normalize("Hội nghị tổng kết công tác Đảng viên.", Normalizer.Form.NFD);
        TestSite site = TestSite.create(dir, "");
        site.write("content/vi/2020/01/a.md", "---\ntitle: " + nfdTitle + "\ndate: 2020-01-02\nkeywords: ["
                + nfdTitle + "]\n---\n" + nfdBody + "\n");
        site.build().assertOk();
        String html = site.read("public/vi/2020/01/to-chuc-xay-dung-dang/index.html");
        assertThat(Normalizer.isNormalized(html, Normalizer.Form.NFC)).isTrue();
        assertThat(html).contains("<h1>Tổ chức xây dựng Đảng</h1>").contains("Hội nghị tổng kết công tác Đảng viên.");
        site.assertExists("public/vi/tu-khoa/to-chuc-xay-dung-dang/index.html");
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreAccepted() {
        TestSite site = TestSite.create(dir, "");
        byte[] text = "---\r\ntitle: Có BOM\r\ndate: 2020-01-02\r\n---\r\nDòng một\r\n\r\nDòng hai\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        site.writeBytes("content/vi/2020/01/a.md", withBom);
        site.build().assertOk();
        Document page = Jsoup.parse(site.read("public/vi/2020/01/co-bom/index.html"));
        assertThat(page.select(".article-body p").eachText()).containsExactly("Dòng một", "Dòng hai");
    }

    @Test
    void draftsAreLeftOutUnlessAskedFor() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/01/a.md --
                ---
                title: Bản nháp
                date: 2020-01-02
                draft: true
                ---
                """);
        TestSite.Run run = site.build();
        run.assertOk();
        assertThat(site.exists("public/vi/2020/01/ban-nhap/index.html")).isFalse();
        // the editor who looks for the article is told why it is not there
        assertThat(run.out()).contains("; not built: 1 draft (--drafts shows it)");
        TestSite.Run withDrafts = site.build("--drafts");
        withDrafts.assertOk();
        site.assertExists("public/vi/2020/01/ban-nhap/index.html");
        assertThat(withDrafts.out()).doesNotContain("not built");
    }

    @Test
    void theSummarySaysWhenScheduledArticlesAppear() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/01/a.md --
                ---
                title: Bài đã đăng
                date: 2020-01-02
                ---
                Nội dung.
                -- content/vi/2099/05/b.md --
                ---
                title: Bài hẹn giờ sau
                date: 2099-05-20T08:00:00+07:00
                ---
                Nội dung.
                -- content/vi/2099/03/c.md --
                ---
                title: Bài hẹn giờ trước
                date: 2099-03-01T06:00:00+07:00
                ---
                Nội dung.
                -- content/vi/2099/03/d.md --
                ---
                title: Bản nháp hẹn giờ
                date: 2099-03-01
                draft: true
                ---
                """);
        TestSite.Run run = site.build();
        run.assertOk();
        // the first by the site's day (06:00 in Vietnam is still 1 March), a scheduled draft counted as a draft
        assertThat(run.out()).contains("Built 1 vi + 0 en articles")
                .contains("; not built: 1 draft (--drafts shows it), 2 articles scheduled, the first for 2099-03-01 (--future shows them)");
        assertThat(site.build("--future").out()).contains("; not built: 1 draft (--drafts shows it)").doesNotContain("scheduled");
    }

    @Test
    void baseUrlFromTheCommandLineWins() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build("--base-url", "https://user.github.io/khotin").assertOk();
        Document page = Jsoup.parse(site.read("public/en/2019/01/review-of-2018/index.html"));
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://user.github.io/khotin/en/2019/01/review-of-2018/");
    }

    @Test
    void templateErrorsNameTheTemplateFileAndLine() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.write("templates/keyword-index.ftlh", "<#import \"layout.ftlh\" as layout>\n<@layout.page page=page>\n${index.nonexistent}\n</@layout.page>\n");
        Map<String, byte[]> before = site.snapshot("public");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("templates/keyword-index\\.ftlh:3:\\d+: error: template error while writing vi/tu-khoa/index\\.html");
        assertThat(site.snapshot("public")).isEqualTo(before);
    }

    @Test
    void shareLinksCarryTheAddressAndTheTitleIntactAndShort() throws Exception {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/01/chia-se.md --
                ---
                title: "Tổng kết & đánh giá #1: 100% đạt?"
                slug: chia-se
                date: 2020-01-02
                ---
                Nội dung.
                """);
        site.build().assertOk();
        var page = Jsoup.parse(site.read("public/vi/2020/01/chia-se/index.html"));
        String tweet = page.selectFirst(".share a:contains(X)").attr("href");
        // the browser sends the Vietnamese letters escaped; the delimiters are escaped here already
        java.net.URI uri = java.net.URI.create(tweet.replace(" ", "%20"));
        Map<String, String> query = new java.util.LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], java.net.URLDecoder.decode(kv[1].replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(query).containsEntry("url", "https://example.org/archive/vi/2020/01/chia-se/")
                .containsEntry("text", "Tổng kết & đánh giá #1: 100% đạt?");
        assertThat(tweet).contains("text=Tổng%20kết%20%26%20đánh%20giá%20%231:%20100%25%20đạt%3F");
        assertThat(new org.khotin.testing.HtmlValidator().errors(dir.resolve("public/vi/2020/01/chia-se/index.html"))).isEmpty();
        // a network's share page opens beside the article; a mail goes to the mail program, leaving no empty tab
        assertThat(page.select(".share a[href^=https:]")).extracting(a -> a.text() + " " + a.attr("target"))
                .containsExactly("Facebook _blank", "Zalo _blank", "X _blank");
        var mail = page.selectFirst(".share a[href^=mailto:]");
        assertThat(mail.text()).isEqualTo("Email");
        assertThat(mail.hasAttr("target")).isFalse();
        assertThat(mail.attr("href")).contains("subject=Tổng%20kết", "body=https://example.org/archive/vi/2020/01/chia-se/");
    }
}
