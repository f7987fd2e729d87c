package org.khotin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.Browser;
import org.khotin.testing.StaticServer;
import org.khotin.testing.TestSite;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader clicks, in a real browser, on the repository's own site served under a sub-path
 * ({@code /archive/}) with two articles per page so that every list paginates.
 */
class ReaderJourneyTest {
    @TempDir
    static Path dir;

    static StaticServer server;
    static StaticServer rootServer;
    ChromeDriver browser;

    /** The newest Vietnamese article: the browser's copy of the site gives it a photo. */
    private static final String NEWEST_VI = "tiep-tuc-tham-muu-hoan-thien-the-che-ve-cong-tac-to-chuc-xay-dung-dang";

    /** A 2,000 × 1,200 photo with its caption after the article's first paragraph. */
    private static void addPhoto(Path article) throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2000, 1200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(40, 110, 170));
        g.fillRect(0, 0, 1000, 1200);
        g.dispose();
        Path folder = Files.createDirectories(article.resolveSibling(NEWEST_VI));
        javax.imageio.ImageIO.write(image, "jpeg", folder.resolve("hoi-nghi.jpg").toFile());
        String text = Files.readString(article);
        int body = text.indexOf("\n---\n") + 5;
        int afterLead = text.indexOf("\n\n", body + 1);
        Files.writeString(article, text.substring(0, afterLead) + "\n\n![Đại biểu dự hội nghị](" + NEWEST_VI
                + "/hoi-nghi.jpg \"Quang cảnh hội nghị. (Ảnh: Phúc Lưu)\")" + text.substring(afterLead));
    }

    /** The Vietnamese articles of 2019 and 2022 as parts 1 to 3 of a series, so that its box and pages are read too. */
    private static void addSeries(Path content) throws Exception {
        int part = 0;
        for (String month : List.of("2019/01", "2022/01", "2022/10")) {
            try (var files = Files.list(content.resolve("vi/" + month))) {
                Path file = files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
                Files.writeString(file, Files.readString(file).replaceFirst("\n", "\nseries: Công tác tổ chức xây dựng Đảng\nseries_part: "
                        + ++part + "\n"));
            }
        }
    }

    /** The seed article whose front matter lists a video: the browser's copy of the site has the file and its captions. */
    private static final String WITH_VIDEO = "vi/2019/01/tong-ket-cong-tac-to-chuc-xay-dung-dang-nam-2018/";

    /**
     * A one-second recording (a WAV file, quiet) in the newest article's text, and for the article whose front
     * matter lists {@code 10419_ODIEN3.mp4} that file (bytes no player decodes: this machine has no encoder) with
     * its Vietnamese captions.
     */
    private static void addClips(Path content) throws Exception {
        int rate = 8000;
        java.io.ByteArrayOutputStream wav = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(wav)) {
            out.writeBytes("RIFF");
            out.writeInt(Integer.reverseBytes(36 + rate));
            out.writeBytes("WAVEfmt ");
            out.writeInt(Integer.reverseBytes(16));
            out.writeShort(Short.reverseBytes((short) 1)); // PCM
            out.writeShort(Short.reverseBytes((short) 1)); // mono
            out.writeInt(Integer.reverseBytes(rate));
            out.writeInt(Integer.reverseBytes(rate)); // bytes a second: 8 bits
            out.writeShort(Short.reverseBytes((short) 1));
            out.writeShort(Short.reverseBytes((short) 8));
            out.writeBytes("data");
            out.writeInt(Integer.reverseBytes(rate));
            for (int i = 0; i < rate; i++) out.write(128);
        }
        Path newest = content.resolve("vi/2023/04/" + NEWEST_VI + ".md");
        Files.write(newest.resolveSibling(NEWEST_VI).resolve("phat-bieu.wav"), wav.toByteArray());
        Files.writeString(newest, Files.readString(newest).stripTrailing() + "\n\nNghe lại bài phát biểu: ![Bài phát biểu tại hội nghị]("
                + NEWEST_VI + "/phat-bieu.wav).\n");
        Path folder = Files.createDirectories(content.resolve(WITH_VIDEO)); // named like the article's file
        Files.write(folder.resolve("10419_ODIEN3.mp4"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});
        Files.writeString(folder.resolve("10419_ODIEN3.vtt"), "WEBVTT\n\n00:00.000 --> 00:05.000\nChiều 4-1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị.\n");
    }

    @BeforeAll
    static void buildAndServe() throws Exception {
        Browser.assumeInstalled();
        Path repo = TestSite.repoRoot();
        Path site = Files.createDirectories(dir.resolve("site"));
        PathUtils.copyDirectory(repo.resolve("content"), site.resolve("content"));
        PathUtils.copyDirectory(repo.resolve("templates"), site.resolve("templates"));
        addPhoto(site.resolve("content/vi/2023/04/" + NEWEST_VI + ".md"));
        addClips(site.resolve("content"));
        addSeries(site.resolve("content"));
        String config = Files.readString(repo.resolve("site-config.yml")).replaceAll("page_size: \\d+", "page_size: 2");
        Files.writeString(site.resolve("site-config.yml"), config);
        TestSite.run("build", "--config", site.resolve("site-config.yml").toString(), "--out",
                site.resolve("public").toString()).assertOk();
        server = new StaticServer(site.resolve("public"), "/archive/");
        rootServer = new StaticServer(site.resolve("public"), "/");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (rootServer != null) rootServer.close();
    }

    @BeforeEach
    void forgetEarlierFailures() {
        if (server != null) server.clearFailures();
        if (rootServer != null) rootServer.clearFailures();
    }

    @AfterEach
    void quit() {
        if (browser != null) browser.quit();
    }

    private ChromeDriver browser(boolean javascript) {
        browser = Browser.open(dir, false, javascript);
        return browser;
    }

    /** Generous: a loaded CI machine can be slow, and a wait ends as soon as its condition holds. */
    private static WebDriverWait waitFor(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(30));
    }

    /** The address of the newest English article that has a Vietnamese original. */
    private static String firstArticleWithTranslation(WebDriver d) {
        for (String url : allPages(d, server.baseUrl() + "en/", ".lead-story:not([lang]) h2 a, .teaser:not([lang]) h2 a")) {
            d.get(url);
            if (!d.findElements(By.cssSelector("link[hreflang=vi]")).isEmpty()) return url;
        }
        throw new AssertionError("no English article with a Vietnamese original");
    }

    /** The links matching {@code selector} on a list and all its further pages. */
    private static List<String> allPages(WebDriver d, String first, String selector) {
        List<String> links = new ArrayList<>();
        d.get(first);
        while (true) {
            d.findElements(By.cssSelector(selector)).forEach(a -> links.add(a.getAttribute("href")));
            List<WebElement> next = d.findElements(By.cssSelector(".pagination a[rel=next]"));
            if (next.isEmpty()) return links;
            d.get(next.get(0).getAttribute("href"));
        }
    }

    /**
     * A reader who follows an address that leads nowhere (the story moved, or the link lost a letter) is offered the
     * search, already holding the address's words, and the story is the first result.
     */
    @Test
    void aMissingAddressOffersToSearchForTheStoryByTheWordsOfTheAddress() {
        WebDriver d = browser(true);
        d.get(server.baseUrl() + "vi/1999/01/" + NEWEST_VI + "/"); // the newest story, dated wrongly
        String words = d.findElement(By.id("query-vi")).getAttribute("value");
        assertThat(words).isEqualTo(NEWEST_VI.replace('-', ' '));
        assertThat(d.findElement(By.id("query-en")).getAttribute("value")).isEqualTo(words);
        assertThat(d.findElement(By.cssSelector("form[role=search]")).getAttribute("action"))
                .isEqualTo("https://khotin.example.org/vi/tim-kiem/");
        // where the form leads, on the test's server instead of the site's address
        d.get(server.baseUrl() + "vi/tim-kiem/?q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8));
        waitFor(d).until(x -> !x.findElements(By.cssSelector("#search-results .search-result a")).isEmpty());
        assertThat(d.findElement(By.cssSelector("#search-results .search-result a")).getAttribute("href"))
                .endsWith("/vi/2023/04/" + NEWEST_VI + "/");

        // an old CMS's address: its words without the page's number or extension; an address without words: nothing
        d.get(server.baseUrl() + "tin-tuc/to-chuc-xay-dung-dang-1234567.html");
        assertThat(d.findElement(By.id("query-vi")).getAttribute("value")).isEqualTo("to chuc xay dung dang");
        d.get(server.baseUrl() + "vi/2023/13/");
        assertThat(d.findElement(By.id("query-vi")).getAttribute("value")).isEmpty();
        assertThat(d.findElement(By.cssSelector("main section")).getAttribute("id")).isEqualTo("not-found-vi");
        // an English address: the English part first
        d.get(server.baseUrl() + "en/1999/01/no-such-story/");
        assertThat(d.findElement(By.cssSelector("main section")).getAttribute("id")).isEqualTo("not-found-en");
        assertThat(d.findElement(By.id("query-en")).getAttribute("value")).isEqualTo("no such story");
    }

    /** The site's root sends a reader to the archive in their browser's language, else to the Vietnamese one. */
    @Test
    void theRootLeadsToTheReadersLanguage() {
        for (String[] reader : new String[][] {{"en-US,en", "en/"}, {"vi-VN,vi", "vi/"}, {"fr-FR,fr", "vi/"}, {"fr-FR,en", "en/"}}) {
            browser = Browser.open(dir, false, true, reader[0]);
            browser.get(server.baseUrl());
            waitFor(browser).until(ExpectedConditions.urlToBe(server.baseUrl() + reader[1]));
            browser.quit();
        }
        // without scripts: the Vietnamese archive, as before
        WebDriver d = browser(false);
        d.get(server.baseUrl());
        waitFor(d).until(ExpectedConditions.urlToBe(server.baseUrl() + "vi/"));
    }

    @Test
    void switchingLanguageOnAnArticleLandsOnItsTranslation() {
        WebDriver d = browser(true);
        d.get(firstArticleWithTranslation(d));
        String englishTitle = d.findElement(By.tagName("h1")).getText();
        assertThat(d.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        String expectedVietnamese = d.findElement(By.cssSelector("link[hreflang=vi]")).getAttribute("href")
                .replace("https://khotin.example.org/", server.baseUrl());
        Browser.openMenu(d);
        d.findElement(By.cssSelector(".language-switch a")).click();
        waitFor(d).until(ExpectedConditions.urlToBe(expectedVietnamese));
        assertThat(d.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(d.findElement(By.tagName("h1")).getText()).isNotEqualTo(englishTitle);
        Browser.openMenu(d);
        d.findElement(By.cssSelector(".language-switch a")).click();
        waitFor(d).until(ExpectedConditions.textToBe(By.tagName("h1"), englishTitle));
        assertThat(server.failures()).isEmpty();
    }

    @Test
    void keywordLinksAndPaginationWork() {
        WebDriver d = browser(true);
        d.get(server.baseUrl() + "en/");
        // once in a full run the first look found no teaser at all: wait for the list rather than look once
        waitFor(d).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".lead-story, .teaser"), 2));
        d.findElement(By.cssSelector(".pagination a[rel=next]")).click();
        waitFor(d).until(ExpectedConditions.urlToBe(server.baseUrl() + "en/page/2/"));
        // the address changes before the new page is parsed: wait for its page number, not the old page's
        waitFor(d).until(ExpectedConditions.textToBe(By.cssSelector(".pagination [aria-current=page]"), "2"));
        WebElement article = d.findElements(By.cssSelector(".teaser h2 a")).get(0);
        String title = article.getText();
        String articleUrl = article.getAttribute("href");
        article.click();
        waitFor(d).until(ExpectedConditions.urlToBe(articleUrl));
        waitFor(d).until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        WebElement keyword = d.findElements(By.cssSelector(".keywords a")).get(0);
        String label = keyword.getText();
        keyword.click();
        // the article's own heading may hold the keyword too: wait for the keyword page's address first
        waitFor(d).until(ExpectedConditions.urlContains("/keywords/"));
        waitFor(d).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), label));
        String keywordPage = d.getCurrentUrl();
        List<String> titles = new ArrayList<>();
        for (String url : allPages(d, keywordPage, ".teaser h2 a")) titles.add(url);
        d.get(keywordPage);
        assertThat(titles).anyMatch(url -> url.equals(articleUrl));
        d.findElement(By.cssSelector(".breadcrumbs")).findElement(By.linkText("Keywords")).click();
        waitFor(d).until(ExpectedConditions.urlToBe(server.baseUrl() + "en/keywords/"));
        assertThat(server.failures()).isEmpty();
    }

    @Test
    void textSizeIsRememberedAcrossPages() {
        WebDriver d = browser(true);
        d.get(server.baseUrl() + "vi/");
        double before = rootFontSize(d);
        Browser.openMenu(d);
        WebElement larger = d.findElement(By.cssSelector(".text-size button[data-text-size='1']"));
        assertThat(larger.isDisplayed()).isTrue();
        larger.click();
        larger.click();
        double after = rootFontSize(d);
        assertThat(after).isGreaterThan(before);
        d.findElement(By.cssSelector(".site-nav a[href$='tu-khoa/']")).click();
        waitFor(d).until(ExpectedConditions.urlContains("tu-khoa"));
        assertThat(rootFontSize(d)).isEqualTo(after);
        Browser.openMenu(d);
        d.findElement(By.cssSelector(".text-size button[data-text-size='-1']")).click();
        assertThat(rootFontSize(d)).isLessThan(after);
    }

    @Test
    void linkUnderlinesClearTheMarksBelowLettersAndTextSizeButtonsAreNamedByWhatTheyShow() {
        WebDriver d = browser(true);
        d.get(server.baseUrl() + "vi/");
        JavascriptExecutor js = (JavascriptExecutor) d;
        // the dot below (dấu nặng) reaches about 0.2em under the baseline: the underline sits lower, at every text size
        for (int step = 0; step < 3; step++) {
            Number offsetEm = (Number) js.executeScript("var a = document.querySelector('.teaser h2 a'), s = getComputedStyle(a);"
                    + " return parseFloat(s.textUnderlineOffset) / parseFloat(s.fontSize);");
            assertThat(offsetEm.doubleValue()).as("underline offset in em, step " + step).isGreaterThanOrEqualTo(0.25);
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('.teaser h2 a')).textDecorationSkipInk;"))
                    .isEqualTo("auto");
            Browser.openMenu(d);
            d.findElement(By.cssSelector(".text-size button[data-text-size='1']")).click();
        }
        for (WebElement button : d.findElements(By.cssSelector(".text-size button"))) {
            String shown = button.getText().strip();
            String name = (String) js.executeScript("return arguments[0].textContent.replace(/\\s+/g, ' ').trim();", button);
            assertThat(button.getAttribute("aria-label")).isNull();
            assertThat(name).startsWith(shown.substring(0, 2)).contains("cỡ chữ");
        }
    }

    private static double rootFontSize(WebDriver d) {
        Object px = ((JavascriptExecutor) d).executeScript(
                "return parseFloat(getComputedStyle(document.documentElement).fontSize);");
        return ((Number) px).doubleValue();
    }

    @Test
    void theSiteWorksAtTheRootAndUnderASubPathWithNoExternalRequests() {
        WebDriver d = browser(true);
        for (StaticServer s : List.of(server, rootServer)) {
            for (String page : List.of("", "vi/", "en/", "vi/tu-khoa/", "en/archive/", "vi/luu-tru/", "vi/chuyen-muc/")) {
                d.get(s.baseUrl() + page);
                // The root page sends readers on to vi/ at once: check the page they land on, once it has loaded.
                if (page.isEmpty()) waitFor(d).until(ExpectedConditions.urlToBe(s.baseUrl() + "vi/"));
                waitFor(d).until(x -> "complete".equals(((JavascriptExecutor) x).executeScript("return document.readyState")));
                waitFor(d).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                @SuppressWarnings("unchecked")
                List<String> resources = (List<String>) ((JavascriptExecutor) d).executeScript(
                        "return performance.getEntriesByType('resource').map(function (r) { return r.name; });");
                assertThat(resources).as(page).allMatch(url -> url.startsWith(s.baseUrl()));
                Object styled = ((JavascriptExecutor) d).executeScript(
                        "return document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0;");
                assertThat(styled).as("style sheet loaded on " + s.baseUrl() + page).isEqualTo(true);
            }
            assertThat(s.failures()).as(s.baseUrl()).isEmpty();
        }
    }

    @Test
    void withoutJavaScriptReadersStillNavigateAndTheControlsThatNeedItStayHidden() {
        WebDriver d = browser(false);
        d.get(firstArticleWithTranslation(d));
        assertThat(d.findElement(By.cssSelector(".text-size")).isDisplayed()).isFalse();
        assertThat(d.findElements(By.cssSelector(".share a"))).hasSize(4);
        Browser.openMenu(d);
        d.findElement(By.cssSelector(".language-switch a")).click();
        waitFor(d).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "vi"));
    }

    @Test
    void aPhoneLoadsThePhotoAtThePhonesSizeAndThePageKeepsItsPlace() {
        WebDriver d = browser(true);
        d.get(server.baseUrl() + "vi/");
        d.findElement(By.cssSelector(".lead-story h2 a")).click();
        WebElement photo = waitFor(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".article-body figure img")));
        waitFor(d).until(x -> (Boolean) ((JavascriptExecutor) x).executeScript("return arguments[0].complete", photo));
        JavascriptExecutor js = (JavascriptExecutor) d;
        double width = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().width", photo)).doubleValue();
        double height = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().height", photo)).doubleValue();
        double viewport = ((Number) js.executeScript("return window.innerWidth * window.devicePixelRatio")).doubleValue();
        // the smallest copy that fills the screen's width in device pixels (headless Chromium's window is at
        // least 500 px wide): never the 1,600 px one on a phone
        int expected = viewport <= 480 ? 480 : 960;
        assertThat((String) js.executeScript("return arguments[0].currentSrc", photo)).as("viewport %s device px", viewport)
                .endsWith("/hoi-nghi-" + expected + ".jpg");
        // width and height give the box its shape before the photo arrives: as wide as the column, 3:5 tall
        assertThat(width).isLessThan(viewport);
        assertThat(height / width).isCloseTo(0.6, org.assertj.core.data.Offset.offset(0.01));
        assertThat(d.findElement(By.cssSelector(".article-body figcaption .credit")).getText()).isEqualTo("Ảnh: Phúc Lưu");
        assertThat(server.failures()).isEmpty();
    }

    @Test
    void aRecordingPlaysFromItsPageAndAVideoOffersItsCaptions() {
        WebDriver d = browser(true);
        JavascriptExecutor js = (JavascriptExecutor) d;
        d.get(server.baseUrl() + "vi/2023/04/" + NEWEST_VI + "/");
        WebElement audio = d.findElement(By.cssSelector(".article-body audio[controls]"));
        waitFor(d).until(x -> ((Number) js.executeScript("return arguments[0].readyState", audio)).intValue() >= 1);
        assertThat(((Number) js.executeScript("return arguments[0].duration", audio)).doubleValue())
                .as("the player read the recording's length").isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(audio.getAttribute("aria-label")).isEqualTo("Bài phát biểu tại hội nghị");

        d.get(server.baseUrl() + WITH_VIDEO);
        WebElement video = d.findElement(By.cssSelector(".article-body > p:first-child + figure.clip video"));
        assertThat(video.getAttribute("aria-label")).isEqualTo(d.findElement(By.tagName("h1")).getText());
        // the captions a reader picks in the player's menu arrive and are read
        js.executeScript("arguments[0].textTracks[0].mode = 'hidden'", video);
        waitFor(d).until(x -> ((Number) js.executeScript(
                "var t = arguments[0].textTracks[0]; return t.cues ? t.cues.length : 0", video)).intValue() == 1);
        assertThat(js.executeScript("return arguments[0].textTracks[0].cues[0].text", video))
                .isEqualTo("Chiều 4-1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị.");
        assertThat(js.executeScript("return arguments[0].textTracks[0].language", video)).isEqualTo("vi");
        // the width a phone gives it, at the shape of a news video, before anything is played
        double ratio = ((Number) js.executeScript("var r = arguments[0].getBoundingClientRect(); return r.height / r.width", video)).doubleValue();
        assertThat(ratio).isCloseTo(9 / 16.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(server.failures()).isEmpty();
    }

    @Test
    void onAPhoneTheHeaderIsOneBarAndTheHeadlineIsOnTheFirstScreenAtEveryTextSize() {
        ChromeDriver d = browser(true);
        String article = server.baseUrl() + "vi/2021/01/"
                + "ban-to-chuc-tinh-uy-da-tich-cuc-to-chuc-trien-khai-cac-phong-trao-thi-dua-yeu-nuoc-gan-voi-thuc-hien/";
        for (int[] screen : new int[][] {{390, 844}, {360, 640}}) {
            screen(d, screen[0], screen[1], true);
            for (String page : List.of(article, server.baseUrl() + "en/")) {
                d.get(page);
                for (int step = 0; step < 6; step++) {
                    String size = String.valueOf(step);
                    d.executeScript("localStorage.setItem('khotin-text-size', arguments[0]); location.reload()", size);
                    waitFor(d).until(x -> size.equals(((JavascriptExecutor) x).executeScript(
                            "return document.readyState === 'complete' && document.documentElement.getAttribute('data-text-size')")));
                    String where = screen[0] + "×" + screen[1] + " " + page + " text size " + step;
                    double bar = number(d, "return document.querySelector('.site-header').getBoundingClientRect().height");
                    if (step == 1) assertThat(bar).as(where).isLessThanOrEqualTo(60);
                    double headlineTop = number(d, "return document.querySelector('h1').getBoundingClientRect().top");
                    assertThat(headlineTop).as(where).isLessThan(screen[1] * 0.6);
                    // nothing wider than the screen, nothing cut off
                    assertThat(number(d, "return document.documentElement.scrollWidth")).as(where).isLessThanOrEqualTo(screen[0]);
                    for (String control : List.of(".brand", ".search-link", ".site-menu > summary")) {
                        assertThat(number(d, "var r = document.querySelector(arguments[0]).getBoundingClientRect(); return r.right", control))
                                .as(where + " " + control).isLessThanOrEqualTo(screen[0]);
                    }
                }
            }
        }
        d.executeScript("localStorage.removeItem('khotin-text-size')");
    }

    @Test
    void thePhoneMenuOpensWithoutJavaScriptAndLeadsOn() {
        ChromeDriver d = browser(false);
        screen(d, 390, 844, true);
        d.get(server.baseUrl() + "vi/");
        WebElement keywords = d.findElement(By.cssSelector(".site-nav a[href$='tu-khoa/']"));
        assertThat(keywords.isDisplayed()).isFalse();
        assertThat(d.findElement(By.cssSelector(".search-link")).isDisplayed()).isTrue();
        d.findElement(By.cssSelector(".site-menu > summary")).click();
        assertThat(keywords.isDisplayed()).isTrue();
        assertThat(d.findElement(By.id("site-search-query")).isDisplayed()).isTrue();
        keywords.click();
        waitFor(d).until(ExpectedConditions.urlContains("tu-khoa"));
        // on a wide screen the header shows it all, and the menu's button is not there
        screen(d, 1280, 900, false);
        d.navigate().refresh();
        // (WebDriver counts all in a closed <details> as hidden; the browser's own test is what a reader sees)
        assertThat(d.executeScript("var a = document.querySelector('.site-nav a'); return a.checkVisibility()"
                + " && a.getBoundingClientRect().width > 0 && document.elementFromPoint(a.getBoundingClientRect().left + 2,"
                + " a.getBoundingClientRect().top + 2) === a")).isEqualTo(true);
        assertThat(d.findElement(By.cssSelector(".site-menu > summary")).isDisplayed()).isFalse();
        assertThat(d.findElement(By.cssSelector(".search-link")).isDisplayed()).isFalse();
    }

    /** The page as a phone (two device pixels a CSS pixel) or a desktop screen of this size shows it. */
    private static void screen(ChromeDriver d, int width, int height, boolean phone) {
        d.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", height,
                "deviceScaleFactor", phone ? 2 : 1, "mobile", phone));
    }

    private static double number(WebDriver d, String script, Object... args) {
        return ((Number) ((JavascriptExecutor) d).executeScript(script, args)).doubleValue();
    }

    @Test
    void theHeadlineOutranksEverySubheadAtEveryWidthAndTextSize() {
        for (boolean desktop : new boolean[] {false, true}) {
            ChromeDriver d = Browser.open(dir, desktop, true);
            try {
                d.get(server.baseUrl() + "vi/2021/01/" + "ban-to-chuc-tinh-uy-da-tich-cuc-to-chuc-trien-khai-cac-phong-trao-thi-dua-yeu-nuoc-gan-voi-thuc-hien/");
                assertThat(d.findElements(By.cssSelector(".article-body h2"))).isNotEmpty();
                for (double scale : new double[] {0.875, 1, 1.5}) {
                    d.executeScript("document.documentElement.style.setProperty('--text-scale', arguments[0])", String.valueOf(scale));
                    double headline = fontSize(d, "h1");
                    double subhead = ((Number) d.executeScript("return Math.max(...Array.from(document.querySelectorAll("
                            + "'.article-body h1, .article-body h2, .article-body h3')).map(e => parseFloat(getComputedStyle(e).fontSize)))")).doubleValue();
                    assertThat(headline).as("desktop %s, text size %s", desktop, scale).isGreaterThan(subhead * 1.1);
                    // the sapo is set apart from the text after it
                    assertThat(d.executeScript("return getComputedStyle(document.querySelector('.lead-is-sapo > p')).fontWeight"))
                            .isEqualTo("700");
                }
            } finally {
                d.quit();
            }
        }
    }

    @Test
    void copyingTheLinkPutsTheArticlesAddressOnTheClipboard() {
        ChromeDriver d = browser(true);
        d.executeCdpCommand("Browser.grantPermissions", java.util.Map.of("permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        String url = firstArticleWithTranslation(d);
        WebElement copy = d.findElement(By.cssSelector(".copy-link"));
        assertThat(copy.isDisplayed()).isTrue();
        copy.click();
        waitFor(d).until(x -> copy.getText().equals("Link copied"));
        Object copied = d.executeAsyncScript("navigator.clipboard.readText().then(arguments[0], e => arguments[0]('refused: ' + e))");
        // the page's canonical address: the site's base URL, not the test server's
        assertThat(copied).isEqualTo(d.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href"));
        assertThat((String) copied).endsWith(url.replace(server.baseUrl(), "/"));
    }

    @Test
    void onPaperTheArticleShowsItsAddressAndDateWithoutControlsAndNeverTheDarkTheme() {
        ChromeDriver d = browser(true);
        d.get(firstArticleWithTranslation(d));
        d.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print",
                "features", List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
        assertThat(d.findElement(By.cssSelector(".site-search")).isDisplayed()).isFalse();
        assertThat(d.findElements(By.cssSelector("button")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
        assertThat(d.findElement(By.cssSelector(".article-footer .print-only")).getText()).contains(d.getCurrentUrl()
                .replace(server.baseUrl(), ""));
        assertThat(d.findElement(By.cssSelector(".article-meta time")).isDisplayed()).isTrue();
        assertThat(d.executeScript("return getComputedStyle(document.querySelector('.brand')).color")).isEqualTo("rgb(0, 0, 0)");
        assertThat(d.executeScript("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(255, 255, 255)");
    }

    private static double fontSize(WebDriver d, String selector) {
        return Double.parseDouble(((String) ((JavascriptExecutor) d).executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).fontSize", selector)).replace("px", ""));
    }

    @Test
    void theKeywordIndexFiltersAsTheReaderTypesWithOrWithoutMarks() {
        ChromeDriver d = browser(true);
        d.get(server.baseUrl() + "vi/tu-khoa/");
        int all = d.findElements(By.cssSelector(".keyword-index li")).size();
        WebElement filter = d.findElement(By.id("keyword-filter"));
        for (String typed : List.of("to chuc", "tổ chức", "TỔ CHỨC")) {
            filter.clear();
            filter.sendKeys(typed);
            List<String> shown = d.findElements(By.cssSelector(".keyword-index li")).stream().filter(WebElement::isDisplayed)
                    .map(li -> li.findElement(By.tagName("a")).getText()).toList();
            assertThat(shown).as(typed).isNotEmpty().hasSizeLessThan(all)
                    .allSatisfy(label -> assertThat(java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD)
                            .replaceAll("\\p{Mn}", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT)).contains("to chuc"));
            assertThat(d.findElement(By.id("keyword-filter-status")).getText()).isEqualTo(shown.size() + " từ khóa khớp");
            // a letter without a match is out of the way, and so are the most used
            assertThat(d.findElements(By.cssSelector(".letter-group")).stream().filter(WebElement::isDisplayed)
                    .allMatch(g -> !g.findElements(By.cssSelector("li")).stream().filter(WebElement::isDisplayed).toList().isEmpty())).isTrue();
            assertThat(d.findElement(By.cssSelector(".most-used")).isDisplayed()).isFalse();
        }
        filter.clear();
        filter.sendKeys(" ");
        assertThat(d.findElements(By.cssSelector(".keyword-index li")).stream().filter(WebElement::isDisplayed).count()).isEqualTo(all);
        // English counts in the singular and the plural
        d.get(server.baseUrl() + "en/keywords/");
        d.findElement(By.id("keyword-filter")).sendKeys("long an");
        assertThat(d.findElement(By.id("keyword-filter-status")).getText()).isEqualTo("1 keyword matches");
        // without scripts the box is not offered; the letters still lead to their groups
        ChromeDriver plain = Browser.open(dir, false, false);
        try {
            plain.get(server.baseUrl() + "vi/tu-khoa/");
            assertThat(plain.findElement(By.id("keyword-filter")).isDisplayed()).isFalse();
            plain.findElement(By.cssSelector(".letter-bar a")).click();
            assertThat(plain.getCurrentUrl()).contains("#");
        } finally {
            plain.quit();
        }
    }

    @Test
    void aLongListJumpsByYearAndAMonthLeadsToTheMonthsBesideIt() {
        ChromeDriver d = browser(true);
        // four articles from 2019 to 2023 at two a page
        d.get(server.baseUrl() + "vi/tu-khoa/to-chuc-xay-dung-dang/");
        assertThat(d.findElement(By.cssSelector(".list-count")).getText()).isEqualTo("4 bài viết");
        d.findElement(By.xpath("//nav[@class='year-jump']//a[text()='2019']")).click();
        waitFor(d).until(ExpectedConditions.urlToBe(server.baseUrl() + "vi/tu-khoa/to-chuc-xay-dung-dang/page/2/"));
        assertThat(d.findElements(By.cssSelector(".teaser time")).stream().map(WebElement::getText).toList())
                .anyMatch(date -> date.endsWith("2019"));
        d.get(server.baseUrl() + "vi/2022/01/");
        d.findElement(By.cssSelector(".list-neighbours a[rel=next]")).click();
        waitFor(d).until(ExpectedConditions.urlToBe(server.baseUrl() + "vi/2022/10/"));
        d.findElement(By.cssSelector(".list-neighbours a[rel=prev]")).click();
        waitFor(d).until(ExpectedConditions.urlToBe(server.baseUrl() + "vi/2022/01/"));
        assertThat(server.failures()).isEmpty();
    }

    @Test
    void onAPhoneTheArchiveChartHasABarPerYearLargeEnoughToReadAndTap() {
        ChromeDriver d = browser(true);
        screen(d, 360, 640, true);
        d.get(server.baseUrl() + "vi/luu-tru/");
        assertThat(d.findElement(By.cssSelector(".archive-chart.by-month")).isDisplayed()).isFalse();
        assertThat(d.findElement(By.cssSelector(".archive-chart.by-year")).isDisplayed()).isTrue();
        double label = number(d, "return document.querySelector('.by-year .tick').getBoundingClientRect().height");
        assertThat(label).as("year label height in px").isGreaterThanOrEqualTo(11);
        double bar = number(d, "return document.querySelector('.by-year rect').getBoundingClientRect().width");
        assertThat(bar).as("bar width in px").isGreaterThanOrEqualTo(24);
    }

    @Test
    void pagesDoNotMoveAsTheyLoadAndNoScriptBlocksTheFirstPaint() {
        ChromeDriver d = browser(true);
        screen(d, 390, 844, true);
        d.get(server.baseUrl() + "vi/");
        // a reader who chose a larger text size: the size is there before the first paint, not applied after
        d.executeScript("localStorage.setItem('khotin-text-size', '4')");
        for (String page : List.of("vi/", "en/", "vi/tim-kiem/?q=to%20chuc", "vi/tu-khoa/", "vi/luu-tru/",
                "vi/2023/04/" + NEWEST_VI + "/")) {
            d.get(server.baseUrl() + page);
            waitFor(d).until(x -> "complete".equals(((JavascriptExecutor) x).executeScript("return document.readyState")));
            Object shift = d.executeAsyncScript("var done = arguments[arguments.length - 1], total = 0;"
                    + "new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) {"
                    + " if (!e.hadRecentInput) total += e.value; }); }).observe({type: 'layout-shift', buffered: true});"
                    + "setTimeout(function () { done(total); }, 1500);");
            assertThat(((Number) shift).doubleValue()).as("layout shift on " + page).isLessThan(0.05);
            assertThat(number(d, "return document.querySelectorAll('head script[src]:not([defer]):not([async])').length"))
                    .as("render-blocking scripts on " + page).isZero();
        }
        d.executeScript("localStorage.removeItem('khotin-text-size')");
    }

    @Test
    void axeFindsNoWcagViolationsOnTheMainPagesInBothLanguages() {
        WebDriver d = browser(true);
        List<String> pages = new ArrayList<>(List.of("vi/", "en/", "vi/tu-khoa/", "en/keywords/", "vi/luu-tru/",
                "en/archive/", "vi/chuyen-muc/", "404.html", "no/such/page/", WITH_VIDEO, "vi/tac-gia/", "vi/tac-gia/pham-ngoc/",
                "en/authors/", "vi/loat-bai/", "vi/loat-bai/cong-tac-to-chuc-xay-dung-dang/"));
        d.get(server.baseUrl() + "vi/");
        pages.add(d.findElement(By.cssSelector(".lead-story h2 a")).getAttribute("href").replace(server.baseUrl(), ""));
        d.get(firstArticleWithTranslation(d));
        pages.add(d.getCurrentUrl().replace(server.baseUrl(), ""));
        pages.add(d.findElement(By.cssSelector(".keywords a")).getAttribute("href").replace(server.baseUrl(), ""));
        d.get(server.baseUrl() + "vi/tu-khoa/");
        pages.add(d.findElement(By.cssSelector(".keyword-index a")).getAttribute("href").replace(server.baseUrl(), ""));
        d.get(server.baseUrl() + "vi/luu-tru/");
        pages.add(d.findElement(By.cssSelector(".archive-months a")).getAttribute("href").replace(server.baseUrl(), ""));
        // the series' pages and a part's box are there to be read, not the not-found page in their place
        d.get(server.baseUrl() + "vi/loat-bai/cong-tac-to-chuc-xay-dung-dang/");
        assertThat(d.findElement(By.tagName("h1")).getText()).endsWith("Công tác tổ chức xây dựng Đảng");
        d.get(server.baseUrl() + WITH_VIDEO);
        assertThat(d.findElements(By.cssSelector("nav.series li"))).hasSize(3);
        List<String> violations = new ArrayList<>();
        for (String page : pages) {
            d.get(server.baseUrl() + page);
            Results results = new AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                    .analyze(d);
            for (Rule v : results.getViolations()) {
                violations.add(page + ": " + v.getId() + " [" + v.getImpact() + "] " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
            }
        }
        assertThat(violations).isEmpty();
    }
}
