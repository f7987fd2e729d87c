package org.khotin.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.khotin.testing.TestSite;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void bareAddressesBecomeLinks() {
        String html = renderer.render("Xem https://baonamdinh.vn/tin/1 hoặc www.chinhphu.vn, thư gửi toasoan@baonamdinh.vn.\n").html();

        assertThat(html).contains("<a href=\"https://baonamdinh.vn/tin/1\">https://baonamdinh.vn/tin/1</a>")
                .contains("www.chinhphu.vn</a>")
                .contains("<a href=\"mailto:toasoan@baonamdinh.vn\">toasoan@baonamdinh.vn</a>");
    }

    @Test
    void anAddressWithASpaceIsAProblemWhereItStandsAndPercentTwentyIsTheWayToWriteIt() {
        RenderedMarkdown spaced = renderer.render("Ảnh:\n\n> ![Cầu](<le hoi/anh 1.jpg>) và [r]\n>\n> [r]: <phu luc.html>\n\n`![a](<b c.jpg>)`\n",
                MediaFiles.NONE, ArticleLinks.NONE);
        assertThat(spaced.problems()).extracting(MarkdownProblem::line, MarkdownProblem::col, MarkdownProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, 10, "address 'le hoi/anh 1.jpg' holds a space, which Markdown does not read"),
                org.assertj.core.groups.Tuple.tuple(5, 8, "address 'phu luc.html' holds a space, which Markdown does not read"));
        assertThat(spaced.problems().get(0).hint()).contains("le%20hoi/anh%201.jpg");
        assertThat(renderer.render("![Cầu](le%20hoi/anh%201.jpg)\n").html()).contains("src=\"le%20hoi/anh%201.jpg\"");
        // a title in brackets after an address, and brackets in running text, mean what CommonMark says
        assertThat(renderer.render("[TTXVN](https://vnanet.vn (Thông tấn xã))\n").html())
                .contains("<a href=\"https://vnanet.vn\" title=\"Thông tấn xã\">TTXVN</a>");
        assertThat(renderer.render("Giá [1](2 3) đồng.\n").html()).isEqualTo("<p>Giá [1](2 3) đồng.</p>\n");
    }

    @Test
    void theLeadIsTheFirstParagraphWithWordsAsPlainTextCutAtAWord() {
        String body = """
                ## Toàn cảnh

                ![Cây cầu nhìn từ bờ đông](cau/dong.jpg "Cầu Rồng. (Ảnh: Văn Huỳnh)")

                <div class="note">Ghi chú của tòa soạn</div>

                *Quang cảnh lễ khánh thành. (Ảnh: Văn Huỳnh)*

                Sáng 4/12, **UBND thành phố** khánh thành [cầu mới][1] <em>nối</em> hai bờ<script>alert(1)</script> \
                sông Hàn; tổng vốn 1.200 tỷ đồng &amp; dài `500 m`. ![](cau/tay.jpg)

                Đoạn thứ hai không vào phần dẫn.

                [1]: https://example.vn/cau
                """;
        assertThat(renderer.lead(body)).isEqualTo("Sáng 4/12, UBND thành phố khánh thành cầu mới nối hai bờ sông Hàn; "
                + "tổng vốn 1.200 tỷ đồng & dài 500 m.");

        String longParagraph = "Cán bộ ".repeat(50).strip() + ".";
        String lead = renderer.lead(longParagraph);
        assertThat(lead).endsWith(" bộ …").hasSizeLessThanOrEqualTo(MarkdownRenderer.LEAD_CHARS + 2);
        assertThat(longParagraph).startsWith(lead.substring(0, lead.length() - 2));

        assertThat(renderer.lead("## Chỉ có tiêu đề\n\n- một mục\n- hai mục\n")).isEmpty();
    }

    @Test
    void aLinkToAnArticlesMarkdownFileLeadsToItsPageAndOneToNoArticleIsAProblemWhereItIs() {
        ArticleLinks links = path -> path.equals("../02/cau-moi.md") ? java.util.Optional.of("../../02/cau-moi/")
                : java.util.Optional.empty();
        String body = """
                Xem [cầu mới](../02/cau-moi.md#khanh-thanh), [bài gốc][goc] và [trang ngoài](https://example.vn/a.md).
                Như GitHub: [mục](../02/cau-moi.md#kh%C3%A1nh-th%C3%A0nh).

                Rồi [bài không có](../03/khong-co.md "Tiêu đề").

                [goc]: ../02/cau-moi.md
                """;
        RenderedMarkdown rendered = renderer.render(body, MediaFiles.NONE, links);

        assertThat(rendered.html()).contains("<a href=\"../../02/cau-moi/#khanh-thanh\">cầu mới</a>")
                .contains("<a href=\"../../02/cau-moi/\">bài gốc</a>")
                .contains("<a href=\"https://example.vn/a.md\">trang ngoài</a>")
                .contains("<a href=\"../../02/cau-moi/#khanh-thanh\">mục</a>")
                .contains("<a href=\"../03/khong-co.md\" title=\"Tiêu đề\">bài không có</a>");
        assertThat(rendered.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.col()).isEqualTo(5);
            assertThat(p.message()).isEqualTo("link to '../03/khong-co.md': no article of the site is there");
        });
        // text that is no article's body keeps its links as written, and nothing is wrong with it
        assertThat(renderer.render(body).problems()).isEmpty();
        assertThat(renderer.render(body).html()).contains("href=\"../02/cau-moi.md#khanh-thanh\"");
    }

    @Test
    void fileLinksAreReadAsTheirFilesAreNamedAndEachBrokenOneIsReported() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        ArticleLinks links = path -> {
            asked.add(path);
            return path.equals("cầu.md") ? java.util.Optional.of("../cau/") : java.util.Optional.empty();
        };
        RenderedMarkdown rendered = renderer.render("""
                [cầu](c%E1%BA%A7u.md) và www.example.vn/huong-dan.md

                [a](mat.md) rồi lại [b](mat.md).
                """, MediaFiles.NONE, links);
        // a percent-escaped Vietnamese name is the file's name; a bare web address is no file
        assertThat(rendered.html()).contains("<a href=\"../cau/\">cầu</a>")
                .contains("href=\"http://www.example.vn/huong-dan.md\"");
        assertThat(asked).doesNotContain("www.example.vn/huong-dan.md");
        // the same broken link twice: both are where an editor must look
        assertThat(rendered.problems()).extracting(MarkdownProblem::line, MarkdownProblem::col)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 1), org.assertj.core.groups.Tuple.tuple(3, 21));
    }

    @Test
    void aLeadWithoutSpacesIsNotCutInsideACharacter() {
        String lead = renderer.lead("a".repeat(MarkdownRenderer.LEAD_CHARS - 1) + "😀".repeat(10));
        assertThat(lead).endsWith(" …");
        String kept = lead.substring(0, lead.length() - 2);
        assertThat(kept.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
    }

    @Test
    void onlyARelativePathEndingInDotMdNamesAnArticlesFile() {
        assertThat(ArticleLinks.namesMarkdownFile("../02/a.md")).isTrue();
        assertThat(ArticleLinks.namesMarkdownFile("a.MD#muc-1")).isTrue();
        assertThat(ArticleLinks.namesMarkdownFile("a.md?x=1")).isTrue();
        assertThat(ArticleLinks.namesMarkdownFile("https://example.vn/a.md")).isFalse();
        assertThat(ArticleLinks.namesMarkdownFile("/vi/a.md")).isFalse();
        assertThat(ArticleLinks.namesMarkdownFile("a.mdx")).isFalse();
        assertThat(ArticleLinks.namesMarkdownFile("#a.md")).isFalse();
        assertThat(ArticleLinks.namesMarkdownFile(".md")).isFalse();
    }

    @Test
    void textThatCannotHoldABareAddressIsRecognisedAsSuch() {
        assertThat(MarkdownRenderer.mayHoldBareLinks("Hà Nội: 1. Hội nghị tổng kết năm 2018.")).isFalse();
        assertThat(MarkdownRenderer.mayHoldBareLinks("1. www.baonamdinh.vn")).isTrue();
        assertThat(MarkdownRenderer.mayHoldBareLinks("Trang WwW.x.vn")).isTrue();
        assertThat(MarkdownRenderer.mayHoldBareLinks("ftp://x")).isTrue();
        assertThat(MarkdownRenderer.mayHoldBareLinks("a@b")).isTrue();
        assertThat(MarkdownRenderer.mayHoldBareLinks("toasoan&#64;baonamdinh.vn")).isTrue();
    }

    @Test
    void rawHtmlIsCleanedAndEverythingElseRendersAsTheCleanerWouldLeaveIt() throws IOException {
        String dangerous = "<p onclick=\"x()\">Đoạn</p>\n\n[a](javascript:alert(1)) ![b](data:x) <script>x()</script>\n";
        assertThat(renderer.render(dangerous).html()).doesNotContain("onclick").doesNotContain("javascript")
                .doesNotContain("data:").doesNotContain("<script");
        for (String text : texts()) {
            assertThat(sameDocument(renderer.render(text).html(), renderer.renderCleaning(text).html()))
                    .as(text.substring(0, Math.min(60, text.length()))).isTrue();
        }
    }

    @Test
    void aClipIsWrittenTheSameWhetherTheBodyIsCleanedOrNot() {
        MediaFiles media = new MediaFiles(Map.of(), Map.of("ban-tin/Khai mạc.mp4", new Clip("khai-mac.mp4", Clip.Kind.VIDEO,
                List.of(new Clip.Track("khai-mac.vtt", "vi", "Tiếng Việt", "captions")), "", "khai-mac-poster-960.jpg")), List.of());
        String clip = "![Khai mạc \"kỳ họp\"](ban-tin/Khai%20m%E1%BA%A1c.mp4 \"Lễ khai mạc & bế mạc (Video: VTV)\")\n";
        String plain = renderer.render(clip, media).html();
        String cleaned = renderer.render(clip + "\n<b>đậm</b>\n", media).html();

        assertThat(plain).startsWith("<figure class=\"clip\"><video controls=\"\" preload=\"metadata\" poster=\"khai-mac-poster-960.jpg\""
                + " src=\"khai-mac.mp4\""
                + " aria-label=\"Khai mạc &quot;kỳ họp&quot;\"><track kind=\"captions\" src=\"khai-mac.vtt\" srclang=\"vi\""
                + " label=\"Tiếng Việt\"></video><figcaption>Lễ khai mạc &amp; bế mạc <small class=\"credit\">Video: VTV</small>"
                + "</figcaption></figure>");
        assertThat(cleaned).startsWith(plain.strip());
        // what an editor's own HTML may not make a player do: start by itself, run a script
        assertThat(renderer.render("<video src=\"a.mp4\" autoplay onplay=\"x()\" controls></video>\n").html())
                .isEqualTo("<p><video src=\"a.mp4\" controls=\"\" preload=\"metadata\"></video></p>\n");
        // nor play unseen, fetch before the reader asks, over plain http, or load a script's data as a track
        assertThat(renderer.render("<video src=\"https://x.vn/a.mp4\" preload=\"auto\"><track kind=\"metadata\" src=\"https://x.vn/t.vtt\">"
                + "<track kind=\"subtitles\" src=\"a.en.vtt\" srclang=\"en\"></video> <audio src=\"http://x.vn/a.mp3\"></audio>\n").html())
                .isEqualTo("<p><video src=\"https://x.vn/a.mp4\" preload=\"metadata\" controls=\"\"><track kind=\"subtitles\" src=\"a.en.vtt\""
                        + " srclang=\"en\"></video> <audio controls=\"\" preload=\"metadata\"></audio></p>\n");
    }

    private static boolean sameDocument(String a, String b) {
        return org.jsoup.Jsoup.parseBodyFragment(a).body().html().equals(org.jsoup.Jsoup.parseBodyFragment(b).body().html());
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "Đoạn **một**.\n\n## Kết quả đạt được\n\n| Năm | Số | Ghi chú |\n|:----|---:|:---:|\n| 2018 | 12 | \"tốt\" |\n",
                "# Hai\n\n## Hai\n\n## Hai *nhấn*\n\n---\n\nDòng một  \ndòng hai\n\n![ảnh](anh.jpg \"chú thích\")\n",
                "- mục một\n- mục [hai](../b/ \"tiêu đề\")\n\n1. [tel](tel:+84123)\n2. [neo](#ket-qua)\n\n> trích dẫn ~~cũ~~\n",
                "    mã lệnh < > &\n\n```\nkhối mã\n```\n\n[//x](//baonamdinh.vn/a?b=1&c=2) [m](MAILTO:a@b.vn)\n",
                "Đ/c Nguyễn Văn A, TP. Nam Định; số 12/2018/NQ-HĐND. \"Trích\" 5 > 3 < 4. Xem tại: trang chủ.\n",
                "[tham chiếu][r] và [khác][]\n\n[r]: https://baonamdinh.vn/x\n[khác]: ./y.html\n"));
        Path root = TestSite.repoRoot();
        try (Stream<Path> files = Stream.concat(Files.list(root.resolve("seeds")), Files.walk(root.resolve("content")))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    @Test
    void textAndLayoutAreWrittenAsFlexmarkWritesThem() throws IOException {
        List<String> texts = texts();
        texts.addAll(List.of("Dấu \\*sao\\* và \\\\ gạch, &amp; &copy; &#7855; &#x1EAF; &nbsp;&bogus; A&B <b>\n",
                "Dòng một\r\ndòng hai\rdòng ba \"trích\" 5 > 3 < 4 & hết\r\n",
                "**đậm \\_không nghiêng\\_** `mã & <b>` [liên \\] kết](/a) ![ả&amp;nh](b.png)\n",
                "# Tiêu đề & \"ngoặc\"\n\n| a & b | \\| |\n|---|---|\n| <x> | &lt; |\n",
                "- một\n  - hai\n    1. ba\n\n       đoạn trong mục\n\n    ```\n    mã\n      thụt\n    ```\n- bốn\n\n> trích\n> > lồng\n>\n> - mục\n",
                "Dòng  \nngắt cứng\\\ncòn nữa\n\n***\n\n1) a\n2) b\n\n<div>\n*khối*\n</div>\n"));
        for (String text : texts) {
            assertThat(renderer.render(text)).as(text.substring(0, Math.min(60, text.length())))
                    .isEqualTo(renderer.renderWithLibraryText(text));
        }
        assertThat(renderer.render("A \\* & \"b\" 5 < 6 > 2\n").html()).isEqualTo("<p>A * &amp; \"b\" 5 &lt; 6 &gt; 2</p>\n");
    }

    @Test
    void skippingTheAutolinkSearchChangesNoPage() throws IOException {
        List<String> texts = texts();
        texts.add("<p onclick=\"x\">HTML</p> và Hà Nội: tin\n");
        assertThat(texts).hasSizeGreaterThan(12);
        for (String text : texts) {
            assertThat(renderer.render(text)).as(text.substring(0, Math.min(60, text.length())))
                    .isEqualTo(renderer.renderLookingForAutolinks(text));
        }
    }
}
