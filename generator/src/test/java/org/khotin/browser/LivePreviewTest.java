package org.khotin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.serve.PreviewSession;
import org.khotin.testing.Browser;
import org.khotin.testing.Fixtures;
import org.khotin.testing.TestSite;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code khotin serve} as an editor uses it: save a file, see the page change; break it, see the error. */
class LivePreviewTest {
    @TempDir
    Path dir;

    @Test
    void savingAFileReloadsTheOpenPagesItChangesAndABrokenFileShowsAnOverlayUntilFixed() throws Exception {
        Browser.assumeInstalled();
        TestSite site = TestSite.create(dir.resolve("site"), Fixtures.BILINGUAL);
        StringWriter log = new StringWriter();
        try (PreviewSession session = site.preview(new PrintWriter(log, true))) {
            session.start();
            ChromeDriver d = Browser.open(dir, true, true);
            try {
                WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(15));
                d.get("http://127.0.0.1:" + session.port() + "/vi/2020/03/bai-chua-dich/");
                assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Bài chưa dịch");

                String path = "content/vi/2020/03/chua-dich.md";
                site.write(path, site.read(path).replace("Nội dung.", "Nội dung đã sửa."));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".article-body"), "Nội dung đã sửa."));

                site.write(path, site.read(path).replace("date: 2020-03-01", "date: 2020-03-32"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("khotin-error-overlay")));
                assertThat(d.findElement(By.id("khotin-error-overlay")).getText())
                        .contains("content/vi/2020/03/chua-dich.md:3:7: error: impossible date '2020-03-32'");
                assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Bài chưa dịch");

                site.write(path, site.read(path).replace("date: 2020-03-32", "date: 2020-03-02"));
                wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("khotin-error-overlay")));
                assertThat(d.findElement(By.cssSelector(".article-body")).getText()).contains("Nội dung đã sửa.");

                // A page that only shows the article (the home page's teaser) reloads once the rest has caught up.
                d.get("http://127.0.0.1:" + session.port() + "/vi/");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Bài chưa dịch"));
                String other = "content/vi/2019/01/tong-ket.md";
                site.write(other, site.read(other).replace("Tóm tắt bài tổng kết.", "Tóm tắt đã sửa."));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Tóm tắt đã sửa."));
            } finally {
                d.quit();
            }
        }
    }
}
