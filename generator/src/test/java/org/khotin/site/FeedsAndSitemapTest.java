package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.config.ConfigLoader;
import org.khotin.config.SiteConfig;
import org.khotin.diag.Problems;
import org.khotin.output.MemorySink;
import org.khotin.testing.Fixtures;
import org.khotin.testing.TestSite;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Feeds, sitemap and page metadata that search engines and feed readers rely on. */
class FeedsAndSitemapTest {
    @TempDir
    Path dir;

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc, String ns, String tag) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add(nodes.item(i).getTextContent());
        return out;
    }

    @Test
    void languageFeedsAreAtomWithAbsoluteUrlsStableIdsAndUpdatedFromTheArticles() throws Exception {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build().assertOk();
        Document vi = xml(site.read("public/vi/feed.xml"));
        assertThat(vi.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        assertThat(vi.getDocumentElement().getAttribute("xml:lang")).isEqualTo("vi");
        assertThat(texts(vi, ATOM, "title")).containsExactly("Kho tin", "Bài chưa dịch", "Tổng kết công tác năm 2018");
        assertThat(texts(vi, ATOM, "id")).containsExactly("https://example.org/archive/vi/feed.xml",
                "https://example.org/archive/vi/2020/03/bai-chua-dich/",
                "https://example.org/archive/vi/2019/01/tong-ket-cong-tac-nam-2018/");
        assertThat(texts(vi, ATOM, "updated").get(0)).isEqualTo("2020-03-01T00:00:00+07:00");
        // an author for the feed (RFC 4287 wants one for an entry that names none); an entry names its own
        // author when the article has one, and its publication time only when it differs from the update time
        assertThat(texts(vi, ATOM, "name")).containsExactly("Kho tin", "Phạm Ngọc");
        Element withAuthor = (Element) vi.getElementsByTagNameNS(ATOM, "entry").item(1);
        assertThat(withAuthor.getElementsByTagNameNS(ATOM, "name").item(0).getTextContent()).isEqualTo("Phạm Ngọc");
        Element unchanged = (Element) vi.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertThat(unchanged.getElementsByTagNameNS(ATOM, "published").getLength()).isZero();
        assertThat(unchanged.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent()).isEqualTo("2020-03-01T00:00:00+07:00");
        NodeList links = vi.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            assertThat(((Element) links.item(i)).getAttribute("href")).startsWith("https://example.org/archive/");
        }
        Document en = xml(site.read("public/en/feed.xml"));
        NodeList entries = en.getElementsByTagNameNS(ATOM, "entry");
        assertThat(((Element) entries.item(0)).getAttribute("xml:lang")).isEqualTo("vi");
        assertThat(((Element) entries.item(1)).getAttribute("xml:lang")).isEmpty();
        // Built twice, the feed is the same: no build time in it.
        String first = site.read("public/vi/feed.xml");
        site.build().assertOk();
        assertThat(site.read("public/vi/feed.xml")).isEqualTo(first);
    }

    @Test
    void onlyTheLanguageFeedCarriesFullTextListFeedsTheSummaryAndTheLink() throws Exception {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/01/a.md --
                ---
                title: Bài có tóm tắt
                date: 2020-01-02
                category: Tin tức
                keywords: [đảng viên]
                summary: Tóm tắt do biên tập viên viết.
                ---
                Đoạn thân bài thứ nhất của bài có tóm tắt.
                -- content/vi/2020/01/b.md --
                ---
                title: Bài không tóm tắt
                date: 2020-01-03
                keywords: [đảng viên]
                ---
                Thân bài bắt đầu như thế này và là phần tóm tắt.
                """);
        site.build().assertOk();
        Document main = xml(site.read("public/vi/feed.xml"));
        assertThat(texts(main, ATOM, "content")).hasSize(2).allMatch(c -> c.contains("<p>"));
        for (String feed : List.of("public/vi/tu-khoa/dang-vien/feed.xml", "public/vi/chuyen-muc/tin-tuc/feed.xml")) {
            Document list = xml(site.read(feed));
            assertThat(texts(list, ATOM, "content")).as(feed).isEmpty();
            assertThat(list.getElementsByTagNameNS(ATOM, "entry").getLength()).as(feed).isPositive();
        }
        Document keyword = xml(site.read("public/vi/tu-khoa/dang-vien/feed.xml"));
        assertThat(texts(keyword, ATOM, "summary")).containsExactly("Thân bài bắt đầu như thế này và là phần tóm tắt.",
                "Tóm tắt do biên tập viên viết.");
    }

    @Test
    void categoriesHavePagesAndFeeds() throws Exception {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/01/a.md --
                ---
                title: Bài A
                date: 2020-01-02
                category: Tin tức hoạt động
                ---
                -- content/vi/2020/01/b.md --
                ---
                title: Bài B
                date: 2020-01-03
                category: tin tức hoạt động
                ---
                """);
        site.build().assertOk();
        var index = Jsoup.parse(site.read("public/vi/chuyen-muc/index.html"));
        assertThat(index.select(".category-index a").eachText()).containsExactly("Tin tức hoạt động");
        var page = Jsoup.parse(site.read("public/vi/chuyen-muc/tin-tuc-hoat-dong/index.html"));
        assertThat(page.select(".teaser h2").eachText()).containsExactly("Bài B", "Bài A");
        assertThat(page.selectFirst("link[type=application/atom+xml]").attr("href")).isEqualTo("feed.xml");
        assertThat(texts(xml(site.read("public/vi/chuyen-muc/tin-tuc-hoat-dong/feed.xml")), ATOM, "title"))
                .containsExactly("Chuyên mục Tin tức hoạt động – Kho tin", "Bài B", "Bài A");

        // a story leads to its section from its dateline and its breadcrumbs, named as the section's page is
        var article = Jsoup.parse(site.read("public/vi/2020/01/bai-b/index.html"));
        var section = article.selectFirst(".article-meta .category a");
        assertThat(section.text()).isEqualTo("Tin tức hoạt động");
        assertThat(section.attr("href")).isEqualTo("../../../chuyen-muc/tin-tuc-hoat-dong/");
        assertThat(article.select(".breadcrumbs li").eachText()).containsExactly("Trang chủ", "Tin tức hoạt động", "Bài B");
        assertThat(article.selectFirst(".breadcrumbs li:nth-child(2) a").attr("href")).isEqualTo("../../../chuyen-muc/tin-tuc-hoat-dong/");
        assertThat(article.selectFirst("script[type=application/ld+json]").data())
                .contains("{\"@type\":\"ListItem\",\"position\":2,\"name\":\"Tin tức hoạt động\",\"item\":"
                        + "\"https://example.org/archive/vi/chuyen-muc/tin-tuc-hoat-dong/\"}");
    }

    @Test
    void aPageNamesTheFeedOfWhatItListsByThatFeedsOwnTitle() throws Exception {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/01/a.md --
                ---
                title: Bài A
                date: 2020-01-02
                category: Thời sự
                keywords: [đảng viên]
                ---
                """);
        site.build().assertOk();
        Map<String, String> feedOf = Map.of(
                "public/vi/index.html", "public/vi/feed.xml",
                "public/vi/tu-khoa/dang-vien/index.html", "public/vi/tu-khoa/dang-vien/feed.xml",
                "public/vi/chuyen-muc/thoi-su/index.html", "public/vi/chuyen-muc/thoi-su/feed.xml");
        feedOf.forEach((page, feed) -> {
            var html = Jsoup.parse(site.read(page));
            try {
                // what a feed reader offers to follow is called what the feed calls itself
                assertThat(html.selectFirst("link[type=application/atom+xml]").attr("title")).as(page)
                        .isEqualTo(texts(xml(site.read(feed)), ATOM, "title").get(0));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertThat(html.select(".feed-link a")).as(page).hasSize(1);
        });
        // a month's list has no feed of its own: no link to follow "these articles", and feed readers find the main feed
        var month = Jsoup.parse(site.read("public/vi/2020/01/index.html"));
        assertThat(month.select(".feed-link")).isEmpty();
        assertThat(month.selectFirst("link[type=application/atom+xml]").attr("href")).isEqualTo("../../feed.xml");
        assertThat(month.selectFirst("link[type=application/atom+xml]").attr("title")).isEqualTo("Kho tin");
    }

    @Test
    void sitemapListsEveryPageWithLastmodAndReciprocalAlternates() throws Exception {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build().assertOk();
        Document doc = xml(site.read("public/sitemap.xml"));
        List<String> locs = texts(doc, SITEMAP, "loc");
        List<String> htmlPages = site.files("public").stream()
                .filter(f -> f.endsWith("index.html") && !f.equals("index.html"))
                .map(f -> "https://example.org/archive/" + f.substring(0, f.length() - "index.html".length()))
                .sorted().toList();
        assertThat(locs).containsExactlyElementsOf(htmlPages);
        assertThat(texts(doc, SITEMAP, "lastmod")).hasSize(locs.size()).allMatch(s -> s.matches("\\d{4}-\\d{2}-\\d{2}T.*"));
        Map<String, Set<String>> alternates = new HashMap<>();
        NodeList urls = doc.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent();
            NodeList links = url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
            Set<String> targets = new HashSet<>();
            for (int j = 0; j < links.getLength(); j++) targets.add(((Element) links.item(j)).getAttribute("href"));
            alternates.put(loc, targets);
        }
        String vi = "https://example.org/archive/vi/2019/01/tong-ket-cong-tac-nam-2018/";
        String en = "https://example.org/archive/en/2019/01/review-of-2018/";
        assertThat(alternates.get(vi)).contains(vi, en);
        alternates.forEach((loc, targets) -> targets.forEach(t -> assertThat(alternates.get(t)).as(t).contains(loc)));
        assertThat(site.read("public/robots.txt")).contains("Sitemap: https://example.org/archive/sitemap.xml");
    }

    @Test
    void aLargeSitemapBecomesAnIndex() throws Exception {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        Problems problems = new Problems();
        SiteConfig config = new ConfigLoader().load(site.root().resolve("site-config.yml"), "site-config.yml", problems).orElseThrow();
        MemorySink sink = new MemorySink();
        var result = new SiteBuilder(site.root(), Clock.systemUTC()).build(config, new BuildOptions(Optional.empty(), false, false, false, 10), sink);
        assertThat(result.ok()).isTrue();
        Map<String, byte[]> files = sink.committed();
        Document index = xml(new String(files.get("sitemap.xml"), StandardCharsets.UTF_8));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        List<String> parts = texts(index, SITEMAP, "loc");
        assertThat(parts).hasSizeGreaterThan(1).allMatch(p -> p.matches("https://example\\.org/archive/sitemap-\\d+\\.xml"));
        int total = 0;
        for (String part : parts) {
            String name = part.substring(part.lastIndexOf('/') + 1);
            List<String> locs = texts(xml(new String(files.get(name), StandardCharsets.UTF_8)), SITEMAP, "loc");
            assertThat(locs.size()).isBetween(1, 10);
            total += locs.size();
        }
        assertThat(total).isGreaterThan(10);
    }

    @Test
    void everyPageHasTitleDescriptionCanonicalSocialTagsAndStructuredData() throws Exception {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build().assertOk();
        var article = Jsoup.parse(site.read("public/vi/2019/01/tong-ket-cong-tac-nam-2018/index.html"));
        assertThat(article.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(article.selectFirst("meta[property=og:url]").attr("content"))
                .isEqualTo("https://example.org/archive/vi/2019/01/tong-ket-cong-tac-nam-2018/");
        assertThat(article.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        // a shared link's card shows the headline beside og:site_name, so the headline goes without the site's name
        assertThat(article.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("Tổng kết công tác năm 2018");
        assertThat(article.title()).startsWith("Tổng kết công tác năm 2018 – ")
                .endsWith(article.selectFirst("meta[property=og:site_name]").attr("content"));
        // search engines read name=description and Open Graph readers (Facebook, Zalo) og:description: one element serves both
        var description = article.selectFirst("meta[name=description]");
        assertThat(description.attr("property")).isEqualTo("og:description");
        assertThat(description.attr("content")).isEqualTo("Tóm tắt bài tổng kết.");
        assertThat(article.select("meta[property=og:description]")).hasSize(1);
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(article.selectFirst("script[type=application/ld+json]").data());
        var news = json.get("@graph").get(0);
        assertThat(news.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(news.get("headline").asText()).isEqualTo("Tổng kết công tác năm 2018");
        assertThat(news.get("datePublished").asText()).isEqualTo("2019-01-05T15:52:32+07:00");
        assertThat(news.get("author").get("name").asText()).isEqualTo("Phạm Ngọc");
        assertThat(news.get("inLanguage").asText()).isEqualTo("vi");
        // Open Graph names the other locale where this page exists in it, not where it does not
        assertThat(article.selectFirst("meta[property=og:locale:alternate]").attr("content")).isEqualTo("en_GB");
        var untranslated = Jsoup.parse(site.read("public/vi/2020/03/bai-chua-dich/index.html"));
        assertThat(untranslated.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("vi_VN");
        assertThat(untranslated.select("meta[property=og:locale:alternate]")).isEmpty();
        var crumbs = json.get("@graph").get(1);
        assertThat(crumbs.get("@type").asText()).isEqualTo("BreadcrumbList");
        assertThat(crumbs.get("itemListElement").get(0).get("item").asText()).isEqualTo("https://example.org/archive/vi/");
        for (String file : site.files("public")) {
            if (!file.endsWith("index.html") || file.equals("index.html")) continue;
            var page = Jsoup.parse(site.read("public/" + file));
            assertThat(page.title()).as(file).isNotBlank();
            assertThat(page.selectFirst("link[rel=canonical]")).as(file).isNotNull();
            assertThat(page.selectFirst("meta[property=og:title]")).as(file).isNotNull();
            assertThat(page.select("meta[property=og:description]")).as(file)
                    .isEqualTo(page.select("meta[name=description]")).hasSizeLessThan(2);
            assertThat(page.select("script[type=application/ld+json]").html()).as(file).contains("BreadcrumbList");
        }
    }
}
