package org.khotin.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.khotin.testing.VariedText;

/** The extractor's loops give what the regexes they replaced or guard gave. */
class KeywordFastPathsTest {
    /** The tokens as a regex, as the extractor had them. */
    private static final Pattern TOKEN = Pattern.compile("(?U)[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)*|\\d+(?:[.,/-]\\d+)*");

    @Test
    void tokenLoopFindsWhatTheRegexFinds() {
        for (String s : VariedText.lines()) {
            List<String> byRegex = new ArrayList<>();
            Matcher m = TOKEN.matcher(s);
            while (m.find()) byRegex.add(m.start() + "-" + m.end());
            List<String> byLoop = new ArrayList<>();
            for (int start = KeywordExtractor.nextTokenStart(s, 0); start >= 0; ) {
                int end = KeywordExtractor.tokenEnd(s, start);
                byLoop.add(start + "-" + end);
                start = KeywordExtractor.nextTokenStart(s, end);
            }
            assertThat(byLoop).as(s).isEqualTo(byRegex);
        }
    }

    @Test
    void documentReferencesAreNeverFoundWhereTheCheapChecksSayNone() {
        int documents = 0;
        int plenums = 0;
        for (String s : VariedText.lines()) {
            if (KeywordExtractor.DOCUMENT.matcher(s).find()) {
                documents++;
                assertThat(KeywordExtractor.documentNumberPossible(s)).as(s).isTrue();
            }
            Matcher plenum = KeywordExtractor.PLENUM.matcher(s);
            if (plenum.find()) {
                plenums++;
                assertThat(KeywordExtractor.firstPlenumStart(s)).as(s).isBetween(0, plenum.start());
            }
        }
        for (String s : VariedText.lines()) {
            Matcher m = KeywordExtractor.DOCUMENT.matcher(s);
            if (m.find()) assertThat(m.start()).as(s).isGreaterThanOrEqualTo(KeywordExtractor.firstDocumentType(s));
        }
        assertThat(documents).isGreaterThanOrEqualTo(5);
        assertThat(plenums).isGreaterThanOrEqualTo(3);
        assertThat(KeywordExtractor.documentNumberPossible("ngày 03/4, giai đoạn 2020-2025")).isFalse();
        assertThat(KeywordExtractor.firstPlenumStart("Ban Tổ chức Trung ương và Trung ương Đảng")).isEqualTo(-1);
        assertThat(KeywordExtractor.firstPlenumStart("Nghị quyết số 5, Nghị quyết Trung ương 4")).isEqualTo(17);
    }
}
