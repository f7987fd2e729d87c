package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.TestSite;

/** The sapo set apart as Vietnamese papers do, and a caption whose photo the archive lacks shown as a note. */
class ArticleSapoTest {
    @TempDir
    Path dir;

    @Test
    void theLeadIsTheSapoWhenTheSummaryIsItsStartElseTheSummaryStandsAboveTheBody() throws Exception {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2024/03/hoi-nghi.md --
                ---
                title: Hội nghị tổng kết năm
                slug: hoi-nghi
                date: 2024-03-02
                summary: Sáng 1/3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2023.
                ---
                Sáng 1/3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.

                Hội nghị đã nghe báo cáo.

                *Quang cảnh hội nghị. (Ảnh: Phúc Lưu)*

                *Nhấn mạnh thôi.*
                -- content/en/2024/03/review.md --
                ---
                title: Annual review
                slug: review
                date: 2024-03-02
                summary: The commission reviewed its work of 2023 and set the tasks for 2024.
                ---
                On the morning of 1 March, the commission held a conference.
                """);
        site.build().assertOk();

        Document vi = Jsoup.parse(site.read("public/vi/2024/03/hoi-nghi/index.html"));
        assertThat(vi.select(".sapo")).isEmpty();
        assertThat(vi.selectFirst(".article-body").hasClass("lead-is-sapo")).isTrue();
        assertThat(vi.selectFirst(".article-body .photo-note").text()).isEqualTo("Quang cảnh hội nghị. (Ảnh: Phúc Lưu)");
        assertThat(vi.select(".article-body .photo-note")).hasSize(1); // emphasis without a credit is text
        // dated by the day: no time
        assertThat(vi.selectFirst(".article-meta time").text()).doesNotContain(":");

        Document en = Jsoup.parse(site.read("public/en/2024/03/review/index.html"));
        assertThat(en.selectFirst("p.sapo").text()).isEqualTo("The commission reviewed its work of 2023 and set the tasks for 2024.");
        assertThat(en.selectFirst(".article-body").hasClass("lead-is-sapo")).isFalse();
        // printed, the page says where it lives
        assertThat(en.selectFirst(".article-footer .print-only").text()).isEqualTo("Article address: https://example.org/archive/en/2024/03/review/");
    }

    /**
     * An editor who leaves the summary empty (as {@code khotin new} writes it) still gets a page that search
     * engines and shared links describe, and a teaser in lists: the first paragraph, not set apart as a sapo.
     */
    @Test
    void withoutASummaryListsAndTheDescriptionShowTheStartOfTheText() throws Exception {
        TestSite site = TestSite.create(dir, """
                -- site-config.yml --
                base_url: https://example.org/
                -- content/vi/2024/12/cau-moi.md --
                ---
                title: Khánh thành cầu mới
                slug: cau-moi
                date: 2024-12-04T09:00:00+07:00
                summary: ""
                keywords: [giao thông]
                ---
                ## Toàn cảnh

                Sáng nay, thành phố *khánh thành* cầu mới nối hai bờ sông.

                Cầu dài 500 m.
                """);
        site.build().assertOk();
        String lead = "Sáng nay, thành phố khánh thành cầu mới nối hai bờ sông.";

        Document page = Jsoup.parse(site.read("public/vi/2024/12/cau-moi/index.html"));
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(lead);
        assertThat(page.select(".sapo")).isEmpty();
        assertThat(page.selectFirst(".article-body").hasClass("lead-is-sapo")).isFalse();
        Document home = Jsoup.parse(site.read("public/vi/index.html"));
        assertThat(home.selectFirst("main article .summary").text()).isEqualTo(lead);
        assertThat(site.read("public/vi/tu-khoa/giao-thong/feed.xml")).contains("<summary>" + lead + "</summary>");
        // a site without a description says none, rather than an empty one
        assertThat(Jsoup.parse(site.read("public/index.html")).select("meta[name=description]")).isEmpty();
    }
}
