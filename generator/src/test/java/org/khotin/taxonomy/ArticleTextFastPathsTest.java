package org.khotin.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
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

    /** Every sample the regex matches passes the cheap check; returns how many matched. */
    private static int assertCheckPassesWhereverTheRegexMatches(Pattern regex, Predicate<String> check) {
        int found = 0;
        for (String s : samples()) {
            if (regex.matcher(s).find()) {
                found++;
                assertThat(check.test(s)).as(s).isTrue();
            }
        }
        return found;
    }

    @Test
    void blockMarkersAreLookedForWhereverTheRegexFindsOne() {
        assertThat(assertCheckPassesWhereverTheRegexMatches(ArticleText.BLOCK_MARKER, ArticleText::mayStartWithBlockMarker))
                .isGreaterThanOrEqualTo(8);
        assertThat(ArticleText.mayStartWithBlockMarker("Ngày 3 tháng 5, giữa - dòng")).isFalse();
        assertThat(ArticleText.mayStartWithBlockMarker("a\n    ## Bốn dấu cách")).isFalse();
    }

    @Test
    void inlineMarksAreLookedForWhereverTheRegexFindsThem() {
        assertThat(assertCheckPassesWhereverTheRegexMatches(ArticleText.INLINE_MARKS, ArticleText::mayHoldInlineMarks))
                .isGreaterThanOrEqualTo(5);
        assertThat(ArticleText.mayHoldInlineMarks("Chỉ có chữ, số 2024 và dấu chấm.")).isFalse();
    }
}
