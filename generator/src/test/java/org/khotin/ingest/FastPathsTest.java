package org.khotin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khotin.text.Unicode;

/** Loops that replaced regexes on the import's hot path give exactly what the regexes gave. */
class FastPathsTest {
    private static final List<String> SAMPLES = List.of("", " ", "a", "Tổng kết  công tác", " \t lead\r\n\nnext \u000B\f end ",
            "Tá»•ng káº¿t", "Ä‘áº£ng", "Æ°u tiên", "Ã´ Ã¡ Ã¢ Ãª", "á", "á»", "xá", "Ã", "tháng ba", "a\u00A0b\u2028c",
            "| Tin tức |", "|đầu", "cuối |", "giữa | dòng", "||");

    @Test
    void mojibakeSignatureLoopAgreesWithItsPattern() {
        for (String s : SAMPLES) {
            assertThat(Decoder.hasMojibakeSignature(s)).as(s).isEqualTo(Decoder.MOJIBAKE.matcher(s).find());
        }
    }

    @Test
    void collapseSpacesAgreesWithTheRegex() {
        for (String s : SAMPLES) {
            assertThat(Unicode.collapseSpaces(s)).as(s).isEqualTo(s.strip().replaceAll("\\s+", " "));
        }
    }

    @Test
    void cleanParagraphDropsStrayBarsAtTheEndsOnly() {
        assertThat(ArticleReader.cleanParagraph("| Tin tức |")).isEqualTo("Tin tức");
        assertThat(ArticleReader.cleanParagraph("|đầu")).isEqualTo("đầu");
        assertThat(ArticleReader.cleanParagraph("cuối |")).isEqualTo("cuối");
        assertThat(ArticleReader.cleanParagraph("giữa | dòng")).isEqualTo("giữa | dòng");
        assertThat(ArticleReader.cleanParagraph("||")).isEmpty();
        assertThat(ArticleReader.cleanParagraph("không có gạch")).isEqualTo("không có gạch");
    }
}
