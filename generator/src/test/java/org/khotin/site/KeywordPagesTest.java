package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.config.ConfigLoader;
import org.khotin.config.Language;
import org.khotin.diag.Problems;
import org.khotin.taxonomy.Keyword;
import org.khotin.taxonomy.KeywordIndex;
import org.khotin.testing.TestSite;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Keyword pages: identity across spellings and languages, stable slugs, the index, feeds. */
class KeywordPagesTest {
    @TempDir
    Path dir;

    static final String SITE = """
            -- content/keywords.yml --
            - id: ban-to-chuc-tinh-uy
              vi: Ban Tổ chức Tỉnh ủy
              en: Provincial Organisation Commission
              aliases: [BTC Tỉnh ủy]
            - id: hoi-dong-nhan-dan
              vi: Hội đồng nhân dân
            -- content/vi/2019/01/a.md --
            ---
            title: Bài A
            date: 2019-01-05T08:00:00+07:00
            summary: Tóm tắt A.
            keywords: [BTC Tỉnh ủy, đảng, Hà Nội, HĐND]
            translation_key: a
            ---
            Nội dung A.
            -- content/vi/2020/02/b.md --
            ---
            title: Bài B
            date: 2020-02-01T08:00:00+07:00
            updated: 2020-03-01T09:30:00+07:00
            keywords: [ban tổ chức tỉnh uỷ, dáng, Hải Phòng, Hội đồng nhân dân]
            ---
            Nội dung B.
            -- content/vi/2021/03/c.md --
            ---
            title: Bài C
            date: 2021-03-01T08:00:00+07:00
            keywords: [Ban Tổ chức Tỉnh ủy, Đà Nẵng, ăn uống, Ấn Độ, an ninh, ưu tiên, Ủy ban Kiểm tra, Hạ Long, Bến Tre]
            ---
            Nội dung C & "trích dẫn".
            -- content/en/2019/01/a.md --
            ---
            title: Article A
            date: 2019-01-05T08:00:00+07:00
            keywords: [Provincial Organisation Commission, Hà Nội, HĐND]
            translation_key: a
            ---
            Body A.
            """;

    private static List<String> texts(Document d, String css) {
        return d.select(css).eachText();
    }

    @Test
    void spellingsAbbreviationsAndTonePlacementAreOneKeywordWithOneUrlInBothLanguages() {
        TestSite site = TestSite.create(dir, SITE);
        site.build().assertOk();
        Document vi = Jsoup.parse(site.read("public/vi/tu-khoa/ban-to-chuc-tinh-uy/index.html"));
        assertThat(texts(vi, ".teaser h2")).containsExactly("Bài C", "Bài B", "Bài A");
        assertThat(vi.select("link[rel=alternate][hreflang=en]").attr("href"))
                .isEqualTo("https://example.org/archive/en/keywords/ban-to-chuc-tinh-uy/");
        assertThat(vi.selectFirst(".language-switch a").attr("href")).isEqualTo("../../../en/keywords/ban-to-chuc-tinh-uy/");
        Document en = Jsoup.parse(site.read("public/en/keywords/ban-to-chuc-tinh-uy/index.html"));
        assertThat(en.selectFirst("h1").text()).contains("Provincial Organisation Commission");
        assertThat(en.select("link[rel=alternate][hreflang=vi]").attr("href"))
                .isEqualTo("https://example.org/archive/vi/tu-khoa/ban-to-chuc-tinh-uy/");
        // a name written the same in both languages is one keyword too
        assertThat(site.exists("public/en/keywords/ha-noi/index.html")).isTrue();
        assertThat(Jsoup.parse(site.read("public/vi/tu-khoa/ha-noi/index.html"))
                .select("link[rel=alternate][hreflang=en]").attr("href")).endsWith("/en/keywords/ha-noi/");
    }

    @Test
    void keywordsWrittenAsOneTextSeparatedByCommasAreSeveralKeywords() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2024/05/hoi-nghi.md --
                ---
                title: Hội nghị Tỉnh ủy
                date: 2024-05-10T08:00:00+07:00
                keywords: Tỉnh ủy, hội nghị, tăng trưởng 6,5%
                ---
                Hội nghị Tỉnh ủy khai mạc.
                """);
        site.build().assertOk();
        site.assertExists("public/vi/tu-khoa/tinh-uy/index.html");
        site.assertExists("public/vi/tu-khoa/hoi-nghi/index.html");
        assertThat(site.exists("public/vi/tu-khoa/tinh-uy-hoi-nghi/index.html")).isFalse();
        site.assertExists("public/vi/tu-khoa/tang-truong-6-5/index.html"); // a comma between digits is the number's
    }

    @Test
    void englishPagesFallBackToTheVietnameseLabelMarkedAsVietnamese() {
        TestSite site = TestSite.create(dir, SITE);
        site.build().assertOk();
        Document article = Jsoup.parse(site.read("public/en/2019/01/article-a/index.html"));
        var hdnd = article.select(".keywords a").stream().filter(a -> a.text().equals("Hội đồng nhân dân")).findFirst();
        assertThat(hdnd).isPresent();
        assertThat(hdnd.get().attr("lang")).isEqualTo("vi");
        assertThat(hdnd.get().attr("href")).isEqualTo("../../../keywords/hoi-dong-nhan-dan/");
        Document page = Jsoup.parse(site.read("public/en/keywords/hoi-dong-nhan-dan/index.html"));
        assertThat(page.selectFirst("h1 span[lang=vi]").text()).isEqualTo("Hội đồng nhân dân");
        Document index = Jsoup.parse(site.read("public/en/keywords/index.html"));
        assertThat(index.select("a[lang=vi]").eachText()).contains("Hội đồng nhân dân");
    }

    @Test
    void slugCollisionsAreResolvedByFirstUseWithAWarningAndNeverMoveAnOldUrl() {
        TestSite site = TestSite.create(dir, SITE);
        TestSite.Run run = site.build().assertOk();
        assertThat(run.err()).contains("warning: keyword 'dáng' has the same URL slug as 'đảng'");
        assertThat(Jsoup.parse(site.read("public/vi/tu-khoa/dang/index.html")).selectFirst("h1").text()).endsWith("đảng");
        assertThat(Jsoup.parse(site.read("public/vi/tu-khoa/dang-2/index.html")).selectFirst("h1").text()).endsWith("dáng");
        // a newer article with a third spelling that slugs the same gets the next free URL
        site.write("content/vi/2022/01/d.md", "---\ntitle: Bài D\ndate: 2022-01-01\nkeywords: [Dang]\n---\nD.\n");
        site.build().assertOk();
        assertThat(Jsoup.parse(site.read("public/vi/tu-khoa/dang/index.html")).selectFirst("h1").text()).endsWith("đảng");
        assertThat(Jsoup.parse(site.read("public/vi/tu-khoa/dang-2/index.html")).selectFirst("h1").text()).endsWith("dáng");
        assertThat(Jsoup.parse(site.read("public/vi/tu-khoa/dang-3/index.html")).selectFirst("h1").text()).endsWith("Dang");
    }

    @Test
    void indexIsInVietnameseAlphabeticalOrderUnderLetterHeadings() {
        TestSite site = TestSite.create(dir, SITE);
        site.build().assertOk();
        Document index = Jsoup.parse(site.read("public/vi/tu-khoa/index.html"));
        assertThat(texts(index, ".letter-group h2")).containsExactly("A", "Ă", "Â", "B", "D", "Đ", "H", "U", "Ư");
        assertThat(texts(index, ".letter-group .keyword-index a")).containsExactly("an ninh", "ăn uống", "Ấn Độ",
                "Ban Tổ chức Tỉnh ủy", "Bến Tre", "dáng", "Đà Nẵng", "đảng", "Hạ Long", "Hà Nội", "Hải Phòng",
                "Hội đồng nhân dân", "Ủy ban Kiểm tra", "ưu tiên");
        assertThat(index.select(".letter-bar a").eachAttr("href")).contains("#letter-dd", "#letter-aw", "#letter-aa", "#letter-uw");
        for (String href : index.select(".letter-bar a").eachAttr("href")) {
            assertThat(index.getElementById(href.substring(1))).as(href).isNotNull();
        }
        // the most used tenth (2 of 14, each on more than one article) stands out, most used first
        assertThat(texts(index, ".most-used a")).containsExactly("Ban Tổ chức Tỉnh ủy", "Hội đồng nhân dân");
        assertThat(index.select("li.popular a").eachText()).containsExactly("Ban Tổ chức Tỉnh ủy", "Hội đồng nhân dân");
        assertThat(index.selectFirst("a[href=ban-to-chuc-tinh-uy/]").parent().selectFirst(".count").text()).contains("3");
    }

    @Test
    void trickyPairsSortInVietnameseOrder() {
        var order = KeywordIndex.order(Language.VI);
        List<String> sorted = new ArrayList<>(List.of("Hải Phòng", "Hà Nội", "đa", "da", "dz", "ơ", "ô", "o", "ca", "cạ",
                "cá", "cã", "cả", "cà", "ăn", "ân", "an", "az", "Ư", "U", "ê", "e", "Đà Nẵng", "Dương"));
        sorted.sort(order);
        assertThat(sorted).containsExactly("an", "az", "ăn", "ân", "ca", "cà", "cả", "cã", "cá", "cạ", "da", "Dương", "dz",
                "đa", "Đà Nẵng", "e", "ê", "Hà Nội", "Hải Phòng", "o", "ô", "ơ", "U", "Ư");
    }

    @Test
    void atomFeedIsWellFormedWithAbsoluteUrlsAndStableIds() throws Exception {
        TestSite site = TestSite.create(dir, SITE);
        site.build().assertOk();
        String xml = site.read("public/vi/tu-khoa/ban-to-chuc-tinh-uy/feed.xml");
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element feed = doc.getDocumentElement();
        String atom = "http://www.w3.org/2005/Atom";
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getNamespaceURI()).isEqualTo(atom);
        assertThat(child(feed, "id")).isEqualTo("https://example.org/archive/vi/tu-khoa/ban-to-chuc-tinh-uy/feed.xml");
        assertThat(child(feed, "updated")).isEqualTo("2021-03-01T08:00:00+07:00");
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        assertThat(entries.getLength()).isEqualTo(3);
        Element newest = (Element) entries.item(0);
        assertThat(child(newest, "id")).isEqualTo("https://example.org/archive/vi/2021/03/bai-c/");
        assertThat(child(newest, "title")).isEqualTo("Bài C");
        // no summary in the front matter: the start of the text, escaped once by the XML template
        assertThat(child(newest, "summary")).isEqualTo("Nội dung C & \"trích dẫn\".");
        Element b = (Element) entries.item(1);
        assertThat(child(b, "published")).isEqualTo("2020-02-01T08:00:00+07:00");
        assertThat(child(b, "updated")).isEqualTo("2020-03-01T09:30:00+07:00");
        NodeList links = doc.getElementsByTagNameNS(atom, "link");
        for (int i = 0; i < links.getLength(); i++) {
            assertThat(((Element) links.item(i)).getAttribute("href")).startsWith("https://example.org/archive/");
        }
        Document page = Jsoup.parse(site.read("public/vi/tu-khoa/ban-to-chuc-tinh-uy/index.html"));
        assertThat(page.selectFirst("link[type=application/atom+xml]").attr("href")).isEqualTo("feed.xml");
        // a rebuild writes the same bytes
        site.build().assertOk();
        assertThat(site.read("public/vi/tu-khoa/ban-to-chuc-tinh-uy/feed.xml")).isEqualTo(xml);
    }

    private static String child(Element e, String name) {
        return e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
    }

    @Test
    void paginatedNewestFirst() {
        StringBuilder txtar = new StringBuilder(TestSite.DEFAULT_CONFIG.isEmpty() ? "" : "");
        for (int i = 1; i <= 12; i++) {
            txtar.append(String.format(Locale.ROOT, "-- content/vi/2020/01/bai-%02d.md --%n---%ntitle: Bài %02d%ndate: 2020-01-%02d%n"
                    + "keywords: [Long An]%n---%nX.%n", i, i, i));
        }
        TestSite site = TestSite.create(dir, txtar.toString());
        site.build().assertOk();
        Document first = Jsoup.parse(site.read("public/vi/tu-khoa/long-an/index.html"));
        assertThat(texts(first, ".teaser h2")).hasSize(10).startsWith("Bài 12");
        Document second = Jsoup.parse(site.read("public/vi/tu-khoa/long-an/page/2/index.html"));
        assertThat(texts(second, ".teaser h2")).containsExactly("Bài 02", "Bài 01");
    }

    @Test
    void keywordsWithoutAnEnglishLabelAreListedForTheGlossaryEditors() {
        TestSite site = TestSite.create(dir, SITE);
        Problems problems = new Problems();
        var cfg = new ConfigLoader().load(site.root().resolve("site-config.yml"), "site-config.yml", problems).orElseThrow();
        var model = new SiteBuilder(site.root(), Clock.systemUTC()).model(cfg, BuildOptions.defaults(), problems);
        assertThat(problems.errors()).isEmpty();
        List<String> missing = model.keywords().missingEnglish().stream().map(k -> k.label(Language.VI)).toList();
        assertThat(missing).contains("Hội đồng nhân dân", "đảng", "Đà Nẵng").doesNotContain("Ban Tổ chức Tỉnh ủy", "Hà Nội");
        Keyword hdnd = model.keywords().find("HĐND").orElseThrow();
        assertThat(hdnd.id()).isEqualTo("hoi-dong-nhan-dan");
        assertThat(hdnd.count(Language.VI)).isEqualTo(2);
        assertThat(hdnd.count(Language.EN)).isEqualTo(1);
    }
}
