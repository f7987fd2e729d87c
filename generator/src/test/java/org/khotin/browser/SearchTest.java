package org.khotin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.search.FoldingTable;
import org.khotin.search.SearchQuery;
import org.khotin.search.SearchText;
import org.khotin.testing.Browser;
import org.khotin.testing.StaticServer;
import org.khotin.testing.TestSite;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Searching the archive in a real browser, on a site served under a sub-path ({@code /archive/}), and on the
 * repository's own articles.
 */
class SearchTest {
    @TempDir
    static Path dir;

    static StaticServer server;
    static StaticServer repoServer;
    static Path repoSite;
    ChromeDriver browser;

    private static final String SITE = """
            -- content/vi/2020/01/da-nang.md --
            ---
            title: Thành phố Đà Nẵng tổng kết năm
            date: 2020-01-10T08:00:00+07:00
            keywords: [Đà Nẵng]
            translation_key: da-nang
            ---
            Hội nghị tổng kết công tác năm của thành phố bên sông Hàn.
            -- content/vi/2020/02/hoa-binh.md --
            ---
            title: Hội nghị ở Hoà Bình
            date: 2020-02-10T08:00:00+07:00
            ---
            Tỉnh Hoà Bình triển khai nghị quyết về thủy lợi.
            -- content/vi/2020/03/xay-dung-dang.md --
            ---
            title: Công tác năm 2020
            date: 2020-03-10T08:00:00+07:00
            ---
            Bài viết về công tác xây dựng Đảng trong năm.
            -- content/vi/2020/04/rai-rac.md --
            ---
            title: Trụ sở mới
            date: 2020-04-10T08:00:00+07:00
            ---
            Xây trụ sở mới cho Đảng ủy xã, dựng lại nhà văn hóa.
            -- content/vi/2020/05/dang-trien-khai.md --
            ---
            title: Đang triển khai kế hoạch
            date: 2020-05-10T08:00:00+07:00
            ---
            Kế hoạch đang được triển khai ở các xã.
            -- content/vi/2020/06/dang-vien.md --
            ---
            title: Kết nạp đảng viên mới
            date: 2020-06-10T08:00:00+07:00
            ---
            Ủy viên Ban Thường vụ Đảng ủy dự lễ. Chi bộ kết nạp đảng viên mới.
            -- content/en/2020/01/da-nang.md --
            ---
            title: Da Nang reviews its year
            date: 2020-01-10T08:00:00+07:00
            translation_key: da-nang
            ---
            The city of Đà Nẵng held its annual review.
            """;

    @BeforeAll
    static void buildAndServe() throws Exception {
        Browser.assumeInstalled();
        TestSite site = TestSite.create(dir.resolve("site"), SITE);
        site.build().assertOk();
        server = new StaticServer(site.root().resolve("public"), "/archive/");

        Path repo = TestSite.repoRoot();
        repoSite = Files.createDirectories(dir.resolve("repo"));
        PathUtils.copyDirectory(repo.resolve("content"), repoSite.resolve("content"));
        PathUtils.copyDirectory(repo.resolve("templates"), repoSite.resolve("templates"));
        Files.copy(repo.resolve("site-config.yml"), repoSite.resolve("site-config.yml"));
        TestSite.run("build", "--config", repoSite.resolve("site-config.yml").toString(), "--out",
                repoSite.resolve("public").toString()).assertOk();
        repoServer = new StaticServer(repoSite.resolve("public"), "/");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (repoServer != null) repoServer.close();
    }

    @BeforeEach
    void forgetEarlierFailures() {
        if (server != null) server.clearFailures();
        if (repoServer != null) repoServer.clearFailures();
    }

    @AfterEach
    void quit() {
        if (browser != null) browser.quit();
    }

    private WebDriver open(String page, boolean javascript) {
        return open(server, page, javascript);
    }

    private WebDriver open(StaticServer on, String page, boolean javascript) {
        browser = Browser.open(dir, true, javascript);
        browser.get(on.baseUrl() + page);
        return browser;
    }

    private static WebDriverWait waitFor(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(10));
    }

    /** The titles of the results with the words together on screen, once the status says how many there are. */
    private static List<String> results(WebDriver d) {
        waitFor(d).until(ExpectedConditions.textMatches(By.cssSelector(".search-status"), java.util.regex.Pattern.compile("\\S")));
        waitFor(d).until(x -> x.findElements(By.cssSelector(".search-result")).size() == expectedCount(x));
        return d.findElements(By.cssSelector("#search-results .search-result h2")).stream().map(WebElement::getText).toList();
    }

    /** The titles of the results with the words apart on screen, after {@link #results}. */
    private static List<String> resultsApart(WebDriver d) {
        return d.findElements(By.cssSelector(".search-results-apart .search-result h3")).stream().map(WebElement::getText).toList();
    }

    /** How many results the first page shows: the status counts those with the words together, then apart. */
    private static int expectedCount(WebDriver d) {
        String status = d.findElement(By.cssSelector(".search-status")).getText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)?[^;]*(?:; (\\d+))?").matcher(status);
        if (!m.find()) return 0;
        int together = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        int apart = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return Math.min(10, together + apart);
    }

    private static String queryInUrl(WebDriver d) {
        String url = d.getCurrentUrl();
        int q = url.indexOf("?q=");
        return q < 0 ? "" : URLDecoder.decode(url.substring(q + 3), StandardCharsets.UTF_8);
    }

    @Test
    void anUnaccentedQueryFindsTheAccentedArticleWithTheWordsHighlighted() {
        WebDriver d = open("vi/tim-kiem/?q=hoa%20binh", true);
        assertThat(results(d)).containsExactly("Hội nghị ở Hoà Bình");
        assertThat(d.findElement(By.cssSelector(".search-status")).getText()).isEqualTo("1 kết quả cho “hoa binh”");
        assertThat(d.findElements(By.cssSelector(".search-result h2 mark")).stream().map(WebElement::getText))
                .containsExactly("Hoà", "Bình");
        assertThat(d.findElement(By.cssSelector(".result-snippet")).getText()).contains("Hoà Bình");
        assertThat(d.findElement(By.cssSelector(".result-meta time")).getAttribute("datetime")).isEqualTo("2020-02-10");
        assertThat(d.findElement(By.cssSelector("#search-query")).getAttribute("value")).isEqualTo("hoa binh");
        // the index is read by a worker, so the page itself never stalls on it: no index file was fetched here
        @SuppressWarnings("unchecked")
        List<String> fetchedByThePage = (List<String>) ((JavascriptExecutor) d).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat(fetchedByThePage).anyMatch(url -> url.endsWith("search/vi/manifest.json"))
                .noneMatch(url -> url.contains("search/vi/w/") || url.contains("search/vi/d/"));
        assertThat(server.failures()).isEmpty();
    }

    @Test
    void aPhraseIsMarkedWhereItStandsNotEachOfItsWordsElsewhere() {
        WebDriver d = open("vi/tim-kiem/?q=dang%20vien", true);
        assertThat(results(d)).containsExactly("Kết nạp đảng viên mới");
        // "Ủy viên" and "Đảng ủy" hold the words, apart: only "đảng viên" is the reader's phrase
        assertThat(d.findElements(By.cssSelector(".result-snippet mark")).stream().map(WebElement::getText))
                .containsExactly("đảng", "viên");
        assertThat(d.findElements(By.cssSelector(".search-result h2 mark")).stream().map(WebElement::getText))
                .containsExactly("đảng", "viên");
    }

    @Test
    void twoEnglishWordsApartAreFoundUnderTheirOwnHeading() {
        WebDriver d = open("en/search/?q=city%20annual", true);
        assertThat(results(d)).isEmpty();
        assertThat(resultsApart(d)).containsExactly("Da Nang reviews its year");
    }

    @Test
    void dQueriesFindĐAndTypingPutsTheQueryInTheAddress() {
        WebDriver d = open("vi/tim-kiem/", true);
        d.findElement(By.id("search-query")).sendKeys("da nang");
        assertThat(results(d)).containsExactly("Thành phố Đà Nẵng tổng kết năm");
        waitFor(d).until(x -> queryInUrl(x).equals("da nang"));
        assertThat(d.findElements(By.cssSelector(".result-keywords a")).stream().map(WebElement::getText))
                .containsExactly("Đà Nẵng");
        d.findElement(By.cssSelector(".result-keywords a")).click();
        waitFor(d).until(ExpectedConditions.urlToBe(server.baseUrl() + "vi/tu-khoa/da-nang/"));
        assertThat(server.failures()).isEmpty();
    }

    @Test
    void theLastWordMatchesAsAPrefixWhileTyping() {
        WebDriver d = open("vi/tim-kiem/?q=dang%20vi", true);
        // "vi" completes to "viên" standing next to "đảng"; "viết" stands apart from it, and two words apart
        // are mostly another Vietnamese word
        assertThat(results(d)).containsExactly("Kết nạp đảng viên mới");
        d.get(server.baseUrl() + "vi/tim-kiem/?q=dang%20vi%20");
        waitFor(d).until(ExpectedConditions.textToBe(By.cssSelector(".search-status"), "Không có bài viết nào cho “dang vi”"));
    }

    @Test
    void wordsTypedWithMarksFindOnlyThoseMarksAndWordsApartComeAfterUnderTheirOwnHeading() {
        WebDriver d = open("vi/tim-kiem/?q=" + java.net.URLEncoder.encode("đang", StandardCharsets.UTF_8), true);
        assertThat(results(d)).containsExactly("Đang triển khai kế hoạch");
        assertThat(d.findElements(By.cssSelector(".search-result mark")).stream().map(WebElement::getText))
                .containsOnly("Đang", "đang");
        d.get(server.baseUrl() + "vi/tim-kiem/?q=xay%20dung%20dang");
        assertThat(results(d)).containsExactly("Công tác năm 2020");
        assertThat(resultsApart(d)).containsExactly("Trụ sở mới");
        assertThat(d.findElement(By.cssSelector(".search-status")).getText())
                .isEqualTo("1 kết quả cho “xay dung dang”; 1 bài có đủ các từ nhưng không liền nhau");
        assertThat(d.findElement(By.cssSelector("h2.search-apart")).getText())
                .isEqualTo("1 bài có đủ các từ nhưng không liền nhau");
        // with nothing apart, no heading
        d.get(server.baseUrl() + "vi/tim-kiem/?q=dang%20vien");
        assertThat(results(d)).containsExactly("Kết nạp đảng viên mới");
        assertThat(d.findElement(By.cssSelector("h2.search-apart")).isDisplayed()).isFalse();
    }

    @Test
    void onTheRepositorysArticlesĐàNẵngIsNowhereAndTheTitleHoldingTheWholeQueryComesFirst() {
        WebDriver d = open(repoServer, "vi/tim-kiem/?q=" + java.net.URLEncoder.encode("Đà Nẵng", StandardCharsets.UTF_8), true);
        waitFor(d).until(ExpectedConditions.textToBe(By.cssSelector(".search-status"), "Không có bài viết nào cho “Đà Nẵng”"));
        assertThat(d.findElements(By.cssSelector(".search-result"))).isEmpty();
        d.get(repoServer.baseUrl() + "vi/tim-kiem/?q=da%20nang");
        waitFor(d).until(ExpectedConditions.textToBe(By.cssSelector(".search-status"), "Không có bài viết nào cho “da nang”"));
        assertThat(d.findElements(By.cssSelector(".search-result"))).isEmpty();
        d.get(repoServer.baseUrl() + "vi/tim-kiem/?q=can%20bo%20tre%20can%20bo%20nu");
        assertThat(results(d)).first().isEqualTo("Cần chú trọng phát hiện, đào tạo, quy hoạch, bố trí cán bộ trẻ, cán bộ nữ");
        assertThat(repoServer.failures()).isEmpty();
    }

    /** Queries that exercise every rule: marks, mixed, phrase and apart, prefixes, repeated words. */
    private static final List<String> QUERIES = List.of("da nang", "Đà Nẵng", "Đà nang", "đà nẵ", "dang vien", "đảng viên",
            "dang vi", "đang", "dang", "xay dung dang", "xay dung dang ", "trien khai", "hoa binh", "Hoà Bình", "hòa",
            "can bo tre can bo nu", "can bo", "to chuc xay dung dang", "cong tac", "ke hoach dang", "nghi quyet",
            "zzz", "a", "2020", "Đảng ủy", "tong ket cong tac", "8.600", "8600", "2.000", "nu tre", "uy vien dang", "18-NQ/TW", "tỉnh ủy\u00A0Long An");

    /** English queries, whose index lists two words apart. */
    private static final List<String> ENGLISH_QUERIES = List.of("Party 2018", "party members", "8,600", "young training",
            "city annual", "review", "3.5", "3 5", "party party");

    @Test
    void theScriptAnswersEveryQueryAsSearchQueryDoes() {
        for (StaticServer on : List.of(server, repoServer)) {
            for (String lang : List.of("vi", "en")) {
                answersAgree(on, lang, lang.equals("vi") ? QUERIES : ENGLISH_QUERIES);
            }
        }
        browser = null;
    }

    private void answersAgree(StaticServer on, String lang, List<String> queries) {
        Path index = (on == server ? dir.resolve("site") : repoSite).resolve("public/search/" + lang);
        WebDriver d = open(on, lang.equals("vi") ? "vi/tim-kiem/" : "en/search/", true);
        for (String query : queries) {
            @SuppressWarnings("unchecked")
            Map<String, List<Long>> js = (Map<String, List<Long>>) ((JavascriptExecutor) d).executeAsyncScript(
                    "var done = arguments[arguments.length - 1]; window.khotinSearch.search(arguments[0]).then(done);", query);
            SearchQuery.Answer java = SearchQuery.answer(query, path -> {
                try {
                    return Files.readAllBytes(index.resolve(path));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(js.get("together").stream().map(Long::intValue).toList()).as(query).isEqualTo(java.together());
            assertThat(js.get("apart").stream().map(Long::intValue).toList()).as(query).isEqualTo(java.apart());
        }
        browser.quit();
        browser = null;
    }

    @Test
    void theResultsSurviveFollowingOneAndComingBack() {
        WebDriver d = open("vi/", true);
        Browser.openMenu(d);
        d.findElement(By.id("site-search-query")).sendKeys("tong ket", Keys.ENTER);
        waitFor(d).until(ExpectedConditions.urlContains("tim-kiem"));
        assertThat(results(d)).containsExactly("Thành phố Đà Nẵng tổng kết năm");
        WebElement input = d.findElement(By.id("search-query"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "trien khai", Keys.ENTER);
        waitFor(d).until(x -> queryInUrl(x).equals("trien khai"));
        assertThat(results(d)).containsExactly("Đang triển khai kế hoạch", "Hội nghị ở Hoà Bình");
        d.findElement(By.cssSelector(".search-result h2 a")).click();
        waitFor(d).until(ExpectedConditions.textToBe(By.tagName("h1"), "Đang triển khai kế hoạch"));
        d.navigate().back();
        waitFor(d).until(x -> queryInUrl(x).equals("trien khai"));
        assertThat(results(d)).containsExactly("Đang triển khai kế hoạch", "Hội nghị ở Hoà Bình");
        d.navigate().back();
        waitFor(d).until(x -> queryInUrl(x).equals("tong ket"));
        assertThat(results(d)).containsExactly("Thành phố Đà Nẵng tổng kết năm");
        assertThat(d.findElement(By.id("search-query")).getAttribute("value")).isEqualTo("tong ket");
        assertThat(server.failures()).isEmpty();
    }

    @Test
    void theArrowKeysMoveBetweenTheSearchBoxAndTheResults() {
        WebDriver d = open("vi/tim-kiem/?q=trien%20khai", true);
        List<String> titles = results(d);
        WebElement input = d.findElement(By.id("search-query"));
        input.click();
        input.sendKeys(Keys.ARROW_DOWN);
        assertThat(d.switchTo().activeElement().getText()).isEqualTo(titles.get(0));
        d.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertThat(d.switchTo().activeElement().getText()).isEqualTo(titles.get(1));
        d.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        d.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("search-query");
        input.sendKeys(Keys.ARROW_DOWN);
        d.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitFor(d).until(ExpectedConditions.textToBe(By.tagName("h1"), titles.get(0)));
    }

    @Test
    void theScriptReadsTextExactlyAsTheIndexDoes() {
        WebDriver d = open("vi/tim-kiem/", true);
        List<String> strings = FoldingTable.strings();
        @SuppressWarnings("unchecked")
        List<List<List<String>>> js = (List<List<List<String>>>) ((JavascriptExecutor) d).executeScript("""
                var s = window.khotinSearch;
                return arguments[0].map(function (t) {
                  var ws = s.words(t);
                  var marks = ws.map(s.exact).map(s.marks);
                  return [ws, ws.map(s.fold), ws.map(s.exact), marks.map(function (m) { return m.letters; }),
                      marks.map(function (m) { return m.tones; })];
                });""", strings);
        for (int i = 0; i < strings.size(); i++) {
            List<String> words = SearchText.words(strings.get(i));
            List<SearchText.Marks> marks = words.stream().map(SearchText::exact).map(SearchText::marks).toList();
            assertThat(js.get(i)).as(strings.get(i)).containsExactly(words,
                    words.stream().map(SearchText::folded).toList(), words.stream().map(SearchText::exact).toList(),
                    marks.stream().map(SearchText.Marks::letters).toList(), marks.stream().map(SearchText.Marks::tones).toList());
        }
    }

    @Test
    void theEnglishPageSearchesEnglishArticlesAndCarriesAQueryOverToVietnamese() {
        WebDriver d = open("en/search/?q=da%20nang", true);
        assertThat(results(d)).containsExactly("Da Nang reviews its year");
        assertThat(d.findElement(By.cssSelector(".search-status")).getText()).isEqualTo("1 result for “da nang”");
        // Vietnamese articles without a translation are not in the English index: one link carries the query over
        d.get(server.baseUrl() + "en/search/?q=hoa%20binh");
        assertThat(results(d)).isEmpty();
        d.findElement(By.id("search-other")).click();
        waitFor(d).until(ExpectedConditions.urlContains("vi/tim-kiem/"));
        assertThat(results(d)).containsExactly("Hội nghị ở Hoà Bình");
        assertThat(d.findElement(By.id("search-query")).getAttribute("value")).isEqualTo("hoa binh");
        d.get(server.baseUrl() + "en/search/?q=zzz");
        waitFor(d).until(ExpectedConditions.textToBe(By.cssSelector(".search-status"), "No articles match “zzz”"));
    }

    @Test
    void withoutJavaScriptTheSearchBoxLeadsToTheKeywordIndex() {
        WebDriver d = open("vi/", false);
        Browser.openMenu(d);
        d.findElement(By.id("site-search-query")).sendKeys("da nang", Keys.ENTER);
        waitFor(d).until(ExpectedConditions.urlContains("tim-kiem"));
        d.findElement(By.cssSelector(".search-alternatives")).findElement(By.linkText("Từ khóa")).click();
        waitFor(d).until(ExpectedConditions.urlToBe(server.baseUrl() + "vi/tu-khoa/"));
        assertThat(server.failures()).isEmpty();
    }

    @Test
    void searchPagesWithResultsHaveNoWcagViolationsAndMakeNoExternalRequests() {
        WebDriver d = open("vi/tim-kiem/?q=nghi", true);
        List<String> violations = new ArrayList<>();
        for (String page : List.of("vi/tim-kiem/?q=nghi", "en/search/?q=review", "vi/tim-kiem/")) {
            d.get(server.baseUrl() + page);
            if (page.contains("?q=")) results(d);
            Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(d);
            for (Rule v : axe.getViolations()) {
                violations.add(page + ": " + v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", ")));
            }
            @SuppressWarnings("unchecked")
            List<String> resources = (List<String>) ((JavascriptExecutor) d).executeScript(
                    "return performance.getEntriesByType('resource').map(function (r) { return r.name; });");
            assertThat(resources).as(page).allMatch(url -> url.startsWith(server.baseUrl()));
        }
        assertThat(violations).isEmpty();
        assertThat(server.failures()).isEmpty();
    }
}
