package org.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {
    private static List<String> folded(String s) {
        return SearchText.words(s).stream().map(SearchText::folded).toList();
    }

    private static List<String> exact(String s) {
        return SearchText.words(s).stream().map(SearchText::exact).toList();
    }

    @Test
    void queriesMatchTextAsTheFoldingTableSays() {
        for (FoldingTable row : FoldingTable.ROWS) {
            assertThat(folded(row.query()).equals(folded(row.text())))
                    .as("'%s' folds like '%s'", row.query(), row.text()).isEqualTo(row.matches());
            assertThat(exact(row.query()).equals(exact(row.text())))
                    .as("'%s' is exactly '%s'", row.query(), row.text()).isEqualTo(row.matchesExact());
            List<String> typed = SearchText.words(row.query());
            List<String> written = SearchText.words(row.text());
            boolean found = typed.size() == written.size();
            for (int i = 0; found && i < typed.size(); i++) found = SearchText.finds(typed.get(i), written.get(i), false);
            assertThat(found).as("'%s' finds '%s'", row.query(), row.text()).isEqualTo(row.found());
        }
    }

    @Test
    void aWordBeingTypedFindsWordsThatBeginWithItsLettersAndHaveItsTone() {
        assertThat(SearchText.finds("nă", "năm", true)).isTrue();
        assertThat(SearchText.finds("nă", "nẵng", true)).isFalse(); // a tone typed later finds it then
        assertThat(SearchText.finds("đang", "đảng", true)).isFalse();
        assertThat(SearchText.finds("nẵ", "nẵng", true)).isTrue();
        assertThat(SearchText.finds("nẵ", "nắng", true)).isFalse();
        assertThat(SearchText.finds("nâ", "nẵng", true)).isFalse();
        // a keyboard that puts the tone on the o of "hoà" moves it when the n comes: both find hoàng
        assertThat(SearchText.finds("hoà", "hoàng", true)).isTrue();
        assertThat(SearchText.finds("hòa", "hoàng", true)).isTrue();
        assertThat(SearchText.finds("na", "nẵng", true)).isTrue();
        assertThat(SearchText.finds("nẵng", "nẵngx", false)).isFalse();
    }

    @Test
    void foldedAndExactFormsOfSomeWords() {
        assertThat(folded("Đảng ủy ĐÀ NẴNG")).containsExactly("dang", "uy", "da", "nang");
        assertThat(exact("Hoà THUỶ quý hoàn")).containsExactly("hòa", "thủy", "quý", "hoàn");
    }

    @Test
    void phrasesBreakAtTheEndsOfSentencesAndClausesOnly() {
        assertThat(SearchText.phrases("xây dựng Đảng. Bà Rịa-Vũng Tàu, (năm 2020): cán bộ trẻ, cán bộ nữ; “Đà Nẵng”"))
                .containsExactly(List.of("xây", "dựng", "Đảng"), List.of("Bà", "Rịa", "Vũng", "Tàu", "năm", "2020"),
                        List.of("cán", "bộ", "trẻ", "cán", "bộ", "nữ"), List.of("Đà", "Nẵng"));
    }

    @Test
    void phrasesAreWhatTheRegexesTheyReplacedGive() {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
        // a mark between two digits is no break (3.5, 15:30)
        java.util.regex.Pattern breaks = java.util.regex.Pattern.compile("(?<![0-9])[.;:!?…]+|[.;:!?…]+(?![0-9])|[.;:!?…]{2,}");
        List<String> lines = new java.util.ArrayList<>(org.khotin.testing.VariedText.lines());
        lines.add("x 2²³ ⅫⅣ ٣ (a)[b]{c} «d» e/f|g–h—i…j “k” l.m,n;o:p!q?r \"s\"");
        lines.add("8.600 và 8,600 người, 1.234.567 đồng; 3.5 và 3,50; 05.01.2019, 12.3456, ,123 .456 x.123 1.234a 7, 15:30 x. 9");
        // a number's thousands separator (after a digit, before exactly three) is left out of its word
        java.util.regex.Pattern grouping = java.util.regex.Pattern.compile("(?<=[0-9])[.,](?=[0-9]{3}(?![0-9]))");
        for (String line : lines) {
            List<List<String>> expected = new java.util.ArrayList<>();
            String ungrouped = grouping.matcher(org.khotin.text.Unicode.nfcPlainSpaces(line)).replaceAll("");
            for (String part : breaks.split(ungrouped)) {
                List<String> words = word.matcher(part).results().map(java.util.regex.MatchResult::group).toList();
                if (!words.isEmpty()) expected.add(words);
            }
            assertThat(SearchText.phrases(line)).as(line).isEqualTo(expected);
            assertThat(SearchText.words(line)).as(line).isEqualTo(expected.stream().flatMap(List::stream).toList());
        }
    }
}
