package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.TestSite;

/** Long lists say how long they are, jump by year, and a month leads to the months either side. */
class ListsAtScaleTest {
    @TempDir
    Path dir;

    @Test
    void keywordAndMonthPagesShowTheirCountYearsAndNeighbours() throws Exception {
        StringBuilder txtar = new StringBuilder();
        String[] dates = {"2024-05-20", "2024-05-02", "2024-03-11", "2023-12-30", "2023-06-01", "2022-01-15", "2022-01-03"};
        for (int i = 0; i < dates.length; i++) {
            txtar.append("-- content/vi/").append(dates[i], 0, 4).append('/').append(dates[i], 5, 7).append("/bai-").append(i)
                    .append(".md --\n---\ntitle: Bài số ").append(i).append("\nslug: bai-").append(i).append("\ndate: ").append(dates[i])
                    .append("\nsummary: Tóm tắt bài ").append(i).append(".\nkeywords: [Hòa Bình]\n---\nNội dung.\n");
        }
        TestSite site = TestSite.create(dir, txtar.toString());
        site.write("site-config.yml", site.read("site-config.yml").replaceAll("page_size: \\d+", "page_size: 2"));
        site.build().assertOk();

        Document keyword = Jsoup.parse(site.read("public/vi/tu-khoa/hoa-binh/index.html"));
        assertThat(keyword.selectFirst(".list-count").text()).isEqualTo("7 bài viết");
        // each year links to the page where it starts; 2024 starts here
        assertThat(keyword.select(".year-jump li").eachText()).containsExactly("2024", "2023", "2022");
        assertThat(keyword.select(".year-jump a").eachAttr("href")).containsExactly("page/2/", "page/3/");
        assertThat(keyword.select(".year-jump [aria-current=page]").text()).isEqualTo("2024");
        // the first page shows the summaries; the later pages, an index to scan, headlines and days
        assertThat(keyword.select(".teaser .summary").eachText()).containsExactly("Tóm tắt bài 0.", "Tóm tắt bài 1.");
        Document later = Jsoup.parse(site.read("public/vi/tu-khoa/hoa-binh/page/2/index.html"));
        assertThat(later.select(".teaser h2").eachText()).containsExactly("Bài số 2", "Bài số 3");
        assertThat(later.select(".teaser time").eachText()).containsExactly("11/03/2024", "30/12/2023");
        assertThat(later.select(".teaser .summary")).isEmpty();

        Document march = Jsoup.parse(site.read("public/vi/2024/03/index.html"));
        assertThat(march.selectFirst(".list-count").text()).isEqualTo("1 bài viết");
        assertThat(march.select(".list-neighbours a[rel=prev]").text()).isEqualTo("Tháng 12/2023");
        assertThat(march.select(".list-neighbours a[rel=prev]").attr("href")).isEqualTo("../../2023/12/");
        assertThat(march.select(".list-neighbours a[rel=next]").text()).isEqualTo("Tháng 5/2024");
        Document first = Jsoup.parse(site.read("public/vi/2022/01/index.html"));
        assertThat(first.select(".list-neighbours a").eachAttr("rel")).containsExactly("next");

        Document year = Jsoup.parse(site.read("public/vi/2023/index.html"));
        assertThat(year.select(".list-neighbours a").eachText()).containsExactly("Năm 2022", "Năm 2024");
        // a year is one page of its months, newest first, each linked with its newest headlines; no page 2
        Document year2024 = Jsoup.parse(site.read("public/vi/2024/index.html"));
        assertThat(year2024.selectFirst(".list-count").text()).isEqualTo("3 bài viết");
        assertThat(year2024.select(".front-section h2 a").eachText()).containsExactly("Tháng 5/2024 (2)", "Tháng 3/2024 (1)");
        assertThat(year2024.select(".front-section h2 a").eachAttr("href")).containsExactly("05/", "03/");
        assertThat(year2024.select(".front-section li a").eachText()).containsExactly("Bài số 0", "Bài số 1", "Bài số 2");
        assertThat(site.files("public/vi/2024")).noneMatch(f -> f.startsWith("page/"));
        assertThat(year2024.select("main").text()).doesNotContain("Chưa có bài viết nào");
        assertThat(new org.khotin.testing.HtmlValidator().errors(dir.resolve("public/vi/2024/index.html"))).isEmpty();
        // the archive's charts: a labelled count axis, a bar per year for phones, and the figures as a table
        Document archive = Jsoup.parse(site.read("public/vi/luu-tru/index.html"));
        assertThat(archive.select(".by-month .axis").eachText()).containsExactly("0", "1", "2"); // two a month at most
        assertThat(archive.select(".by-year .axis").eachText()).containsExactly("0", "2", "4"); // three a year at most
        assertThat(archive.selectFirst(".by-month .axis-title").text()).isEqualTo("bài viết");
        assertThat(archive.select(".by-year a").eachAttr("aria-label"))
                .containsExactly("Năm 2022: 2 bài viết", "Năm 2023: 2 bài viết", "Năm 2024: 3 bài viết");
        assertThat(archive.select(".chart-table tbody tr").eachText()).containsExactly("2024 3", "2023 2", "2022 2");
        assertThat(new org.khotin.testing.HtmlValidator().errors(dir.resolve("public/vi/luu-tru/index.html"))).isEmpty();
        assertThat(new org.khotin.testing.HtmlValidator().errors(dir.resolve("public/vi/tu-khoa/hoa-binh/index.html"))).isEmpty();
        assertThat(new org.khotin.testing.HtmlValidator().errors(dir.resolve("public/vi/2024/03/index.html"))).isEmpty();
    }

    @Test
    void theHomeListHoldsTheNewestTenPagesAndLeadsOnToTheArchiveMonth() throws Exception {
        StringBuilder txtar = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String date = i < 11 ? String.format(java.util.Locale.ROOT, "2024-05-%02d", 28 - i) : "2024-04-30";
            txtar.append("-- content/vi/2024/").append(date, 5, 7).append("/tin-").append(i).append(".md --\n---\ntitle: Tin số ")
                    .append(i).append("\nslug: tin-").append(i).append("\ndate: ").append(date).append("\n---\nNội dung.\n");
        }
        TestSite site = TestSite.create(dir, txtar.toString());
        site.write("site-config.yml", site.read("site-config.yml").replaceAll("page_size: \\d+", "page_size: 1"));
        site.build().assertOk();

        assertThat(site.files("public/vi/page")).contains("10/index.html").doesNotContain("11/index.html");
        Document last = Jsoup.parse(site.read("public/vi/page/10/index.html"));
        assertThat(last.select(".list-neighbours a[rel=next]").text()).isEqualTo("Tin cũ hơn: Tháng 5/2024");
        assertThat(last.select(".list-neighbours a[rel=next]").attr("href")).isEqualTo("../../2024/05/");
        Document month = Jsoup.parse(site.read("public/vi/2024/04/index.html"));
        assertThat(month.select(".teaser h2").eachText()).containsExactly("Tin số 11");
    }

    @Test
    void englishCountsSayOneArticleAndThousandsGrouped() throws Exception {
        StringBuilder txtar = new StringBuilder("""
                -- content/en/2024/05/alone.md --
                ---
                title: The only story of May
                date: 2024-05-20
                category: Events
                ---
                Text.
                """);
        for (int i = 0; i < 1001; i++) {
            txtar.append("-- content/en/2023/06/s-").append(i).append(".md --\n---\ntitle: Story ").append(i)
                    .append("\nslug: s-").append(i).append("\ndate: 2023-06-01\n---\nText.\n");
        }
        TestSite site = TestSite.create(dir, txtar.toString());
        site.build().assertOk();
        assertThat(Jsoup.parse(site.read("public/en/2024/05/index.html")).selectFirst(".list-count").text()).isEqualTo("1 article");
        assertThat(Jsoup.parse(site.read("public/en/2023/06/index.html")).selectFirst(".list-count").text()).isEqualTo("1,001 articles");
        Document archive = Jsoup.parse(site.read("public/en/archive/index.html"));
        assertThat(archive.select(".archive-year h2 .count").eachText()).containsExactly("(1 article)", "(1,001 articles)");
        assertThat(archive.select("table th[scope=col]").eachText()).containsExactly("Year", "Articles");
        assertThat(Jsoup.parse(site.read("public/en/categories/index.html")).select(".count").eachText())
                .containsExactly("(1 article)");
    }
}
