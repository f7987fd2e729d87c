package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.HtmlValidator;
import org.khotin.testing.TestSite;

/** A byline leads to its writers' pages: every article each wrote, in either language. */
class AuthorPagesTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- content/vi/2024/05/le-hoi.md --
            ---
            title: Lễ hội đền Trần khai mạc
            date: 2024-05-10T08:00:00+07:00
            author: Hoàng Hưng - Phú Bắc
            translation_key: le-hoi
            ---
            Lễ hội mở đầu bằng nghi thức rước kiệu.
            -- content/vi/2024/05/mua-gat.md --
            ---
            title: Nông dân vào mùa gặt
            date: 2024-05-12T08:00:00+07:00
            author: Phú Bắc
            ---
            Cánh đồng lúa chín vàng.
            -- content/vi/2024/05/hop-bao.md --
            ---
            title: Họp báo về kỳ thi
            date: 2024-05-13T08:00:00+07:00
            author: PV
            ---
            Sở Giáo dục thông tin về kỳ thi.
            -- content/vi/2024/05/cau-moi.md --
            ---
            title: Khánh thành cầu mới
            date: 2024-05-14T08:00:00+07:00
            author: Ánh Dương, Bảo Châu và Đức Anh
            ---
            Cây cầu nối hai xã.
            -- content/vi/2024/05/hoi-nghi.md --
            ---
            title: Hội nghị tổng kết năm
            date: 2024-05-15T08:00:00+07:00
            author: "Trà My - Ảnh: Hữu Phúc"
            ---
            Hội nghị diễn ra sáng nay.
            -- content/vi/2024/05/thong-cao.md --
            ---
            title: Thông cáo về ngày hội
            date: 2024-05-16T08:00:00+07:00
            author: Ban Tuyên giáo và Dân vận
            ---
            Ngày hội diễn ra vào cuối tuần.
            -- content/en/2024/05/festival.md --
            ---
            title: Tran Temple festival opens
            date: 2024-05-10T08:00:00+07:00
            author: Hoàng Hưng
            translation_key: le-hoi
            ---
            The festival opened with a procession.
            """;

    @Test
    void aBylineLeadsToEachWritersPageWhichListsAllTheirArticles() throws Exception {
        TestSite site = TestSite.create(dir, SITE);
        site.build().assertOk();

        Document article = Jsoup.parse(site.read("public/vi/2024/05/le-hoi-den-tran-khai-mac/index.html"));
        Element byline = article.selectFirst(".byline");
        assertThat(byline.text()).isEqualTo("Tác giả: Hoàng Hưng - Phú Bắc");
        assertThat(byline.select("a[rel=author]").eachAttr("href"))
                .containsExactly("../../../tac-gia/hoang-hung/", "../../../tac-gia/phu-bac/");
        assertThat(article.selectFirst("script[type=application/ld+json]").data())
                .contains("\"author\":[{\"@type\":\"Person\",\"name\":\"Hoàng Hưng\",\"url\":\"https://example.org/archive/vi/tac-gia/hoang-hung/\"},"
                        + "{\"@type\":\"Person\",\"name\":\"Phú Bắc\",\"url\":\"https://example.org/archive/vi/tac-gia/phu-bac/\"}]");

        // a writer's page: every article they wrote or shared, newest first, with a feed
        Document writer = Jsoup.parse(site.read("public/vi/tac-gia/phu-bac/index.html"));
        assertThat(writer.selectFirst("h1").text()).isEqualTo("Bài viết của Phú Bắc");
        assertThat(writer.select("main h2 a, main h3 a").eachText()).containsExactly("Nông dân vào mùa gặt", "Lễ hội đền Trần khai mạc");
        assertThat(site.read("public/vi/tac-gia/phu-bac/feed.xml")).contains("<title>Nông dân vào mùa gặt</title>")
                .as("each writer an Atom author").contains("<author><name>Hoàng Hưng</name></author>\n<author><name>Phú Bắc</name></author>");

        // names joined by commas and "và" are three writers, the byline written as it was
        Element three = Jsoup.parse(site.read("public/vi/2024/05/khanh-thanh-cau-moi/index.html")).selectFirst(".byline");
        assertThat(three.text()).isEqualTo("Tác giả: Ánh Dương, Bảo Châu và Đức Anh");
        assertThat(three.select("a").eachText()).containsExactly("Ánh Dương", "Bảo Châu", "Đức Anh");

        // the index, in Vietnamese alphabetical order (a á … b … đ … h … p … t); no page for a photo credit or an office
        Document index = Jsoup.parse(site.read("public/vi/tac-gia/index.html"));
        assertThat(index.select(".author-index a").eachText())
                .containsExactly("Ánh Dương", "Bảo Châu", "Đức Anh", "Hoàng Hưng", "Phú Bắc", "Trà My");
        assertThat(Jsoup.parse(site.read("public/vi/2024/05/thong-cao-ve-ngay-hoi/index.html")).select(".byline a")).isEmpty();

        // "PV" is the newsroom's reporter, not a person: no page, no link
        Element role = Jsoup.parse(site.read("public/vi/2024/05/hop-bao-ve-ky-thi/index.html")).selectFirst(".byline");
        assertThat(role.text()).isEqualTo("Tác giả: PV");
        assertThat(role.select("a")).isEmpty();
        assertThat(site.exists("public/vi/tac-gia/pv/index.html")).isFalse();

        for (String page : new String[] {"public/vi/2024/05/le-hoi-den-tran-khai-mac/index.html", "public/vi/tac-gia/phu-bac/index.html",
                "public/vi/tac-gia/index.html"}) {
            assertThat(new HtmlValidator().errors(dir.resolve(page))).as(page).isEmpty();
        }
    }

    @Test
    void aNameWithWhatThePaperPrintedBesideItLeadsToTheWritersOnePage() throws Exception {
        TestSite site = TestSite.create(dir, SITE);
        String[] bylines = {"Hoàng Hưng, Phú Bắc (TTXVN)", "\"Phú Bắc/TTXVN\"", "\"Phú Bắc (Theo TTXVN)\"", "\"PV Phú Bắc\"",
                "\"Phú Bắc (tổng hợp)\""};
        for (int i = 0; i < bylines.length; i++) {
            site.write("content/vi/2024/07/bai-" + i + ".md", "---\ntitle: Bài số " + (i + 1) + "\ndate: 2024-07-0" + (i + 1)
                    + "T08:00:00+07:00\nauthor: " + bylines[i] + "\n---\nNội dung.\n");
        }
        site.build().assertOk();
        for (int i = 0; i < bylines.length; i++) {
            Element byline = Jsoup.parse(site.read("public/vi/2024/07/bai-so-" + (i + 1) + "/index.html")).selectFirst(".byline");
            String written = bylines[i].replace("\"", "");
            assertThat(byline.text()).as(written).isEqualTo("Tác giả: " + written);
            assertThat(byline.select("a[href$=/tac-gia/phu-bac/]").eachText()).as(written).containsExactly("Phú Bắc");
        }
        // one page for the writer, holding all five and the earlier ones; none for what was printed beside the name
        Document writer = Jsoup.parse(site.read("public/vi/tac-gia/phu-bac/index.html"));
        assertThat(writer.select("main h2 a, main h3 a").eachText()).contains("Bài số 1", "Bài số 5", "Nông dân vào mùa gặt");
        assertThat(site.files("public/vi/tac-gia")).noneMatch(f -> f.contains("ttxvn") || f.contains("pv-"));
        assertThat(Jsoup.parse(site.read("public/vi/2024/07/bai-so-1/index.html")).selectFirst("script[type=application/ld+json]").data())
                .doesNotContain("TTXVN");
    }

    @Test
    void whatIsInBracketsAfterANameIsNeverAWriterAndItsCommasDoNotSplitTheByline() throws Exception {
        TestSite site = TestSite.create(dir, SITE);
        String[] bylines = {"\"Minh Hằng (PV TTXVN tại Pháp)\"", "\"Lê Hà (Tổng hợp từ Reuters)\"", "\"Minh Anh (Theo Reuters, AFP)\"",
                "\"Lê Hà (bài và ảnh)\"", "\"Phú Bắc (TTXVN (Hà Nội))\"", "\"Thu Hà(TTXVN)\"", "\"Trần Đăng Khoa (Khoa Trần)\""};
        String[] writers = {"Minh Hằng", "Lê Hà", "Minh Anh", "Lê Hà", "Phú Bắc", "Thu Hà", "Trần Đăng Khoa"};
        for (int i = 0; i < bylines.length; i++) {
            site.write("content/vi/2024/08/b-" + i + ".md", "---\ntitle: Tin số " + (i + 1) + "\ndate: 2024-08-0" + (i + 1)
                    + "T08:00:00+07:00\nauthor: " + bylines[i] + "\n---\nNội dung.\n");
        }
        site.build().assertOk();
        for (int i = 0; i < bylines.length; i++) {
            Element byline = Jsoup.parse(site.read("public/vi/2024/08/tin-so-" + (i + 1) + "/index.html")).selectFirst(".byline");
            assertThat(byline.text()).as("read as printed").isEqualTo("Tác giả: " + bylines[i].replace("\"", ""));
            assertThat(byline.select("a").eachText()).as(bylines[i]).containsExactly(writers[i]);
        }
        assertThat(site.files("public/vi/tac-gia")).noneMatch(f -> f.contains("ttxvn") || f.contains("tong-hop") || f.contains("khoa-tran")
                || f.contains("reuters") || f.contains("anh)"));

        // a bracket never closed holds nothing: the names after it are names
        site.write("content/vi/2024/09/c.md", "---\ntitle: Tin chín\ndate: 2024-09-01T08:00:00+07:00\nauthor: \"Nguyễn Văn An (TTXVN, Trần Bình\"\n---\nNội dung.\n");
        site.build().assertOk();
        assertThat(Jsoup.parse(site.read("public/vi/2024/09/tin-chin/index.html")).select(".byline a").eachText()).contains("Trần Bình");
    }

    @Test
    void aNewcomerWhoseNameMakesTheSameSlugDoesNotTakeAnEstablishedWritersAddress() {
        TestSite site = TestSite.create(dir, SITE);
        site.write("content/vi/2024/06/moi.md", """
                ---
                title: Bài của người mới
                date: 2024-06-01T08:00:00+07:00
                author: Phu Bac
                ---
                Một bài mới.
                """);
        // however many the newcomer writes: the address stays with the writer published first
        for (int i = 2; i <= 4; i++) {
            site.write("content/vi/2024/06/moi-" + i + ".md", "---\ntitle: Bài mới số " + i + "\ndate: 2024-06-0" + i
                    + "T08:00:00+07:00\nauthor: Phu Bac\n---\nMột bài mới.\n");
        }
        site.build().assertOk();

        assertThat(Jsoup.parse(site.read("public/vi/tac-gia/phu-bac/index.html")).select("main h2 a, main h3 a").eachText())
                .containsExactly("Nông dân vào mùa gặt", "Lễ hội đền Trần khai mạc");
        assertThat(Jsoup.parse(site.read("public/vi/tac-gia/phu-bac-2/index.html")).select("main h2 a, main h3 a").eachText())
                .containsExactly("Bài mới số 4", "Bài mới số 3", "Bài mới số 2", "Bài của người mới");
    }

    @Test
    void aWriterOfBothLanguagesHasPagesThatLeadToEachOther() {
        TestSite site = TestSite.create(dir, SITE);
        site.build().assertOk();

        Document vi = Jsoup.parse(site.read("public/vi/tac-gia/hoang-hung/index.html"));
        assertThat(vi.selectFirst("link[hreflang=en]").attr("href")).isEqualTo("https://example.org/archive/en/authors/hoang-hung/");
        Document en = Jsoup.parse(site.read("public/en/authors/hoang-hung/index.html"));
        assertThat(en.selectFirst("link[hreflang=vi]").attr("href")).isEqualTo("https://example.org/archive/vi/tac-gia/hoang-hung/");
        assertThat(en.select("main h2 a, main h3 a").eachText()).containsExactly("Tran Temple festival opens");
        // one who writes in Vietnamese only: the language switch leads to the English home page
        Document viOnly = Jsoup.parse(site.read("public/vi/tac-gia/phu-bac/index.html"));
        assertThat(viOnly.select("link[hreflang=en]")).isEmpty();

        TestSite.Run check = TestSite.run("check", "--quiet", "--config", dir.resolve("site-config.yml").toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
    }
}
