package org.khotin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.Browser;
import org.khotin.testing.StaticServer;
import org.khotin.testing.TestSite;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An index of 3,000 keywords stays light: split by letter, its filter fetching the letters' pages when used. */
class KeywordIndexAtScaleTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static StaticServer server;

    private static final List<String> TOPICS = List.of("An ninh", "Bảo hiểm", "Công an", "Đảng bộ", "Giáo dục",
            "Hội nghị", "Kinh tế", "Lao động", "Nông thôn", "Quốc phòng");

    @BeforeAll
    static void build() throws Exception {
        StringBuilder txtar = new StringBuilder();
        int keyword = 0;
        for (int a = 0; a < 250; a++) {
            List<String> labels = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++, keyword++) labels.add(TOPICS.get(keyword % TOPICS.size()) + " " + (keyword / TOPICS.size() + 1));
            txtar.append("-- content/vi/2024/01/bai-").append(a).append(".md --\n---\ntitle: Bài ").append(a)
                    .append("\nslug: bai-").append(a).append("\ndate: 2024-01-").append(String.format(java.util.Locale.ROOT, "%02d", a % 28 + 1))
                    .append("\nkeywords: [").append(String.join(", ", labels)).append("]\n---\nNội dung.\n");
        }
        site = TestSite.create(dir, txtar.toString());
        site.build().assertOk();
        server = new StaticServer(dir.resolve("public"), "/archive/");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void theIndexShowsEachLettersMostUsedAndLinksToTheLetterWithAllOfThem() throws Exception {
        Path index = dir.resolve("public/vi/tu-khoa/index.html");
        assertThat(Files.size(index)).as("bytes of the index at 3,000 keywords").isLessThan(150_000);
        Document doc = Jsoup.parse(index.toFile());
        assertThat(doc.selectFirst(".keyword-total").text()).startsWith("Số từ khóa: 3000");
        assertThat(doc.select(".letter-group")).hasSize(TOPICS.size());
        assertThat(doc.select(".letter-group").first().select(".keyword-index li")).hasSize(15);
        assertThat(doc.selectFirst(".letter-more a").text()).isEqualTo("Cả 300 từ khóa vần A");
        assertThat(doc.selectFirst(".letter-bar a").attr("href")).isEqualTo("chu-cai/a/");

        Document letter = Jsoup.parse(dir.resolve("public/vi/tu-khoa/chu-cai/dd/index.html").toFile());
        assertThat(letter.select(".keyword-index li a").eachText()).hasSize(300)
                .startsWith("Đảng bộ 1", "Đảng bộ 2", "Đảng bộ 3").contains("Đảng bộ 300"); // by number's value
        assertThat(letter.selectFirst(".keyword-index li a").attr("href")).isEqualTo("../../dang-bo-1/");
    }

    @Test
    void theFilterFindsKeywordsOnEveryLettersPage() {
        Browser.assumeInstalled();
        ChromeDriver d = Browser.open(dir, true, true);
        try {
            d.get(server.baseUrl() + "vi/tu-khoa/");
            WebElement filter = d.findElement(By.id("keyword-filter"));
            filter.sendKeys("dang bo 29");
            new WebDriverWait(d, java.time.Duration.ofSeconds(30)).until(x -> !x.findElement(By.id("keyword-filter-status")).getText().isEmpty());
            List<WebElement> found = d.findElements(By.cssSelector("#keyword-filter-results li a"));
            // Đảng bộ 29 and 290–299, none of them among the letter's most used shown on the index
            assertThat(found.stream().map(WebElement::getText).toList()).contains("Đảng bộ 29", "Đảng bộ 299").hasSize(11);
            assertThat(d.findElement(By.id("keyword-filter-status")).getText()).isEqualTo("11 từ khóa khớp");
            assertThat(d.findElement(By.cssSelector(".letter-group")).isDisplayed()).isFalse();
            found.get(0).click();
            new WebDriverWait(d, java.time.Duration.ofSeconds(30)).until(x -> x.getCurrentUrl().endsWith("/vi/tu-khoa/dang-bo-29/"));
            assertThat(server.failures()).isEmpty();
        } finally {
            d.quit();
        }
    }
}
