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
    void vietnameseLetterShareLoopAgreesWithTheRegexItReplaced() {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{M}]+");
        java.util.regex.Pattern accented = java.util.regex.Pattern.compile("[\\u00C0-\\u024F\\u1E00-\\u1EFF]");
        List<String> more = List.of("The Party committee met.", "Đảng bộ tỉnh họp", "Hoa\u0300 Bi\u0300nh", "x\u20DD y",
                "𝐀𝐁 ab", "năm 2020, đ", "ĐẢNG-VIÊN", "a\u0903b ǅ ǆ");
        for (String s : concat(SAMPLES, more)) {
            java.util.regex.Matcher m = word.matcher(s);
            int words = 0;
            int vietnamese = 0;
            while (m.find()) {
                words++;
                if (accented.matcher(m.group()).find()) vietnamese++;
            }
            double expected = words == 0 ? 0 : (double) vietnamese / words;
            assertThat(Syllables.vietnameseLetterShare(s)).as(s).isEqualTo(expected);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
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
