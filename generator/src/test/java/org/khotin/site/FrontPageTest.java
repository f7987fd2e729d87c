package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.HtmlValidator;
import org.khotin.testing.TestSite;

/** The home page as a newspaper's front page, and later pages headed by the days they hold. */
class FrontPageTest {
    @TempDir
    Path dir;

    private static String article(String slug, String date, String category, String title) {
        return "-- content/vi/" + date.substring(0, 4) + "/" + date.substring(5, 7) + "/" + slug + ".md --\n---\ntitle: " + title
                + "\nslug: " + slug + "\ndate: " + date + "\ncategory: " + category + "\nsummary: Tóm tắt " + title.toLowerCase(java.util.Locale.ROOT)
                + ".\n---\nNội dung " + title.toLowerCase(java.util.Locale.ROOT) + ".\n";
    }

    @Test
    void theNewestStoryLeadsThenTheSectionsThenTheLatestAndLaterPagesSayTheirDays() throws Exception {
        StringBuilder site = new StringBuilder();
        site.append(article("bau-cu", "2024-05-20", "Thời sự", "Bầu cử đại biểu"));
        site.append(article("giai-bong-da", "2024-05-19", "Thể thao", "Giải bóng đá thiếu niên"));
        site.append(article("hoi-nghi", "2024-05-18", "Thời sự", "Hội nghị tổng kết"));
        site.append(article("gia-lua", "2024-05-17", "Kinh tế", "Giá lúa tăng"));
        site.append(article("chay-bo", "2024-05-16", "Thể thao", "Giải chạy bộ"));
        site.append(article("xuat-khau", "2024-05-02", "Kinh tế", "Xuất khẩu gạo"));
        site.append(article("le-hoi", "2024-04-28", "Văn hóa", "Lễ hội đền"));
        TestSite built = TestSite.create(dir, site.toString());
        built.write("site-config.yml", built.read("site-config.yml").replaceAll("page_size: \\d+", "page_size: 3"));
        built.build().assertOk();

        Document home = Jsoup.parse(built.read("public/vi/index.html"));
        assertThat(home.selectFirst(".lead-story h2").text()).isEqualTo("Bầu cử đại biểu");
        assertThat(home.selectFirst(".lead-story .summary").text()).isEqualTo("Tóm tắt bầu cử đại biểu.");
        // sections by their newest story, each without the lead
        assertThat(home.select(".front-section h2").eachText()).containsExactly("Thể thao", "Thời sự", "Kinh tế", "Văn hóa");
        assertThat(home.select(".front-section").get(1).select("li a").eachText()).containsExactly("Hội nghị tổng kết");
        assertThat(home.select(".front-section").get(0).select("li a").eachText()).containsExactly("Giải bóng đá thiếu niên", "Giải chạy bộ");
        assertThat(home.selectFirst(".front-section h2 a").attr("href")).isEqualTo("chuyen-muc/the-thao/");
        // then the latest, after the lead
        assertThat(home.select(".teasers h2").eachText()).containsExactly("Giải bóng đá thiếu niên", "Hội nghị tổng kết");

        Document second = Jsoup.parse(built.read("public/vi/page/2/index.html"));
        assertThat(second.selectFirst("h1").text()).isEqualTo("Tin từ 02/05/2024 đến 17/05/2024");
        assertThat(second.select(".lead-story, .front-section")).isEmpty();
        assertThat(second.title()).startsWith("Tin từ 02/05/2024 đến 17/05/2024 – Trang 2");

        HtmlValidator validator = new HtmlValidator();
        assertThat(validator.errors(dir.resolve("public/vi/index.html"))).isEmpty();
        assertThat(validator.errors(dir.resolve("public/vi/page/2/index.html"))).isEmpty();
    }
}
