package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.HtmlValidator;
import org.khotin.testing.TestSite;

/** A story told in parts (loạt bài): each part leads to the others in reading order, and the series has its page. */
class SeriesPagesTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- content/vi/2024/01/bai-1.md --
            ---
            title: "Bài 1: Hàng lậu theo đường mòn"
            date: 2024-01-10T08:00:00+07:00
            series: Chống buôn lậu dịp Tết
            series_part: 1
            keywords: [buôn lậu, biên giới]
            translation_key: buon-lau-1
            ---
            Hàng lậu qua biên giới theo những con đường mòn.
            -- content/vi/2024/01/bai-2.md --
            ---
            title: "Bài 2: Những chuyến hàng đêm"
            date: 2024-01-12T08:00:00+07:00
            series: chống buôn lậu dịp Tết
            series_part: 2
            keywords: [buôn lậu, biên giới]
            ---
            Lực lượng chức năng phục kích những chuyến hàng đêm.
            -- content/vi/2024/01/bai-cuoi.md --
            ---
            title: "Bài cuối: Siết chặt biên giới"
            date: 2024-01-15T08:00:00+07:00
            series: Chống buôn lậu dịp Tết
            keywords: [buôn lậu, biên giới]
            ---
            Các tỉnh biên giới siết chặt kiểm soát.
            -- content/vi/2024/01/tin-le.md --
            ---
            title: Bắt giữ xe chở pháo lậu
            date: 2024-01-11T08:00:00+07:00
            keywords: [buôn lậu, biên giới]
            ---
            Công an tỉnh bắt giữ xe chở pháo lậu qua biên giới.
            -- content/vi/2024/03/nuoc-sach-1.md --
            ---
            title: Nước sạch về bản
            date: 2024-03-02T08:00:00+07:00
            series: Nước sạch vùng cao
            ---
            Nước sạch đã về đến bản.
            -- content/en/2024/01/part-1.md --
            ---
            title: "Part 1: Contraband on mountain trails"
            date: 2024-01-10T09:00:00+07:00
            series: Fighting smuggling before Tet
            series_part: 1
            translation_key: buon-lau-1
            ---
            Contraband crosses the border on mountain trails.
            """;

    @Test
    void eachPartListsTheSeriesInReadingOrderAndTheSeriesHasItsPage() throws Exception {
        TestSite site = TestSite.create(dir, SITE);
        site.build().assertOk();

        Document part2 = Jsoup.parse(site.read("public/vi/2024/01/bai-2-nhung-chuyen-hang-dem/index.html"));
        Element box = part2.selectFirst("nav.series");
        // named as most parts spell it, whatever the case one part wrote it in
        assertThat(box.selectFirst("h2").text()).isEqualTo("Loạt bài: Chống buôn lậu dịp Tết");
        assertThat(box.selectFirst("h2 a").attr("href")).isEqualTo("../../../loat-bai/chong-buon-lau-dip-tet/");
        assertThat(box.select("li").eachText())
                .containsExactly("Bài 1: Hàng lậu theo đường mòn", "Bài 2: Những chuyến hàng đêm", "Bài cuối: Siết chặt biên giới");
        assertThat(box.select("li").eachAttr("value")).as("the unnumbered last part comes after the numbered ones")
                .containsExactly("1", "2", "3");
        assertThat(box.select("li a").eachAttr("href"))
                .containsExactly("../bai-1-hang-lau-theo-duong-mon/", "../bai-cuoi-siet-chat-bien-gioi/");
        assertThat(box.select("[aria-current=page]").text()).isEqualTo("Bài 2: Những chuyến hàng đêm");
        // the other parts are in the box; related news are the other stories
        assertThat(part2.select(".related li a").eachText()).containsExactly("Bắt giữ xe chở pháo lậu");
        assertThat(part2.selectFirst("script[type=application/ld+json]").data()).contains(
                "\"isPartOf\":{\"@type\":\"CreativeWorkSeries\",\"name\":\"Chống buôn lậu dịp Tết\","
                        + "\"url\":\"https://example.org/archive/vi/loat-bai/chong-buon-lau-dip-tet/\"}");
        assertThat(Jsoup.parse(site.read("public/vi/2024/01/bat-giu-xe-cho-phao-lau/index.html")).select("nav.series"))
                .as("an article of no series has no box").isEmpty();
        Element alone = Jsoup.parse(site.read("public/vi/2024/03/nuoc-sach-ve-ban/index.html")).selectFirst("nav.series");
        assertThat(alone.select("h2 a").attr("href")).as("the first part, alone so far: the series' page").isEqualTo("../../../loat-bai/nuoc-sach-vung-cao/");
        assertThat(alone.select("ol")).isEmpty();

        // the series' page: its parts in reading order, with a feed, the newest part first there
        Document series = Jsoup.parse(site.read("public/vi/loat-bai/chong-buon-lau-dip-tet/index.html"));
        assertThat(series.selectFirst("h1").text()).isEqualTo("Loạt bài Chống buôn lậu dịp Tết");
        assertThat(series.select("main h2 a, main h3 a").eachText())
                .containsExactly("Bài 1: Hàng lậu theo đường mòn", "Bài 2: Những chuyến hàng đêm", "Bài cuối: Siết chặt biên giới");
        assertThat(site.read("public/vi/loat-bai/chong-buon-lau-dip-tet/feed.xml"))
                .containsSubsequence("<title>Bài cuối: Siết chặt biên giới</title>", "<title>Bài 1: Hàng lậu theo đường mòn</title>");
        // its English counterpart is the series its translated part belongs to
        assertThat(series.select("link[rel=alternate][hreflang=en]").attr("href"))
                .isEqualTo("https://example.org/archive/en/series/fighting-smuggling-before-tet/");

        // the index: the series with the newest part first
        Document index = Jsoup.parse(site.read("public/vi/loat-bai/index.html"));
        assertThat(index.select(".series-index li").eachText())
                .containsExactly("Nước sạch vùng cao (1 bài viết)", "Chống buôn lậu dịp Tết (3 bài viết)");

        for (String page : new String[] {"public/vi/2024/01/bai-2-nhung-chuyen-hang-dem/index.html",
                "public/vi/loat-bai/chong-buon-lau-dip-tet/index.html", "public/vi/loat-bai/index.html",
                "public/en/series/fighting-smuggling-before-tet/index.html"}) {
            assertThat(new HtmlValidator().errors(dir.resolve(page))).as(page).isEmpty();
        }
    }

    @Test
    void relatedNewsOfAPartAreOtherStoriesEvenWhenItsPartsWouldFillTheList() {
        // two places: the parts alone would fill them, and the other story would be left out
        TestSite site = TestSite.create(dir, SITE + "-- site-config.yml --\n" + TestSite.DEFAULT_CONFIG + "related:\n  count: 2\n");
        site.build().assertOk();
        Document part2 = Jsoup.parse(site.read("public/vi/2024/01/bai-2-nhung-chuyen-hang-dem/index.html"));
        assertThat(part2.select(".related li a").eachText()).containsExactly("Bắt giữ xe chở pháo lậu");
        TestSite.Run explain = TestSite.run("related", "--config", site.root().resolve("site-config.yml").toString(), "--explain",
                "content/vi/2024/01/bai-2.md");
        assertThat(explain.out()).contains("the other parts of its series are in its series box, not here");
    }

    @Test
    void seriesWhoseNamesMakeOneAddressEachGetTheirOwn() {
        TestSite site = TestSite.create(dir, SITE);
        String[][] series = {{"Mùa lũ", "2023-09-01"}, {"Mưa lũ", "2023-10-01"}, {"Mưa lũ 2", "2023-11-01"}, {"—", "2023-12-01"}};
        for (int i = 0; i < series.length; i++) {
            site.write("content/vi/2023/0" + (i + 1) + "/lu-" + i + ".md", "---\ntitle: Lũ " + i + "\ndate: " + series[i][1]
                    + "\nseries: \"" + series[i][0] + "\"\n---\nNội dung.\n");
        }
        site.build().assertOk();
        // the oldest keeps the address; a name that is itself "… 2" does not collide with a -2 given to another
        assertThat(Jsoup.parse(site.read("public/vi/loat-bai/mua-lu/index.html")).selectFirst("h1").text()).endsWith("Mùa lũ");
        assertThat(Jsoup.parse(site.read("public/vi/loat-bai/mua-lu-2/index.html")).selectFirst("h1").text()).endsWith("Mưa lũ");
        assertThat(Jsoup.parse(site.read("public/vi/loat-bai/mua-lu-2-2/index.html")).selectFirst("h1").text()).endsWith("Mưa lũ 2");
        assertThat(Jsoup.parse(site.read("public/vi/loat-bai/loat-bai/index.html")).selectFirst("h1").text()).endsWith("—");
    }

    @Test
    void twoPartsWithOneNumberAreAnErrorAtTheirLines() {
        TestSite site = TestSite.create(dir, SITE);
        site.write("content/vi/2024/01/bai-2.md", site.read("content/vi/2024/01/bai-2.md").replace("series_part: 2", "series_part: 1"));
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("content/vi/2024/01/bai-1.md:5:14: error: part 1 of the series")
                .contains("content/vi/2024/01/bai-2.md:5:14: error: part 1 of the series");
    }

    @Test
    void thePreviewFindsTwoPartsWithOneNumberAsAFreshBuildDoes() throws Exception {
        TestSite site = TestSite.create(dir, SITE);
        SiteBuilder preview = SiteBuilder.forPreview(site.root(), java.time.Clock.systemUTC());
        org.khotin.config.SiteConfig cfg = new org.khotin.config.ConfigLoader().load(site.root().resolve("site-config.yml"),
                "site-config.yml", new org.khotin.diag.Problems()).orElseThrow();
        assertThat(preview.buildPages(cfg, BuildOptions.defaults(), new org.khotin.output.MemorySink()).ok()).isTrue();
        site.write("content/vi/2024/01/bai-2.md", site.read("content/vi/2024/01/bai-2.md").replace("series_part: 2", "series_part: 1"));
        BuildResult warm = preview.buildPages(cfg, BuildOptions.defaults(), new org.khotin.output.MemorySink(),
                java.util.Set.of(site.root().resolve("content/vi/2024/01/bai-2.md")));
        assertThat(warm.ok()).isFalse();
        assertThat(warm.problems()).anyMatch(p -> p.message().startsWith("part 1 of the series"));
    }

    @Test
    void aPartNumberWithoutASeriesIsAnError() {
        TestSite site = TestSite.create(dir, SITE);
        site.write("content/vi/2024/01/tin-le.md", site.read("content/vi/2024/01/tin-le.md").replace("keywords:", "series_part: 3\nkeywords:"));
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("content/vi/2024/01/tin-le.md:4:14: error: series_part without a series");
    }
}
