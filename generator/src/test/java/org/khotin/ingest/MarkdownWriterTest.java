package org.khotin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khotin.content.Article;
import org.khotin.markdown.MarkdownRenderer;

class MarkdownWriterTest {
    private final MarkdownWriter writer = new MarkdownWriter();

    @Test
    void paragraphsThatLookLikeMarkdownAreEscaped() {
        String body = writer.body(List.of(
                new Block.Paragraph("1. Tăng cường công tác cán bộ."),
                new Block.Paragraph("- Một là, đổi mới."),
                new Block.Paragraph("# 5 nhiệm vụ"),
                new Block.Paragraph("Tỷ lệ *đạt* 90% và file_name, <b>đậm</b>, [liên kết](x) ~~gạch~~ `mã` a\\b &amp;"),
                new Block.Paragraph("> trích dẫn"),
                new Block.Paragraph("---"),
                new Block.Heading("Mục #1"),
                new Block.Caption("Ảnh *đẹp*: Văn Huỳnh")), "bai");
        assertEquals("1\\. Tăng cường công tác cán bộ.\n\n\\- Một là, đổi mới.\n\n\\# 5 nhiệm vụ\n\n"
                + "Tỷ lệ \\*đạt\\* 90% và file\\_name, \\<b>đậm\\</b>, \\[liên kết](x) \\~\\~gạch\\~\\~ \\`mã\\` a\\\\b \\&amp;\n\n"
                + "\\> trích dẫn\n\n\\---\n\n## Mục \\#1\n\n*Ảnh \\*đẹp\\*: Văn Huỳnh*\n", body);
    }

    @Test
    void escapedTextRendersAsTheOriginalText() {
        String text = "1. Tỷ lệ *đạt* 90% <b>x</b> [a](b) ~~c~~ _d_";
        String html = new MarkdownRenderer().render(writer.body(List.of(new Block.Paragraph(text)), "bai")).html();
        assertTrue(html.contains("1. Tỷ lệ *đạt* 90% &lt;b&gt;x&lt;/b&gt; [a](b) ~~c~~ _d_"), html);
    }

    @Test
    void aPhotoIsWrittenInTheArticlesFolderWithItsCaptionAsTitle() {
        String body = writer.body(List.of(new Block.Photo("Cầu \"Rồng\" về đêm [1]. (Ảnh: TTXVN)",
                "./Trang%20tin_files/C%E1%BA%A7u%20R%E1%BB%93ng.JPG?v=2", "Cầu [Rồng]")), "cau-rong");
        assertEquals("![Cầu \\[Rồng\\]](cau-rong/cau-rong.jpg \"Cầu \\\"Rồng\\\" về đêm [1]. (Ảnh: TTXVN)\")\n", body);
        String html = new MarkdownRenderer().render(body).html();
        assertTrue(html.contains("<figure><img src=\"cau-rong/cau-rong.jpg\" alt=\"Cầu [Rồng]\"><figcaption>Cầu \"Rồng\" về đêm [1]."
                + " <small class=\"credit\">Ảnh: TTXVN</small></figcaption></figure>"), html);
    }

    @Test
    void frontMatterQuotesWhatYamlWouldMisreadAndLoadsInTheBuild() {
        ScrapedArticle article = new ScrapedArticle("Yes: một tiêu đề # có dấu hai chấm", true, "",
                java.util.Optional.of(new DateParser.ParsedDate(java.time.OffsetDateTime.parse("2019-01-05T15:52:32+07:00"),
                        "Thứ 7, 05.01.2019 | 15:52:32", true)), "", java.util.Optional.empty(), org.khotin.config.Language.VI, "2019", "\"Trích\" dẫn", 
                List.of("a, b", "[x]", "true", "Ban Tổ chức"), "No", "", "@báo", List.of("v.mp4"),
                List.of(new Block.Paragraph("Nội dung.")));
        String md = writer.write(article, new Provenance("x.txt", "ab".repeat(32), "windows-1258"), "yes-mot-tieu-de");
        assertTrue(md.contains("title: \"Yes: một tiêu đề # có dấu hai chấm\"\n"), md);
        assertTrue(md.contains("keywords: [\"a, b\", \"[x]\", \"true\", Ban Tổ chức]\n"), md);
        assertTrue(md.contains("author: \"No\"\n"), md);
        assertTrue(md.contains("category: \"2019\"\n"), md);
        assertTrue(md.contains("source_encoding: windows-1258\n"), md);
        Article loaded = ImportFixtures.load("vi/2019/01/yes-mot-tieu-de.md", md);
        assertEquals("Yes: một tiêu đề # có dấu hai chấm", loaded.meta().title());
        assertEquals(List.of("a, b", "[x]", "true", "Ban Tổ chức"), loaded.meta().keywords());
        assertEquals("\"Trích\" dẫn", loaded.meta().summary());
        assertEquals("No", loaded.meta().author());
        assertEquals("@báo", loaded.meta().source());
        assertEquals(List.of("title"), loaded.meta().needsReview());
        assertEquals("windows-1258", loaded.meta().sourceEncoding());
    }
}
