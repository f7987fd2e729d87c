package org.khotin.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The loop that finds clause and sentence breaks says what the regexes it replaced said. */
class ClauseBreaksTest {
    @Test
    void agreesWithTheRegexes() {
        List<String> between = List.of("", " ", ", ", ". ", " - ", " – ", "…", " (", ") ", "\"", "“", " ' ", "/", "\n",
                ".\n", " \u2028, ", "x", "  ", "#", "%", " ]", "[", "|", "•", "+=", "*&", "!?", ";", ":", "—", "’", "‘", "”");
        for (String s : between) {
            assertThat(KeywordExtractor.anyOnOneLine(s, KeywordExtractor.CLAUSE_BREAK_CHARS)).as("clause %s", s)
                    .isEqualTo(s.matches(".*[.!?;:…,()\\[\\]\"“”‘’'|–—/•+=*&%#].*"));
            assertThat(KeywordExtractor.anyOnOneLine(s, KeywordExtractor.SENTENCE_BREAK_CHARS)).as("sentence %s", s)
                    .isEqualTo(s.matches(".*[.!?…].*"));
        }
    }
}
