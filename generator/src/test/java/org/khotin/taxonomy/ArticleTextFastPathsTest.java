package org.khotin.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khotin.testing.VariedText;

/** The cheap checks that let a paragraph skip a regex never skip one that would have matched. */
class ArticleTextFastPathsTest {
    private static List<String> samples() {
        List<String> samples = new ArrayList<>(VariedText.lines());
        samples.addAll(List.of("# Tiêu đề", "   ## Ba dấu cách", "    ## Bốn dấu cách", "\t- mục", "a\n- mục",
                "a\r\n1. một", "a\r2) hai", "a\u2028> trích", "a\u0085+ cộng", "giữa - dòng", "năm 2024 và 15.3",
                "x\n \n  * sao", "\n\n\n# ba dòng", "12. mười hai", "a\n\t\t\t#", "**đậm** và _nghiêng_", "`mã`",
                "a | b", "~~cũ~~", "không có gì", ""));
        return samples;
    }

    @Test
    void blockMarkersAreLookedForWhereverTheRegexFindsOne() {
        int found = 0;
        for (String s : samples()) {
            if (ArticleText.BLOCK_MARKER.matcher(s).find()) {
                found++;
                assertThat(ArticleText.mayStartWithBlockMarker(s)).as(s).isTrue();
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(8);
        assertThat(ArticleText.mayStartWithBlockMarker("Ngày 3 tháng 5, giữa - dòng")).isFalse();
        assertThat(ArticleText.mayStartWithBlockMarker("a\n    ## Bốn dấu cách")).isFalse();
    }

    @Test
    void inlineMarksAreLookedForWhereverTheRegexFindsThem() {
        int found = 0;
        for (String s : samples()) {
            if (ArticleText.INLINE_MARKS.matcher(s).find()) {
                found++;
                assertThat(ArticleText.mayHoldInlineMarks(s)).as(s).isTrue();
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(5);
        assertThat(ArticleText.mayHoldInlineMarks("Chỉ có chữ, số 2024 và dấu chấm.")).isFalse();
    }
}
