package org.khotin.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.content.Corpus;
import org.khotin.diag.Problems;
import org.khotin.taxonomy.Glossary;
import org.khotin.taxonomy.KeywordIndex;

/** The index on a synthetic archive: the same lists every time, whatever the thread timing. */
class RelatedIndexTest {
    private static Map<String, List<String>> lists(List<Article> articles, int count) {
        Problems problems = new Problems();
        Corpus corpus = Corpus.of(articles, problems);
        KeywordIndex keywords = KeywordIndex.build(corpus.articles(), Glossary.empty(), problems);
        RelatedIndex index = RelatedIndex.build(corpus, keywords, count, SiteConfig.VIETNAM, problems);
        assertThat(problems.errors()).isEmpty();
        Map<String, List<String>> out = new TreeMap<>();
        for (Article a : corpus.articles()) out.put(a.id(), index.relatedTo(a.id()));
        return out;
    }

    @Test
    void syntheticArchiveIsTheSameForTheSameSeed() {
        List<Article> a = SyntheticArchive.generate(500, 7);
        List<Article> b = SyntheticArchive.generate(500, 7);
        assertThat(a).isEqualTo(b);
        assertThat(SyntheticArchive.generate(500, 8)).isNotEqualTo(a);
    }

    @Test
    void deterministicAcrossRunsAndNeverTheArticleItself() {
        List<Article> articles = SyntheticArchive.generate(3000, 3);
        Map<String, List<String>> first = lists(articles, 5);
        assertThat(lists(articles, 5)).isEqualTo(first);
        first.forEach((id, related) -> {
            assertThat(related).hasSizeLessThanOrEqualTo(5).doesNotContain(id).doesNotHaveDuplicates();
        });
        // most articles of a topic-structured archive find related ones
        long withList = first.values().stream().filter(l -> !l.isEmpty()).count();
        assertThat(withList).isGreaterThan(2900);
    }

    @Test
    void textTermsIgnoreCaseTonePlacementStopwordsAndPunctuation() {
        TextTerms terms = new TextTerms();
        long[] a = terms.hashes("Hoà bình, và phát triển.");
        long[] b = terms.hashes("HÒA BÌNH và Phát Triển");
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(b);
        assertThat(a).isEqualTo(b);
        Map<Long, String> names = terms.names("Hoà bình, và phát triển. Xem https://example.org/x tại đây");
        assertThat(names.values()).contains("hòa", "bình", "hòa bình", "phát triển")
                .doesNotContain("bình phát", "và", "https", "example", "xem https");
    }
}
