package org.khotin.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.Fixtures;
import org.khotin.testing.TestSite;

/** The preview, without a browser: what it serves after changes on disk. */
class PreviewSessionTest {
    @TempDir
    Path dir;

    /** Status and body of a page, asked for until the condition holds or 30 s have passed. */
    private static HttpResponse<String> awaitPage(HttpClient client, String url, java.util.function.Predicate<HttpResponse<String>> until)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            if (until.test(page) || Instant.now().isAfter(deadline)) return page;
            Thread.sleep(100);
        }
    }

    @Test
    void anArticleTheWatcherDoesNotReportIsFoundByTheWalkAfterTheNextBuild() throws Exception {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL + "-- shared/vi/2021/01/co-san.md --\n"
                + "---\ntitle: Bài có sẵn\ndate: 2021-01-05\n---\nNội dung.\n");
        java.nio.file.Files.createSymbolicLink(site.root().resolve("content/vi/2021"), Path.of("../../shared/vi/2021"));
        StringWriter log = new StringWriter();
        try (PreviewSession session = site.preview(new PrintWriter(log, true))) {
            session.start();
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + session.port() + "/";

            // The watcher does not look into the folders of a linked folder, but the content walk does: only a
            // walk finds this one.
            site.write("shared/vi/2021/01/an.md", "---\ntitle: Bài khuất\nslug: bai-khuat\ndate: 2021-01-06\n---\nNội dung.\n");
            String path = "content/vi/2020/03/chua-dich.md";
            site.write(path, site.read(path).replace("Nội dung.", "Nội dung đã sửa."));

            HttpResponse<String> hidden = awaitPage(client, base + "vi/2021/01/bai-khuat/", page -> page.statusCode() == 200);
            assertThat(hidden.statusCode()).as(log.toString()).isEqualTo(200);
            assertThat(hidden.body()).contains("Bài khuất");
            assertThat(log.toString()).contains("changed without the watcher saying so; rebuilding");
        }
    }

    /** Started on a broken article, the preview says there is nothing to serve yet; once fixed, the site is there. */
    @Test
    void aPreviewStartedOnAMistakeSaysItHasNoPageUntilItIsFixed() throws Exception {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        String path = "content/vi/2020/03/chua-dich.md";
        String good = site.read(path);
        site.write(path, good.replaceFirst("date: [^\n]+", "date: 2020-13-45"));
        StringWriter log = new StringWriter();
        try (PreviewSession session = site.preview(new PrintWriter(log, true))) {
            session.start();
            assertThat(log.toString()).contains("Build failed; no page to serve until the errors above are fixed")
                    .doesNotContain("still serving the last good build");
            site.write(path, good);
            String base = "http://127.0.0.1:" + session.port() + "/";
            HttpResponse<String> home = awaitPage(HttpClient.newHttpClient(), base + "vi/", page -> page.statusCode() == 200);
            assertThat(home.statusCode()).as(log.toString()).isEqualTo(200);
        }
    }

    /** The preview is a site of its own: a page that is not there leads back into the preview, not to the live site. */
    @Test
    void absoluteLinksLeadWithinThePreview() throws Exception {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        try (PreviewSession session = site.preview(new PrintWriter(new StringWriter(), true))) {
            session.start();
            String base = "http://127.0.0.1:" + session.port() + "/";
            HttpResponse<String> missing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "vi/khong-co/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("href=\"" + base + "vi/\"").contains("action=\"" + base + "vi/tim-kiem/\"")
                    .doesNotContain("example.org");
        }
    }

    @Test
    void aPhotoReplacedWhileThePreviewRunsShowsInItsNewShape() throws Exception {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2024/05/cau.md --
                ---
                title: Cầu mới
                slug: cau
                date: 2024-05-10
                ---
                Khánh thành cầu.

                ![Cầu](cau/anh.jpg "Cây cầu. (Ảnh: Văn Huỳnh)")
                """);
        site.writeBytes("content/vi/2024/05/cau/anh.jpg", jpeg(1200, 600));
        StringWriter log = new StringWriter();
        try (PreviewSession session = site.preview(new PrintWriter(log, true))) {
            session.start();
            HttpClient client = HttpClient.newHttpClient();
            String page = "http://127.0.0.1:" + session.port() + "/vi/2024/05/cau/";
            assertThat(awaitPage(client, page, p -> p.body().contains("height=\"480\"")).body()).as(log.toString())
                    .contains("width=\"960\" height=\"480\"");
            // the editor replaces the photo with an upright one; the Markdown is not touched
            site.writeBytes("content/vi/2024/05/cau/anh.jpg", jpeg(600, 900));
            assertThat(awaitPage(client, page, p -> p.body().contains("height=\"900\"")).body()).as(log.toString())
                    .contains("width=\"600\" height=\"900\"").contains("srcset=\"anh-480.jpg 480w, anh-600.jpg 600w\"");
        }
    }

    private static byte[] jpeg(int width, int height) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
