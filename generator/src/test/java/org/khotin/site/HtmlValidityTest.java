package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.HtmlValidator;
import org.khotin.testing.Fixtures;
import org.khotin.testing.TestSite;

/** Every HTML page the repository's own site produces passes the W3C Nu HTML Checker with no errors. */
class HtmlValidityTest {
    static HtmlValidator validator;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws Exception {
        validator = new HtmlValidator();
    }

    @Test
    void theRepositorysOwnSiteIsValidHtml() throws Exception {
        Path repo = TestSite.repoRoot();
        TestSite.Run run = TestSite.run("build", "--config", repo.resolve("site-config.yml").toString(),
                "--out", dir.resolve("public").toString());
        run.assertOk();
        assertValid(dir.resolve("public"), 10);
    }

    @Test
    void aSiteUsingEveryMarkdownFeatureIsValidHtml() throws Exception {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL + """
                -- content/vi/2020/04/day-du.md --
                ---
                title: Đủ loại định dạng
                date: 2020-04-01T08:00:00+07:00
                ---
                # Tiêu đề cấp một trong bài

                Đoạn có *nghiêng*, **đậm**, `mã`, [liên kết](https://example.org/) và ảnh ![ảnh](day-du/a.png).

                ![Sơ đồ](day-du/a.png "Sơ đồ tổ chức. (Ảnh: Ban Tổ chức)")

                > Trích dẫn.

                1. Một
                2. Hai

                - A
                - B

                | Cột | Số |
                |:---:|---:|
                | a | 1 |

                ---

                <figure><img src="b.png" alt="Ảnh"><figcaption>Chú thích</figcaption></figure>
                <p lang="en">An English sentence.</p>
                """);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(800, 500, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        site.writeBytes("content/vi/2020/04/day-du/a.png", png.toByteArray());
        site.build().assertOk();
        assertValid(site.root().resolve("public"), 12);
    }

    private static void assertValid(Path root, int atLeast) throws Exception {
        List<String> errors = new ArrayList<>();
        int pages = 0;
        try (var walk = java.nio.file.Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                pages++;
                for (String e : validator.errors(file)) errors.add(root.relativize(file) + " " + e);
            }
        }
        assertThat(pages).isGreaterThanOrEqualTo(atLeast);
        assertThat(errors).isEmpty();
    }
}
