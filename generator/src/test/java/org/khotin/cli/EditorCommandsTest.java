package org.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.Fixtures;
import org.khotin.testing.TestSite;
import picocli.CommandLine;

/** {@code khotin new}, {@code khotin check} and scheduled articles, as an editor uses them. */
class EditorCommandsTest {
    @TempDir
    Path dir;

    /** 2026-11-23 23:30 UTC is already 24 November in Vietnam. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T23:30:00Z"), ZoneOffset.UTC);

    private TestSite.Run newArticle(TestSite site, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new NewCommand(CLOCK));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--config";
        all[args.length + 1] = site.root().resolve("site-config.yml").toString();
        return new TestSite.Run(cli.execute(all), out.toString(), err.toString());
    }

    @Test
    void newCreatesADraftDatedTodayInVietnamThatBuilds() {
        TestSite site = TestSite.create(dir, "");
        TestSite.Run run = newArticle(site, "Hội nghị Ban Chấp hành Đảng bộ tỉnh", "--keywords", "Tỉnh ủy, hội nghị",
                "--category", "Thời sự");
        assertThat(run.exitCode()).isZero();
        String path = "content/vi/2026/11/hoi-nghi-ban-chap-hanh-dang-bo-tinh.md";
        assertThat(site.read(path)).startsWith("---\ntitle: \"Hội nghị Ban Chấp hành Đảng bộ tỉnh\"\n"
                + "date: 2026-11-24T06:30:00+07:00\nlang: vi\n").contains("keywords: [\"Tỉnh ủy\", \"hội nghị\"]")
                .contains("category: \"Thời sự\"").contains("draft: true");
        site.build("--drafts", "--future").assertOk(); // the fixed clock is ahead of the real one
        site.assertExists("public/vi/2026/11/hoi-nghi-ban-chap-hanh-dang-bo-tinh/index.html");
        site.assertExists("public/vi/chuyen-muc/thoi-su/index.html");
        TestSite.Run again = newArticle(site, "Hội nghị Ban Chấp hành Đảng bộ tỉnh");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void newStartsTheNextPartOfASeries() {
        TestSite site = TestSite.create(dir, "");
        TestSite.Run run = newArticle(site, "Bài 2: Những chuyến hàng đêm", "--series", "Chống buôn lậu dịp Tết", "--series-part", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.read("content/vi/2026/11/bai-2-nhung-chuyen-hang-dem.md"))
                .contains("series: \"Chống buôn lậu dịp Tết\"\nseries_part: 2\n");
        site.build("--drafts", "--future").assertOk();
        site.assertExists("public/vi/loat-bai/chong-buon-lau-dip-tet/index.html");

        TestSite.Run again = newArticle(site, "Bài 2 khác", "--series", "chống buôn lậu dịp tết", "--series-part", "2");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("part 2 of the series 'chống buôn lậu dịp tết' is content/vi/2026/11/bai-2-nhung-chuyen-hang-dem.md already");

        TestSite.Run partAlone = newArticle(site, "Bài 3", "--series-part", "3");
        assertThat(partAlone.exitCode()).isEqualTo(2);
        assertThat(partAlone.err()).contains("--series-part takes a number from 1 to 999, with --series naming the series");
    }

    @Test
    void translationOfCopiesTheKeyAndAddsOneToTheSourceWhenMissing() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/01/goc.md --
                ---
                title: Bài gốc
                date: 2020-01-02T08:00:00+07:00
                ---
                Nội dung.
                """);
        TestSite.Run run = newArticle(site, "The original", "--translation-of",
                site.root().resolve("content/vi/2020/01/goc.md").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.read("content/vi/2020/01/goc.md"))
                .isEqualTo("---\ntitle: Bài gốc\ndate: 2020-01-02T08:00:00+07:00\ntranslation_key: \"bai-goc\"\n---\nNội dung.\n");
        String translation = site.read("content/en/2020/01/the-original.md");
        assertThat(translation).contains("lang: en").contains("translation_key: \"bai-goc\"")
                .contains("date: 2020-01-02T08:00:00+07:00");
        site.write("content/en/2020/01/the-original.md", translation.replace("draft: true\n", ""));
        site.build().assertOk();
        assertThat(site.read("public/vi/2020/01/bai-goc/index.html")).contains("../../../../en/2020/01/the-original/");

        // a second translation would break the build once published: refused, naming the first
        TestSite.Run again = newArticle(site, "Another translation", "--translation-of",
                site.root().resolve("content/vi/2020/01/goc.md").toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("is translated already: content/en/2020/01/the-original.md has its translation_key 'bai-goc'");
        assertThat(site.exists("content/en/2020/01/another-translation.md")).isFalse();
    }

    @Test
    void aTranslationOfAnArticleDatedByItsDayIsDatedByTheDay() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/01/goc.md --
                ---
                title: Bài gốc
                date: 2020-01-02
                ---
                Nội dung.
                """);
        TestSite.Run run = newArticle(site, "The original", "--translation-of",
                site.root().resolve("content/vi/2020/01/goc.md").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.read("content/en/2020/01/the-original.md")).contains("\ndate: 2020-01-02\n");
    }

    @Test
    void checkPassesAGoodSiteWithoutTouchingPublic() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        TestSite.Run run = TestSite.run("check", "--config", site.root().resolve("site-config.yml").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Checked \\d+ pages, \\d+ internal links: 0 errors, 3 warnings");
        assertThat(run.err()).contains("content/vi/2020/03/chua-dich.md:1:1: warning: no en translation")
                .contains("content/vi/2019/01/tong-ket.md:5:11: warning: keyword 'Ban Tổ chức Tỉnh ủy' (id ban-to-chuc-tinh-uy) has no English label")
                .contains("keyword 'Hoà Bình' (id hoa-binh) has no English label");
        assertThat(Files.exists(site.root().resolve("public"))).isFalse();
    }

    /**
     * A large archive's translators' worklist does not bury the check's other findings: the newest ten untranslated
     * articles and the ten most used unlabelled keywords, how many more, and {@code --translations} for all.
     */
    @Test
    void checkShowsTheTranslatorsWorklistCutToTheNewestAndMostUsed() {
        StringBuilder txtar = new StringBuilder();
        for (int i = 1; i <= 13; i++) {
            txtar.append(String.format(java.util.Locale.ROOT, """
                    -- content/vi/2020/%02d/bai-%d.md --
                    ---
                    title: Bài %d
                    date: 2020-%02d-02
                    keywords: [từ khóa %d, chung]
                    ---
                    Nội dung.
                    """, i % 12 + 1, i, i, i % 12 + 1, i));
        }
        TestSite site = TestSite.create(dir, txtar.toString());
        TestSite.Run run = TestSite.run("check", "--config", site.root().resolve("site-config.yml").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines().filter(l -> l.endsWith("warning: no en translation"))).hasSize(10);
        assertThat(run.err()).contains("content/vi/2020/12/bai-11.md:1:1: warning: no en translation") // December: newest
                .doesNotContain("content/vi/2020/02/bai-1.md:1:1") // the oldest three are counted, not listed
                .contains("content/: warning: articles without a translation: 3 more besides the 10 newest listed\n"
                        + "  hint: 'khotin check --translations' lists every one")
                .contains("keyword 'chung' (id chung) has no English label") // on every article: the most used
                .contains("content/keywords.yml: warning: keywords without an English label: 4 more besides the 10 most used listed");
        assertThat(run.out()).contains(": 0 errors, 22 warnings");

        TestSite.Run all = TestSite.run("check", "--translations", "--config", site.root().resolve("site-config.yml").toString());
        assertThat(all.err().lines().filter(l -> l.endsWith("warning: no en translation"))).hasSize(13);
        assertThat(all.err()).doesNotContain("more besides");
        assertThat(all.out()).contains(": 0 errors, 27 warnings");
    }

    /** A keyword English pages show in Vietnamese: the warning says where to label it, and how when it has no entry. */
    @Test
    void aKeywordWithoutAnEnglishLabelIsWarnedAboutWhereItsLabelGoes() {
        TestSite site = TestSite.create(dir, """
                -- content/keywords.yml --
                - id: da-nang
                  vi: Đà Nẵng
                  en: Da Nang
                - id: hoa-binh
                  vi: Hòa Bình
                -- content/vi/2020/01/cau.md --
                ---
                title: Cầu mới
                date: 2020-01-02T08:00:00+07:00
                keywords: [Đà Nẵng, Hòa Bình, giao thông]
                ---
                Nội dung.
                """);
        TestSite.Run run = TestSite.run("check", "--config", site.root().resolve("site-config.yml").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("content/keywords.yml:4:3: warning: keyword 'Hòa Bình' (id hoa-binh) has no English label\n"
                        + "  hint: add 'en: …' to this entry, or run: khotin keywords review --label \"Hòa Bình=<English label>\" --write")
                .contains("content/vi/2020/01/cau.md:4:11: warning: keyword 'giao thông' (id giao-thong) has no English label\n"
                        + "  hint: give it a glossary entry with one: khotin keywords review --label \"giao thông=<English label>\" --write")
                .doesNotContain("'Đà Nẵng' (id da-nang) has no English label");
    }

    @Test
    void checkPassesAnArchiveWhoseListsRunToSeveralPages() {
        // Page 2 of a list is not the translation of page 2 (or page 1) of the other language's list: only the
        // first pages of a keyword's two lists are alternates of each other, which search engines need both ways.
        StringBuilder txtar = new StringBuilder("""
                -- site-config.yml --
                base_url: https://example.org/
                pagination:
                  page_size: 2
                """);
        for (int i = 1; i <= 5; i++) {
            txtar.append("-- content/vi/2020/01/bai-").append(i).append(".md --\n---\ntitle: Bài ").append(i)
                    .append("\ndate: 2020-01-0").append(i).append("\ntranslation_key: k").append(i)
                    .append("\nkeywords: [Kinh tế]\n---\nNội dung.\n");
        }
        for (int i = 1; i <= 5; i++) {
            txtar.append("-- content/en/2020/01/story-").append(i).append(".md --\n---\ntitle: Story ").append(i)
                    .append("\ndate: 2020-01-0").append(i).append("\nlang: en\ntranslation_key: k").append(i)
                    .append("\nkeywords: [Kinh tế]\n---\nText.\n");
        }
        txtar.append("-- content/keywords.yml --\n- id: kinh-te\n  vi: Kinh tế\n  en: Economy\n");
        TestSite site = TestSite.create(dir, txtar.toString());

        TestSite.Run run = TestSite.run("check", "--config", site.root().resolve("site-config.yml").toString());
        assertThat(run.err()).doesNotContain("does not link back");
        assertThat(run.exitCode()).as(run.err()).isZero();

        site.build().assertOk();
        Document first = Jsoup.parse(site.read("public/vi/tu-khoa/kinh-te/index.html"));
        assertThat(first.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("vi", "en", "x-default");
        Document second = Jsoup.parse(site.read("public/vi/tu-khoa/kinh-te/page/2/index.html"));
        assertThat(second.select("link[rel=alternate][hreflang]")).isEmpty();
        // The language switch still leads to the same list in English, with no "no English version" note.
        assertThat(second.selectFirst("a[hreflang=en]").attr("href")).isEqualTo("../../../../../en/keywords/kinh-te/");
        assertThat(second.selectFirst("a[hreflang=en]").hasAttr("aria-describedby")).isFalse();
        assertThat(site.read("public/sitemap.xml")).doesNotContain("hreflang=\"en\" href=\"https://example.org/en/keywords/kinh-te/\"/>\n</url>\n<url>\n<loc>https://example.org/vi/tu-khoa/kinh-te/page/2/");
    }

    @Test
    void checkFindsBrokenLinksAndAnchorsInArticles() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/01/a.md --
                ---
                title: Bài A
                date: 2020-01-02
                ---
                ## Mục một

                [đúng](#muc-mot), [sai neo](#khong-co), [bài B](../b/), [không có](../khong-co/), [B sai neo](../bai-b/#x), [B tệp](b.md#y)
                -- content/vi/2020/01/b.md --
                ---
                title: Bài B
                date: 2020-01-03
                ---
                """);
        TestSite.Run run = TestSite.run("check", "--config", site.root().resolve("site-config.yml").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        // each where the editor wrote it: the article's file, line and column
        assertThat(run.err())
                .contains("content/vi/2020/01/a.md:7:29: error: broken anchor '#khong-co': /vi/2020/01/bai-a/index.html has no id 'khong-co'")
                .contains("content/vi/2020/01/a.md:7:49: error: broken link '../b/': nothing at /vi/2020/01/b/index.html")
                .contains("content/vi/2020/01/a.md:7:68: error: broken link '../khong-co/'")
                .contains("content/vi/2020/01/a.md:7:95: error: broken anchor '../bai-b/#x'")
                .contains("content/vi/2020/01/a.md:7:117: error: broken anchor '../bai-b/#y'")
                .doesNotContain("'#muc-mot'");
        assertThat(run.err()).containsPattern("Checked \\d+ pages, \\d+ internal links: 5 errors");
    }

    @Test
    void checkExternalRequestsEachLinkOnce() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            int status = exchange.getRequestURI().getPath().equals("/ok") ? 200 : 404;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            TestSite site = TestSite.create(dir, "-- content/vi/2020/01/a.md --\n---\ntitle: Bài A\ndate: 2020-01-02\n---\n"
                    + "[ok](" + base + "/ok) và [mất](" + base + "/gone)\n");
            site.keepShareLinksOffline();
            TestSite.Run run = TestSite.run("check", "--external", "--allow-private", "--config",
                    site.root().resolve("site-config.yml").toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains(base + "/gone: error: external link failed: HTTP 404").doesNotContain(base + "/ok:");
            // the two links above and no other host (the theme's share links are off in tests)
            assertThat(run.out() + run.err()).contains(", 2 external links");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void checkListsDraftsWaitingForReviewAndTheBuildLeavesThemOut() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/01/a.md --
                ---
                title: Bài đã duyệt
                date: 2020-01-02
                ---
                -- content/vi/undated/b.md --
                ---
                title: Bài chưa có ngày
                date_estimate: 2017-01-01
                draft: true
                needs_review: [date]
                ---
                Nội dung.
                -- content/vi/2020/01/c.md --
                ---
                title: Bài cần xem lại tiêu đề
                date: 2020-01-03T08:00:00+07:00
                draft: true
                needs_review: [title]
                ---
                """);
        TestSite.Run run = TestSite.run("check", "--config", site.root().resolve("site-config.yml").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains("content/vi/undated/b.md:1:1: warning: draft waiting for review: no date yet (the importer's estimate: 2017-01-01)")
                .contains("content/vi/2020/01/c.md:5:15: warning: draft waiting for review: check its title");
        site.build().assertOk();
        assertThat(site.exists("public/vi/2020/01/bai-da-duyet/index.html")).isTrue();
        assertThat(site.exists("public/vi/2017/01/bai-chua-co-ngay/index.html")).isFalse();
        assertThat(site.exists("public/vi/2020/01/bai-can-xem-lai-tieu-de/index.html")).isFalse();
    }

    @Test
    void aDateWithoutATimeShowsTheDayAlone() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2022/10/a.md --
                ---
                title: Bài theo ngày
                date: 2022-10-27
                ---
                -- content/vi/2022/10/b.md --
                ---
                title: Bài có giờ
                date: 2022-10-27T08:30:00+07:00
                ---
                """);
        site.build().assertOk();
        assertThat(site.read("public/vi/2022/10/bai-theo-ngay/index.html"))
                .contains("<time datetime=\"2022-10-27\">Thứ Năm, 27/10/2022</time>");
        assertThat(site.read("public/vi/2022/10/bai-co-gio/index.html"))
                .contains("<time datetime=\"2022-10-27T08:30+07:00\">Thứ Năm, 27/10/2022, 08:30</time>");
        // feeds keep RFC 3339: the day's start in Vietnam
        assertThat(site.read("public/vi/feed.xml")).contains("2022-10-27T00:00:00+07:00");
    }

    @Test
    void futureArticlesWaitForTheirDayUnlessAskedFor() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2099/01/a.md --
                ---
                title: Bài hẹn giờ
                date: 2099-01-02T08:00:00+07:00
                ---
                """);
        site.build().assertOk();
        assertThat(site.exists("public/vi/2099/01/bai-hen-gio/index.html")).isFalse();
        site.build("--future").assertOk();
        site.assertExists("public/vi/2099/01/bai-hen-gio/index.html");
    }

    @Test
    void gitInfoTakesTheDateOfLastChangeFromHistoryElseFromUpdated() throws Exception {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/01/a.md --
                ---
                title: Bài A
                date: 2020-01-02T08:00:00+07:00
                ---
                -- content/vi/2020/01/b.md --
                ---
                title: Bài B
                date: 2020-01-03T08:00:00+07:00
                updated: 2020-02-01T09:00:00+07:00
                ---
                """);
        git(site.root(), "init", "-q");
        git(site.root(), "add", "content/vi/2020/01/a.md");
        git(site.root(), "-c", "user.name=Biên tập", "-c", "user.email=bt@example.org", "commit", "-q", "-m", "a");
        site.build("--git-info").assertOk();
        String sitemap = site.read("public/sitemap.xml");
        assertThat(sitemap).contains("<loc>https://example.org/archive/vi/2020/01/bai-a/</loc>\n<lastmod>2021-06-15T10:00+07:00</lastmod>")
                .contains("<loc>https://example.org/archive/vi/2020/01/bai-b/</loc>\n<lastmod>2020-02-01T09:00+07:00</lastmod>");
        site.build().assertOk();
        assertThat(site.read("public/sitemap.xml"))
                .contains("<loc>https://example.org/archive/vi/2020/01/bai-a/</loc>\n<lastmod>2020-01-02T08:00+07:00</lastmod>");
    }

    private static final String BODY = """
            Đoạn thứ hai của bài, kể lại hội nghị và những người dự.

            Đoạn thứ ba nói về kết quả của năm và nhiệm vụ năm tới.

            Đoạn thứ tư ghi lời phát biểu của đại biểu.

            Đoạn cuối cùng tóm tắt lại toàn bộ nội dung của bài viết.
            """;

    @Test
    void gitInfoGivesARenamedArticleItsOldAddressesAsRedirects() throws Exception {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/01/bai-cu.md --
                ---
                title: Bài có tiêu đề cũ
                date: 2020-01-02T08:00:00+07:00
                ---
                Nội dung.
                """ + BODY + """
                -- content/vi/2020/01/khac.md --
                ---
                title: Bài khác
                date: 2020-01-03T08:00:00+07:00
                ---
                Nội dung khác.
                """);
        String[] author = {"-c", "user.name=Biên tập", "-c", "user.email=bt@example.org"};
        git(site.root(), "init", "-q");
        git(site.root(), "add", "content");
        git(site.root(), author[0], author[1], author[2], author[3], "commit", "-q", "-m", "first");
        // a first fix of the title changes the slug; then the file is renamed and moved to its right month
        site.write("content/vi/2020/01/bai-cu.md", "---\ntitle: Bài có tiêu đề sửa lần một\ndate: 2020-01-02T08:00:00+07:00\n---\nNội dung.\n" + BODY);
        git(site.root(), author[0], author[1], author[2], author[3], "commit", "-q", "-am", "title");
        java.nio.file.Files.createDirectories(site.root().resolve("content/vi/2020/02"));
        git(site.root(), "mv", "content/vi/2020/01/bai-cu.md", "content/vi/2020/02/bai-moi.md");
        // git knows a rename by the content kept: as in a real article, most of it is the body
        site.write("content/vi/2020/02/bai-moi.md", "---\ntitle: Bài có tiêu đề mới\ndate: 2020-02-02T08:00:00+07:00\n---\nNội dung.\n" + BODY);
        git(site.root(), "add", "content");
        git(site.root(), author[0], author[1], author[2], author[3], "commit", "-q", "-m", "move");

        site.build("--git-info").assertOk();
        for (String old : List.of("vi/2020/01/bai-co-tieu-de-cu/", "vi/2020/01/bai-co-tieu-de-sua-lan-mot/")) {
            assertThat(site.read("public/" + old + "index.html")).as(old)
                    .contains("http-equiv=\"refresh\" content=\"0; url=../../02/bai-co-tieu-de-moi/\"");
        }
        assertThat(site.read("public/vi/2020/02/bai-co-tieu-de-moi/index.html")).contains("Nội dung.");
        assertThat(site.read("public/sitemap.xml")).doesNotContain("bai-co-tieu-de-cu");
        // the other article never moved: no redirect for it
        assertThat(site.exists("public/vi/2020/01/bai-khac/index.html")).isTrue();
        assertThat(site.read("public/vi/2020/01/bai-khac/index.html")).doesNotContain("http-equiv");
        // without --git-info the old addresses are not known
        site.build().assertOk();
        assertThat(site.exists("public/vi/2020/01/bai-co-tieu-de-cu/index.html")).isFalse();
    }

    private static void git(Path repo, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git"));
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_COMMITTER_DATE", "2021-06-15T10:00:00+07:00");
        pb.environment().put("GIT_AUTHOR_DATE", "2021-06-15T10:00:00+07:00");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
    }
}
