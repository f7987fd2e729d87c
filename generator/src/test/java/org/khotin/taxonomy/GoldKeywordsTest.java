package org.khotin.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khotin.diag.Problems;

/** Newsroom keywords as the corpus benchmark reads and compares them. */
class GoldKeywordsTest {
    private static final Set<String> PLACES = WordLists.places();

    @Test
    void readsOneArticleALineWithBarOrSemicolonSeparatedKeywords() {
        Problems problems = new Problems();
        GoldKeywords gold = GoldKeywords.parse("""
                # id, a tab, keywords
                a1\tLai Châu|Ban Tổ chức Tỉnh ủy Lai Châu; Bùi Huy Phương
                a2\tgiá vàng |  |vàng miếng

                no tab here
                """, "gold.tsv", problems);
        assertThat(gold.forArticle("a1")).contains(List.of("Lai Châu", "Ban Tổ chức Tỉnh ủy Lai Châu", "Bùi Huy Phương"));
        assertThat(gold.forArticle("a2")).contains(List.of("giá vàng", "vàng miếng"));
        assertThat(gold.forArticle("a3")).isEmpty();
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.pos().line()).isEqualTo(5);
            assertThat(p.hint()).contains("tab");
        });
    }

    @Test
    void theHeadPhraseDropsTheNameOrNumberThatQualifiesIt() {
        assertThat(GoldKeywords.head("công tác cán bộ Cao Bằng", PLACES)).isEqualTo("công tác cán bộ");
        assertThat(GoldKeywords.head("bầu cử sớm ở TPHCM", PLACES)).isEqualTo("bầu cử sớm");
        assertThat(GoldKeywords.head("Ban Tổ chức Tỉnh ủy Lai Châu", PLACES)).isEqualTo("Ban Tổ chức Tỉnh ủy");
        assertThat(GoldKeywords.head("thủy triều đỏ Gia Lai", PLACES)).isEqualTo("thủy triều đỏ");
        assertThat(GoldKeywords.head("dự báo thời tiết 26/2", PLACES)).isEqualTo("dự báo thời tiết");
        // a document's number is the document; a lone word is no head
        assertThat(GoldKeywords.head("Nghị quyết 79", PLACES)).isEmpty();
        assertThat(GoldKeywords.head("Quảng Trị", PLACES)).isEmpty();
    }

    @Test
    void strictMatchesIgnoreCaseTonePlacementAndAbbreviations() {
        List<String> gold = List.of("Văn hoá", "UBND tỉnh Cao Bằng", "TPHCM", "Nghị quyết 79", "công tác cán bộ Cao Bằng",
                "Ông Đỗ Vinh Quang");
        Map<String, String> none = Map.of();
        assertThat(GoldKeywords.match("văn hóa", gold, PLACES, none)).isEqualTo(GoldKeywords.Match.STRICT);
        assertThat(GoldKeywords.match("Ủy ban nhân dân tỉnh Cao Bằng", gold, PLACES, none))
                .isEqualTo(GoldKeywords.Match.STRICT);
        assertThat(GoldKeywords.match("TP Hồ Chí Minh", gold, PLACES, none)).isEqualTo(GoldKeywords.Match.STRICT);
        assertThat(GoldKeywords.match("Nghị quyết 79-NQ/TW", gold, PLACES, none)).isEqualTo(GoldKeywords.Match.STRICT);
        assertThat(GoldKeywords.match("công tác cán bộ", gold, PLACES, none)).isEqualTo(GoldKeywords.Match.STRICT);
        assertThat(GoldKeywords.match("Đỗ Vinh Quang", gold, PLACES, none)).isEqualTo(GoldKeywords.Match.STRICT);
        assertThat(GoldKeywords.match("Nghị quyết 80-NQ/TW", gold, PLACES, none)).isEqualTo(GoldKeywords.Match.NONE);
    }

    @Test
    void looseMatchesHoldOneInTheOtherAsWholeWords() {
        List<String> gold = List.of("Tổng Bí thư Tô Lâm", "tuyến xe buýt điện VinBus", "chính sách thuế Mỹ", "Tổ chức");
        Map<String, String> none = Map.of();
        assertThat(GoldKeywords.match("Tô Lâm", gold, PLACES, none)).isEqualTo(GoldKeywords.Match.LOOSE);
        assertThat(GoldKeywords.match("xe buýt điện", gold, PLACES, none)).isEqualTo(GoldKeywords.Match.LOOSE);
        // a brand and a place are specific on their own; a lone Vietnamese syllable is not
        assertThat(GoldKeywords.match("VinBus", gold, PLACES, none)).isEqualTo(GoldKeywords.Match.LOOSE);
        assertThat(GoldKeywords.match("Mỹ", gold, PLACES, none)).isEqualTo(GoldKeywords.Match.LOOSE);
        assertThat(GoldKeywords.match("xe", gold, PLACES, none)).isEqualTo(GoldKeywords.Match.NONE);
        assertThat(GoldKeywords.match("Lâm Đồng", gold, PLACES, none)).isEqualTo(GoldKeywords.Match.NONE);
    }

    @Test
    void anAbbreviationTheArticleDefinesMatchesWhatItStandsFor() {
        List<String> gold = List.of("nhà ở xã hội");
        assertThat(GoldKeywords.match("NƠXH", gold, PLACES, Map.of())).isEqualTo(GoldKeywords.Match.NONE);
        assertThat(GoldKeywords.match("NƠXH", gold, PLACES, Map.of("nơxh", "nhà ở xã hội")))
                .isEqualTo(GoldKeywords.Match.STRICT);
    }
}
