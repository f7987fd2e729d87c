package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.HtmlValidator;
import org.khotin.testing.TestSite;

/** Photos beside an article: shown as captioned figures in sizes the build makes, once. */
class PhotosTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- content/vi/2024/05/le-khanh-thanh.md --
            ---
            title: Lễ khánh thành cầu mới
            date: 2024-05-10T08:00:00+07:00
            summary: Cây cầu nối hai xã.
            ---
            Sáng nay, cây cầu được khánh thành.

            ![Cầu mới bắc qua sông](le-khanh-thanh/cau-moi.jpg "Cây cầu sau lễ khánh thành. (Ảnh: Văn Huỳnh)")

            Người dân đi qua cầu.

            ![Sơ đồ tuyến đường](le-khanh-thanh/so-do.png "Sơ đồ tuyến đường")
            """;

    private TestSite siteWithPhotos() throws IOException {
        TestSite site = TestSite.create(dir, SITE);
        site.writeBytes("content/vi/2024/05/le-khanh-thanh/cau-moi.jpg", jpeg(2000, 1000));
        site.writeBytes("content/vi/2024/05/le-khanh-thanh/so-do.png", png(600, 300));
        return site;
    }

    @Test
    void aPhotoWithATitleIsAFigureWithItsCaptionCreditAndSizes() throws Exception {
        TestSite site = siteWithPhotos();
        site.build().assertOk();

        String page = "public/vi/2024/05/le-khanh-thanh-cau-moi/index.html";
        Document doc = Jsoup.parse(site.read(page));
        Element figure = doc.selectFirst(".article-body figure");
        assertThat(figure).isNotNull();
        assertThat(figure.selectFirst("figcaption").ownText()).isEqualTo("Cây cầu sau lễ khánh thành.");
        assertThat(figure.selectFirst("figcaption .credit").text()).isEqualTo("Ảnh: Văn Huỳnh");
        Element img = figure.selectFirst("img");
        assertThat(img.attr("alt")).isEqualTo("Cầu mới bắc qua sông");
        assertThat(img.attr("src")).isEqualTo("cau-moi-960.jpg");
        assertThat(img.attr("srcset")).isEqualTo("cau-moi-480.jpg 480w, cau-moi-960.jpg 960w, cau-moi-1600.jpg 1600w");
        assertThat(img.attr("sizes")).isNotEmpty();
        assertThat(img.attr("width")).isEqualTo("960");
        assertThat(img.attr("height")).isEqualTo("480");
        assertThat(img.hasAttr("loading")).as("the first photo is on the first screen").isFalse();

        // each size is there, at its width
        for (int width : new int[] {480, 960, 1600}) {
            BufferedImage copy = ImageIO.read(dir.resolve("public/vi/2024/05/le-khanh-thanh-cau-moi/cau-moi-" + width + ".jpg").toFile());
            assertThat(copy.getWidth()).isEqualTo(width);
            assertThat(copy.getHeight()).isEqualTo(width / 2);
        }
        // a drawing narrower than the largest size is offered up to its own width, still a PNG, and loads lazily
        Element second = doc.select(".article-body figure img").get(1);
        assertThat(second.attr("srcset")).isEqualTo("so-do-480.png 480w, so-do-600.png 600w");
        assertThat(second.attr("loading")).isEqualTo("lazy");
        assertThat(ImageIO.read(dir.resolve("public/vi/2024/05/le-khanh-thanh-cau-moi/so-do-600.png").toFile()).getWidth()).isEqualTo(600);

        // the first photo is what a shared link shows
        assertThat(doc.selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("https://example.org/archive/vi/2024/05/le-khanh-thanh-cau-moi/cau-moi-1600.jpg");
        assertThat(doc.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(doc.selectFirst("script[type=application/ld+json]").data())
                .contains("\"image\":[\"https://example.org/archive/vi/2024/05/le-khanh-thanh-cau-moi/cau-moi-1600.jpg\"]");
        // a feed reader resolves the photos against the article's address
        assertThat(site.read("public/vi/feed.xml"))
                .contains("xml:base=\"https://example.org/archive/vi/2024/05/le-khanh-thanh-cau-moi/\"")
                .contains("cau-moi-960.jpg");

        assertThat(new HtmlValidator().errors(dir.resolve(page))).isEmpty();
    }

    @Test
    void photosAreMadeOnceAndTheSameEveryTime() throws Exception {
        TestSite site = siteWithPhotos();
        site.build().assertOk();
        byte[] first = Files.readAllBytes(dir.resolve("public/vi/2024/05/le-khanh-thanh-cau-moi/cau-moi-480.jpg"));

        // a second build in a fresh folder, without the cache, makes the same bytes
        Path cache = dir.resolve(".khotin-cache/photos");
        List<Path> kept;
        try (Stream<Path> files = Files.list(cache)) {
            kept = files.sorted().toList();
        }
        assertThat(kept).hasSize(5); // 3 sizes of the photo, 2 of the drawing
        for (Path p : kept) Files.delete(p);
        site.build("--out", dir.resolve("again").toString()).assertOk();
        assertThat(Files.readAllBytes(dir.resolve("again/vi/2024/05/le-khanh-thanh-cau-moi/cau-moi-480.jpg"))).isEqualTo(first);

        // a kept copy is taken as it is: the photo is not scaled again while its bytes are unchanged
        Path kept480;
        try (Stream<Path> files = Files.list(cache)) {
            kept480 = files.filter(p -> p.getFileName().toString().endsWith("-480.jpg")).findFirst().orElseThrow();
        }
        byte[] marked = jpeg(480, 240);
        Files.write(kept480, marked);
        site.build("--out", dir.resolve("third").toString()).assertOk();
        assertThat(Files.readAllBytes(dir.resolve("third/vi/2024/05/le-khanh-thanh-cau-moi/cau-moi-480.jpg"))).isEqualTo(marked);

        // another photo under the same name is scaled anew
        site.writeBytes("content/vi/2024/05/le-khanh-thanh/cau-moi.jpg", jpeg(1200, 600));
        site.build("--out", dir.resolve("fourth").toString()).assertOk();
        assertThat(Files.readAllBytes(dir.resolve("fourth/vi/2024/05/le-khanh-thanh-cau-moi/cau-moi-480.jpg"))).isNotEqualTo(marked);
        assertThat(Jsoup.parse(site.read("fourth/vi/2024/05/le-khanh-thanh-cau-moi/index.html")).selectFirst("figure img").attr("srcset"))
                .isEqualTo("cau-moi-480.jpg 480w, cau-moi-960.jpg 960w, cau-moi-1200.jpg 1200w");
    }

    @Test
    void aMissingPhotoStopsTheBuildAtItsPlaceAndKeepsThePreviousSite() throws Exception {
        TestSite site = siteWithPhotos();
        site.build().assertOk();
        byte[] before = Files.readAllBytes(dir.resolve("public/vi/2024/05/le-khanh-thanh-cau-moi/index.html"));
        site.delete("content/vi/2024/05/le-khanh-thanh/so-do.png");

        TestSite.Run run = site.build();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("content/vi/2024/05/le-khanh-thanh.md:12:1: error: photo 'le-khanh-thanh/so-do.png' is not there");
        assertThat(Files.readAllBytes(dir.resolve("public/vi/2024/05/le-khanh-thanh-cau-moi/index.html"))).isEqualTo(before);
    }

    @Test
    void aPhotoWhoseFileNameHasASpaceIsWrittenWithPercentTwenty() throws Exception {
        TestSite site = siteWithPhotos();
        site.writeBytes("content/vi/2024/05/le-khanh-thanh/anh cau.jpg", jpeg(1000, 500));
        String text = site.read("content/vi/2024/05/le-khanh-thanh.md");
        site.write("content/vi/2024/05/le-khanh-thanh.md", text + "\nMột ![Người dân qua cầu](<le-khanh-thanh/anh cau.jpg>) nữa.\n");
        TestSite.Run run = site.build();
        // in angle brackets, as CommonMark allows and flexmark does not read: an error at its place, not a stray tag
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("content/vi/2024/05/le-khanh-thanh.md:14:26: error: address 'le-khanh-thanh/anh cau.jpg' holds a space")
                .contains("hint: write each space as %20 (le-khanh-thanh/anh%20cau.jpg)");
        site.write("content/vi/2024/05/le-khanh-thanh.md", text + "\n![Người dân qua cầu](le-khanh-thanh/anh%20cau.jpg)\n");
        site.build().assertOk();
        Document doc = Jsoup.parse(site.read("public/vi/2024/05/le-khanh-thanh-cau-moi/index.html"));
        assertThat(doc.select(".article-body img").eachAttr("alt")).contains("Người dân qua cầu");
        assertThat(site.files("public/vi/2024/05/le-khanh-thanh-cau-moi")).contains("anh-cau-960.jpg");
    }

    @Test
    void onePhotoWrittenTwoWaysIsMadeOnce() throws Exception {
        TestSite site = siteWithPhotos();
        site.write("content/vi/2024/05/le-khanh-thanh.md", site.read("content/vi/2024/05/le-khanh-thanh.md")
                + "\n![Cầu mới, nhìn lại](./le-khanh-thanh/cau-moi.jpg)\n");
        site.build().assertOk();
        assertThat(site.files("public/vi/2024/05/le-khanh-thanh-cau-moi")).noneMatch(f -> f.startsWith("cau-moi-2"));
        assertThat(Jsoup.parse(site.read("public/vi/2024/05/le-khanh-thanh-cau-moi/index.html")).select(".article-body img")
                .eachAttr("src")).containsExactly("cau-moi-960.jpg", "so-do-600.png", "cau-moi-960.jpg");
    }

    @Test
    void aPhoneCamerasTurnIsApplied() throws Exception {
        TestSite site = TestSite.create(dir, SITE.replace("\n![Sơ đồ tuyến đường](le-khanh-thanh/so-do.png \"Sơ đồ tuyến đường\")\n", ""));
        // stored lying on its side (200 × 100, left half red), with EXIF saying "turn a quarter right"
        site.writeBytes("content/vi/2024/05/le-khanh-thanh/cau-moi.jpg", withOrientation(halfRed(200, 100), 6));
        site.build().assertOk();

        Element img = Jsoup.parse(site.read("public/vi/2024/05/le-khanh-thanh-cau-moi/index.html")).selectFirst("figure img");
        assertThat(img.attr("width")).isEqualTo("100");
        assertThat(img.attr("height")).isEqualTo("200");
        BufferedImage shown = ImageIO.read(dir.resolve("public/vi/2024/05/le-khanh-thanh-cau-moi/cau-moi-100.jpg").toFile());
        assertThat(shown.getWidth()).isEqualTo(100);
        assertThat(shown.getHeight()).isEqualTo(200);
        // turned a quarter right, the stored left half is the top half
        assertThat(new Color(shown.getRGB(50, 20)).getRed()).isGreaterThan(200);
        assertThat(new Color(shown.getRGB(50, 180)).getRed()).isLessThan(60);
    }

    @Test
    void checkReportsPhotosWithoutAltTextAndOversizedOriginals() throws Exception {
        TestSite site = TestSite.create(dir, SITE.replace("![Sơ đồ tuyến đường]", "![]"));
        site.writeBytes("content/vi/2024/05/le-khanh-thanh/cau-moi.jpg", jpeg(2000, 1000));
        site.writeBytes("content/vi/2024/05/le-khanh-thanh/so-do.png", png(5200, 20));

        TestSite.Run run = TestSite.run("check", "--quiet", "--config", dir.resolve("site-config.yml").toString());

        assertThat(run.err())
                .contains("content/vi/2024/05/le-khanh-thanh.md:12:1: warning: photo 'le-khanh-thanh/so-do.png' has no alt text")
                .contains("content/vi/2024/05/le-khanh-thanh.md:12:1: warning: photo 'le-khanh-thanh/so-do.png' is a large original")
                .doesNotContain("cau-moi.jpg' has no alt text");
        assertThat(run.exitCode()).as("warnings only").isZero();

        // a photo that is not there fails the check, at its place
        Files.delete(dir.resolve("content/vi/2024/05/le-khanh-thanh/cau-moi.jpg"));
        TestSite.Run missing = TestSite.run("check", "--quiet", "--config", dir.resolve("site-config.yml").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("content/vi/2024/05/le-khanh-thanh.md:8:1: error: photo 'le-khanh-thanh/cau-moi.jpg' is not there");
    }

    static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int x = 0; x < width; x += 40) {
            g.setColor(new Color((x * 7) % 256, (x * 3) % 256, 120));
            g.fillRect(x, 0, 40, height);
        }
        g.setColor(Color.WHITE);
        g.drawOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return encode(image, "jpeg");
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 90, 160));
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        return encode(image, "png");
    }

    private static BufferedImage halfRed(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A JPEG with an EXIF segment that gives only its orientation, as a phone camera writes it. */
    private static byte[] withOrientation(BufferedImage image, int orientation) throws IOException {
        byte[] jpeg = encode(image, "jpeg");
        ByteArrayOutputStream exif = new ByteArrayOutputStream();
        exif.write("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        exif.write(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8}); // big-endian TIFF header, first directory at 8
        exif.write(new byte[] {0, 1}); // one entry
        exif.write(new byte[] {0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0}); // Orientation, SHORT, 1
        exif.write(new byte[] {0, 0, 0, 0}); // no next directory
        byte[] segment = exif.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((segment.length + 2) >> 8), (byte) (segment.length + 2)});
        out.write(segment);
        out.write(jpeg, 2, jpeg.length - 2);
        assertThat(ImageIO.read(new ByteArrayInputStream(out.toByteArray()))).isNotNull();
        return out.toByteArray();
    }
}
