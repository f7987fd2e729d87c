package org.khotin.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khotin.markdown.MarkdownRenderer;

/** Search, keywords and related news leave out what the page leaves out of raw HTML, and nothing else. */
class HiddenHtmlTest {
    @Test
    void whatThePageDropsSearchDropsAndWhatItShowsSearchKeeps() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        List<String> hidden = List.of(
                "Chữ <script>var an = 1;</script> sau.\n",
                "<script>\nvar an;\n\nan();\n</script>\n\nSau.\n",
                "<SCRIPT type=module>an()</SCRIPT >\n",
                "<style>.an { }</style>\n",
                "<iframe src=x.html>an</iframe>\n",
                "<xmp>an</xmp>\n",
                "<noembed>an</noembed>\n",
                "<noframes>an</noframes>\n",
                "<!-- an -->\n\nSau.\n",
                "Chữ <!-- an --> sau.\n",
                "Chữ <script>an\n\nĐoạn an sau không hiện.\n");
        for (String markdown : hidden) {
            assertThat(renderer.render(markdown).html()).as(markdown).doesNotContain("an");
            assertThat(HiddenHtml.removed(markdown)).as(markdown).doesNotContain("an");
            ArticleText text = ArticleText.fromMarkdown("", "", markdown);
            assertThat(text.lead() + " " + String.join(" ", text.paragraphs())).as(markdown).doesNotContain("an");
        }
        List<String> shown = List.of(
                "<noscript>hiện</noscript>\n",
                "<template>hiện</template>\n",
                "<textarea>hiện</textarea>\n",
                "<scripts>hiện</scripts>\n",
                "<div>hiện</div>\n",
                "Chữ hiện, không có thẻ.\n");
        for (String markdown : shown) {
            assertThat(renderer.render(markdown).html()).as(markdown).contains("hiện");
            assertThat(HiddenHtml.removed(markdown)).as(markdown).contains("hiện");
        }
    }
}
