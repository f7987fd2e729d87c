package org.khotin.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.search.SearchText;
import org.khotin.serve.PreviewSession;
import org.khotin.testing.Fixtures;
import org.khotin.testing.HostileLinkServer;
import org.khotin.testing.TestSite;

/**
 * Attacks on the Markdown stage, {@code check} and the search index (issue 17: items 3, 4, 6 and 10): each
 * ends in a positioned error with a hint and exit 1, or in correct output; none in a stack trace or a hang.
 */
class MarkdownAndCheckAttackTest {
    @TempDir
    Path dir;

    private static String article(String title, int day, String body) {
        return "---\ntitle: " + title + "\ndate: 2024-01-0" + day + "T10:00:00+07:00\n---\nĐoạn đầu.\n\n" + body;
    }

    private static String nestedLists(int levels) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < levels; i++) s.append("  ".repeat(i)).append("- mục\n");
        return s.toString();
    }

    @Test
    void deeplyNestedMarkdownIsAPositionedErrorNotAStackOverflow() {
        TestSite site = TestSite.create(dir, "");
        site.write("content/vi/2024/01/sao.md", article("Dòng sao", 1, "*".repeat(2000) + "\n\nHết.\n"));
        site.write("content/vi/2024/01/gach.md", article("Dòng gạch", 2, "Chữ " + "_".repeat(2000) + " chữ\n"));
        site.write("content/vi/2024/01/nhan.md", article("Nhấn lồng", 3, "Chữ " + "*".repeat(2000) + "lõi" + "*".repeat(2000) + "\n"));
        site.write("content/vi/2024/01/trich.md", article("Trích lồng", 4, "Câu.\n" + ">".repeat(1000) + " sâu\n"));
        site.write("content/vi/2024/01/danh-sach.md", article("Danh sách lồng", 5, nestedLists(1000)));
        site.write("content/vi/2024/01/ca-hai.md", article("Cả hai", 6, "> - ".repeat(600) + "sâu\n"));
        // flexmark reads an HTML tag with a regular expression that recurses once per attribute
        site.write("content/vi/2024/01/the.md", article("Thẻ dài", 7, "Câu.\n\nCâu.\n\n<span" + " a".repeat(100_000) + ">x</span>\n"));

        TestSite.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> site.build());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        String hint = "  hint: block quotes, lists, emphasis and links may sit at most 32 levels inside one another (each '>',"
                + " list marker, '*' or '_' pair and '[' opens one): flatten this part";
        String error = ": error: Markdown nested more than 32 levels deep\n" + hint;
        assertThat(run.err().replace("\r\n", "\n"))
                .contains("content/vi/2024/01/nhan.md:7:5" + error)
                .contains("content/vi/2024/01/trich.md:8:1" + error)
                .contains("content/vi/2024/01/danh-sach.md:7:1" + error)
                .contains("content/vi/2024/01/ca-hai.md:7:1" + error)
                .contains("content/vi/2024/01/the.md:11: error: this part of the Markdown body is nested too deeply or too long"
                        + " to render\n  hint: look for a long run of '>', list markers, '*', '_', '~' or brackets, or a very long"
                        + " HTML tag, link title or e-mail address")
                .doesNotContain("sao.md").doesNotContain("gach.md")
                .doesNotContain("StackOverflowError").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(site.exists("public")).isFalse();

        // Lines of 2,000 '*' or '_' on their own are rules, within a word literal text: both build.
        for (String slug : List.of("nhan", "trich", "danh-sach", "ca-hai", "the")) site.delete("content/vi/2024/01/" + slug + ".md");
        site.build().assertOk();
        assertThat(site.read("public/vi/2024/01/dong-sao/index.html")).contains("<hr>");
        assertThat(site.read("public/vi/2024/01/dong-gach/index.html")).contains("Chữ " + "_".repeat(2000) + " chữ");
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDeeplyNestedSaveShowsOverThePreviewWhileTheLastGoodPageStays() throws Exception {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        StringWriter log = new StringWriter();
        try (PreviewSession session = site.preview(new PrintWriter(log, true))) {
            session.start();
            String base = "http://127.0.0.1:" + session.port() + "/";
            HttpClient client = HttpClient.newHttpClient();
            InputStream events = client.send(HttpRequest.newBuilder(URI.create(base + "__khotin/events")).build(),
                    HttpResponse.BodyHandlers.ofInputStream()).body();
            BufferedReader lines = new BufferedReader(new InputStreamReader(events, StandardCharsets.UTF_8));

            String path = "content/vi/2020/03/chua-dich.md";
            site.write(path, site.read(path).replace("Nội dung.", "Nội dung.\n\n" + ">".repeat(1000) + " sâu"));

            String errors = null;
            for (String line = lines.readLine(); line != null && errors == null; line = lines.readLine()) {
                if (line.equals("event: errors")) errors = lines.readLine();
            }
            assertThat(errors).as(log.toString()).isNotNull();
            List<String> shown = Arrays.asList(new ObjectMapper().readValue(errors.substring("data: ".length()), String[].class));
            assertThat(shown).containsExactly("content/vi/2020/03/chua-dich.md:8:1: error: Markdown nested more than 32 levels deep"
                    + System.lineSeparator() + "  hint: block quotes, lists, emphasis and links may sit at most 32 levels inside"
                    + " one another (each '>', list marker, '*' or '_' pair and '[' opens one): flatten this part");
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "vi/2020/03/bai-chua-dich/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Nội dung.");
            assertThat(log.toString()).doesNotContain("StackOverflowError");
            events.close();
        }
    }

    @Test
    void checkReportsAFeedThatIsNotWellFormedXml() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        // a theme that writes a control character (U+000B, as text pasted from Word brings) into every feed
        String feed = site.read("templates/atom.ftlx");
        site.write("templates/atom.ftlx", feed.replace("<generator>${feed.generator}</generator>", "<generator>${feed.generator}\u000B</generator>"));
        TestSite.Run run = TestSite.run("check", "--quiet", "--config", site.root().resolve("site-config.yml").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("public/vi/feed\\.xml:\\d+:\\d+: error: not well-formed XML: .*0xb")
                .containsPattern("public/en/feed\\.xml:\\d+:\\d+: error: not well-formed XML: ")
                .contains("  hint: feed readers and search engines reject the whole file")
                .doesNotContain("sitemap.xml:");
    }

    @Test
    void checkExternalKeepsToOneDeadlinePerLinkAndReportsWhereRedirectsGo() {
        try (HostileLinkServer server = new HostileLinkServer()) {
            TestSite site = TestSite.create(dir, "-- content/vi/2020/01/a.md --\n---\ntitle: Bài A\ndate: 2020-01-02\n---\n"
                    + List.of("/ok", "/loop-a", "/to-file", "/to-javascript", "/head-refused-body-stalls", "/head-refused-headers-stall")
                    .stream().map(p -> "[" + p + "](" + server.url(p) + ")").collect(Collectors.joining(", ")) + "\n");
            site.keepShareLinksOffline();
            String config = site.root().resolve("site-config.yml").toString();

            // by default nothing on this machine or its network is asked
            TestSite.Run refused = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> TestSite.run("check", "--quiet", "--external", "--config", config));
            assertThat(refused.exitCode()).as(refused.err()).isZero();
            assertThat(refused.err()).contains(server.url("/ok")
                    + ": warning: external link not requested: its host has a private address (127.0.0.1)");
            assertThat(server.requests()).isEmpty();

            long start = System.nanoTime();
            TestSite.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> TestSite.run("check", "--quiet", "--external", "--allow-private", "--timeout", "2", "--config", config));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err())
                    .contains(server.url("/loop-a") + ": error: external link failed: redirect loop: ")
                    .contains(server.url("/to-file") + ": error: external link failed: redirects to a non-HTTP(S) address: file:///etc/passwd")
                    .contains(server.url("/to-javascript") + ": error: external link failed: redirects to a non-HTTP(S) address: javascript:alert(1)")
                    .contains(server.url("/head-refused-headers-stall") + ": error: external link failed: no answer within 2 s")
                    .doesNotContain(server.url("/ok:")).doesNotContain(server.url("/head-refused-body-stalls:"))
                    .containsPattern("Checked \\d+ pages, \\d+ internal links, 6 external links: 4 errors");
        }
    }

    @Test
    void theSearchIndexHoldsOnlyTextAReaderSees() throws Exception {
        TestSite site = TestSite.create(dir, "-- content/vi/2024/01/an.md --\n" + article("Bài có mã", 1, """
                Chữ hiển thị ở đầu <script>var secretkey = "matkhau";</script> rồi tiếp.

                <script>
                var secretblock = 1;

                secretafterblank();
                </script>

                <style>.bimatkieu { color: red }</style>

                <!-- ghichuan -->

                <iframe src="x.html">khungan</iframe>

                <noscript>vanthay</noscript> cuối bài.

                Đoạn cuối <SCRIPT type="module">secretcase()</SCRIPT > hết.
                """));
        site.build().assertOk();
        Map<String, byte[]> search = site.snapshot("public/search");
        assertThat(search).isNotEmpty();
        String index = search.entrySet().stream().map(e -> org.khotin.testing.SearchFiles.text(e.getKey(), e.getValue()))
                .collect(Collectors.joining("\n"));
        for (String hidden : List.of("secret", "matkhau", "bimat", "ghichu", "khungan")) {
            assertThat(index).as(hidden).doesNotContain(hidden);
        }
        assertThat(index).contains("hien thi").contains("vanthay").contains("cuoi bai").contains("het");

        // every word of the result file's text is a word of the page as a reader sees it
        String page = Jsoup.parse(site.read("public/vi/2024/01/bai-co-ma/index.html")).select("main").text();
        Set<String> seen = new HashSet<>(SearchText.words(page));
        String text = org.khotin.testing.SearchFiles.document(path -> search.get("vi/" + path), 0).get("text").asText();
        assertThat(SearchText.words(text)).contains("hiển", "vanthay", "hết").allMatch(seen::contains);
    }
}
