package org.khotin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.TestSite;

/** A saved page's photos come from its {@code _files} folder into the article's, captions and credits with them. */
class ImportPhotosTest {
    @TempDir
    Path dir;

    /** A page as a browser saves it: images in "Trang tin_files/", one only on the web, one an icon. */
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8">
            <meta property="og:title" content="Khánh thành cầu Phú Mỹ Hưng nối hai bờ sông">
            <meta property="article:published_time" content="2024-05-10T08:00:00+07:00">
            </head><body>
            <article>
            <h1>Khánh thành cầu Phú Mỹ Hưng nối hai bờ sông</h1>
            <p>Sáng 10/5, UBND tỉnh tổ chức lễ khánh thành cầu Phú Mỹ Hưng bắc qua sông Đào, nối liền hai xã ven sông.</p>
            <figure><img src="Trang%20tin_files/C%E1%BA%A7u%20m%E1%BB%9Bi.jpg" alt="Cầu Phú Mỹ Hưng nhìn từ trên cao">
            <figcaption>Cầu Phú Mỹ Hưng sau lễ khánh thành. (Ảnh: Văn Huỳnh)</figcaption></figure>
            <p>Cây cầu dài 320 mét, rộng 12 mét, được xây dựng trong hai năm với tổng vốn đầu tư hơn 200 tỷ đồng.</p>
            <table class="image"><tr><td><img src="https://cdn.example.vn/anh-dem.jpg"></td></tr>
            <tr><td class="image_desc">Cầu về đêm. Ảnh: TTXVN</td></tr></table>
            <p>Người dân hai xã không còn phải đi đò qua sông như trước, thời gian đi lại rút ngắn còn năm phút.</p>
            <figure><img src="Trang%20tin_files/blank.gif" data-src="Trang%20tin_files/nguoi-dan.jpg" alt="Người dân đi qua cầu">
            <figcaption>Người dân qua cầu mới. Ảnh: Văn Huỳnh</figcaption></figure>
            <p><img src="Trang%20tin_files/icon-share.png" width="16" height="16"> Chia sẻ</p>
            </article></body></html>
            """;

    @Test
    void photosAreCopiedBesideTheArticleAndTheBuildShowsThem() throws IOException {
        TestSite site = TestSite.create(dir, "");
        Path page = dir.resolve("saved/Trang tin.html");
        Files.createDirectories(page.getParent().resolve("Trang tin_files"));
        Files.writeString(page, PAGE);
        byte[] photo = jpeg(1200, 800);
        Files.write(page.getParent().resolve("Trang tin_files/Cầu mới.jpg"), photo);
        Files.write(page.getParent().resolve("Trang tin_files/icon-share.png"), jpeg(16, 16));
        Files.write(page.getParent().resolve("Trang tin_files/blank.gif"), new byte[] {'G', 'I', 'F'});
        Files.write(page.getParent().resolve("Trang tin_files/nguoi-dan.jpg"), jpeg(800, 600));

        TestSite.Run run = TestSite.run("import", page.toString(), "--into", dir.resolve("content").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String article = "content/vi/2024/05/khanh-thanh-cau-phu-my-hung-noi-hai-bo-song";
        String markdown = site.read(article + ".md");
        assertThat(markdown).contains("![Cầu Phú Mỹ Hưng nhìn từ trên cao](khanh-thanh-cau-phu-my-hung-noi-hai-bo-song/cau-moi.jpg"
                + " \"Cầu Phú Mỹ Hưng sau lễ khánh thành. (Ảnh: Văn Huỳnh)\")");
        assertThat(Files.readAllBytes(dir.resolve(article + "/cau-moi.jpg"))).isEqualTo(photo);
        // the photo only on the web is reported, not fetched; its caption stays
        assertThat(run.out()).contains("photo https://cdn.example.vn/anh-dem.jpg is not in the saved page's folder");
        assertThat(markdown).contains("*Cầu về đêm. Ảnh: TTXVN*").doesNotContain("cdn.example.vn").doesNotContain("icon-share");
        // a photo the page loads lazily comes from its data-src, not the placeholder in its src
        assertThat(markdown).contains("![Người dân đi qua cầu](khanh-thanh-cau-phu-my-hung-noi-hai-bo-song/nguoi-dan.jpg"
                + " \"Người dân qua cầu mới. Ảnh: Văn Huỳnh\")");
        assertThat(Files.list(dir.resolve(article)).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly("cau-moi.jpg", "nguoi-dan.jpg");

        site.build().assertOk();
        Element figure = Jsoup.parse(site.read("public/vi/2024/05/khanh-thanh-cau-phu-my-hung-noi-hai-bo-song/index.html"))
                .selectFirst(".article-body figure");
        assertThat(figure.selectFirst("img").attr("srcset")).isEqualTo("cau-moi-480.jpg 480w, cau-moi-960.jpg 960w, cau-moi-1200.jpg 1200w");
        assertThat(figure.selectFirst(".credit").text()).isEqualTo("Ảnh: Văn Huỳnh");

        // an editor's retouched photo is never overwritten by importing the page again
        byte[] retouched = jpeg(1200, 801);
        Files.write(dir.resolve(article + "/cau-moi.jpg"), retouched);
        TestSite.Run again = TestSite.run("import", page.toString(), "--into", dir.resolve("content").toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("cau-moi.jpg differs from the page's: kept as it is");
        assertThat(Files.readAllBytes(dir.resolve(article + "/cau-moi.jpg"))).isEqualTo(retouched);
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, width / 3, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
