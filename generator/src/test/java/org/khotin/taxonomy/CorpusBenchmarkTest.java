package org.khotin.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures of {@code keywords bench --corpus}, on articles whose keywords are given. */
class CorpusBenchmarkTest {
    private static ArticleText words(int n) {
        return new ArticleText("Tiêu đề", "", List.of(String.join(" ", Collections.nCopies(n - 2, "chữ"))));
    }

    @Test
    void countsKeywordsPerArticleKeywordsUsedOnceAndTheMostUsed() {
        List<CorpusBenchmark.Doc> docs = List.of(
                new CorpusBenchmark.Doc("a", words(200), List.of("giá vàng", "Hà Nội", "vàng miếng")),
                new CorpusBenchmark.Doc("b", words(200), List.of("Giá vàng", "TP Hồ Chí Minh")),
                new CorpusBenchmark.Doc("c", words(100), List.of("giá vàng")));
        CorpusBenchmark.Report r = CorpusBenchmark.run(docs, GoldKeywords.of(Map.of()), WordLists.places(), Map.of());
        assertThat(r.perArticle()).isEqualTo(2.0);
        // one keyword whatever its case: giá vàng (3 articles), and three keywords of one article each
        assertThat(r.distinctKeywords()).isEqualTo(4);
        assertThat(r.usedOnce()).isEqualTo(3);
        assertThat(r.usedOnceShare()).isEqualTo(0.75);
        assertThat(r.mostUsed().get(0)).isEqualTo(new CorpusBenchmark.Use("giá vàng", 3));
        // articles of 150 words or more should have 3 to 8: "b" has 2
        assertThat(r.longArticles()).isEqualTo(2);
        assertThat(r.longOutsideRange()).isEqualTo(1);
        assertThat(r.withGold()).isZero();
    }

    @Test
    void topicHitNeedsAStrictMatchAmongTheFirstFiveAndPrecisionCountsEverySuggestion() {
        List<CorpusBenchmark.Doc> docs = List.of(
                new CorpusBenchmark.Doc("on", words(200), List.of("Hà Nội", "a b", "c d", "e f", "g h", "giá vàng")),
                new CorpusBenchmark.Doc("late", words(200), List.of("a b", "c d", "e f", "g h", "i k", "giá vàng")),
                new CorpusBenchmark.Doc("loose", words(200), List.of("Tô Lâm")),
                new CorpusBenchmark.Doc("no gold", words(200), List.of("giá vàng")));
        GoldKeywords gold = GoldKeywords.of(Map.of("on", List.of("Hà Nội"), "late", List.of("Giá vàng"),
                "loose", List.of("Tổng Bí thư Tô Lâm")));
        CorpusBenchmark.Report r = CorpusBenchmark.run(docs, gold, WordLists.places(), Map.of());
        assertThat(r.withGold()).isEqualTo(3);
        assertThat(r.topicHits()).isEqualTo(1);
        assertThat(r.rows().get(0).topicHit()).isTrue();
        assertThat(r.rows().get(1).topicHit()).as("its match is sixth").isFalse();
        assertThat(r.judged()).isEqualTo(13);
        assertThat(r.strict()).isEqualTo(2);
        assertThat(r.loose()).isEqualTo(1);
        assertThat(r.loosePrecision()).isEqualTo(3.0 / 13);
        assertThat(r.rows().get(2).marks()).containsExactly(GoldKeywords.Match.LOOSE);
        assertThat(r.rows().get(3).marks()).isNull();
    }
}
