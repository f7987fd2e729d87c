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
import org.khotin.diag.Progress;
import org.khotin.taxonomy.Glossary;
import org.khotin.taxonomy.KeywordIndex;

/** The index on a synthetic archive: the same lists every time, whatever the thread timing. */
class RelatedIndexTest {
    private static final double MIN_SCORE = SiteConfig.DEFAULT_RELATED_MIN_SCORE;

    private static RelatedIndex index(List<Article> articles, int count, double minScore) {
        Problems problems = new Problems();
        Corpus corpus = Corpus.of(articles, problems);
        KeywordIndex keywords = KeywordIndex.build(corpus.articles(), Glossary.empty(), problems);
        RelatedIndex index = RelatedIndex.build(corpus, keywords, count, minScore, SiteConfig.VIETNAM, problems);
        assertThat(problems.errors()).isEmpty();
        return index;
    }

    private static Map<String, List<String>> lists(List<Article> articles, int count, double minScore) {
        RelatedIndex index = index(articles, count, minScore);
        Map<String, List<String>> out = new TreeMap<>();
        for (Article a : articles) out.put(a.id(), index.relatedTo(a.id()));
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
        Map<String, List<String>> first = lists(articles, 5, MIN_SCORE);
        assertThat(lists(articles, 5, MIN_SCORE)).isEqualTo(first);
        first.forEach((id, related) -> {
            assertThat(related).hasSizeLessThanOrEqualTo(5).doesNotContain(id).doesNotHaveDuplicates();
        });
        // without a cut-off, nearly every article of a topic-structured archive finds candidates
        long withList = lists(articles, 5, 0).values().stream().filter(l -> !l.isEmpty()).count();
        assertThat(withList).isGreaterThan(2900);
    }

    /**
     * Every listed article reaches the cut-off, and an article with fewer than five has no candidate above it
     * left out (no slot is filled below the cut-off, none left empty above it).
     */
    @Test
    void listsHoldOnlyCandidatesAboveTheCutOff() {
        List<Article> articles = SyntheticArchive.generate(1500, 4);
        RelatedIndex index = index(articles, 5, MIN_SCORE);
        int shorter = 0;
        for (Article a : articles.subList(0, 300)) {
            List<String> listed = index.relatedTo(a.id());
            List<Scored> explained = index.explain(a.id());
            for (Scored s : explained) {
                if (listed.contains(s.id())) {
                    assertThat(s.evidence()).as(a.id() + " → " + s.id()).isGreaterThanOrEqualTo(MIN_SCORE);
                    assertThat(s.belowCutOff()).isFalse();
                } else if (listed.size() < 5) {
                    assertThat(s.belowCutOff()).as(a.id() + " leaves out " + s.id()).isTrue();
                }
            }
            if (listed.size() < 5) shorter++;
            // the explanation gives the scores the list was ranked by: listed, best first
            List<Double> totals = explained.stream().filter(s -> listed.contains(s.id()))
                    .map(s -> s.keywordScore() + s.textScore() + s.recency()).toList();
            for (int k = 1; k < totals.size(); k++) {
                assertThat(totals.get(k)).as(a.id() + " list position " + k).isLessThanOrEqualTo(totals.get(k - 1));
            }
        }
        assertThat(shorter).as("the cut-off leaves some slots empty").isPositive();
        // a cut-off of 0 fills the slots again with whatever shares a keyword or term
        RelatedIndex unlimited = index(articles, 5, 0);
        long full = articles.subList(0, 300).stream().filter(a -> unlimited.relatedTo(a.id()).size() == 5).count();
        assertThat(full).isGreaterThan(290);
    }

    /** A synthetic archive's index as the preview keeps it: with term counts that a later update reuses. */
    private record Preview(Corpus corpus, KeywordIndex keywords, TermCounts counts, RelatedIndex index) {
        static Preview of(int size, long seed, Problems problems) {
            Corpus corpus = Corpus.of(SyntheticArchive.generate(size, seed), problems);
            KeywordIndex keywords = KeywordIndex.build(corpus.articles(), Glossary.empty(), problems);
            TermCounts counts = new TermCounts();
            RelatedIndex index = RelatedIndex.build(corpus, keywords, 5, MIN_SCORE, SiteConfig.VIETNAM, problems, counts,
                    Progress.NONE);
            return new Preview(corpus, keywords, counts, index);
        }
    }

    /**
     * The preview's update after an edit gives exactly the lists a build from scratch gives, names exactly
     * the lists that changed, and computes far fewer lists than the archive holds.
     */
    @Test
    void updateAfterEditsEqualsAFreshBuild() {
        Problems problems = new Problems();
        Preview preview = Preview.of(3000, 5, problems);
        Corpus corpus = preview.corpus();
        TermCounts counts = preview.counts();
        RelatedIndex index = preview.index();
        java.util.Random random = new java.util.Random(11);
        int changedLists = 0;
        for (int round = 0; round < 6; round++) {
            List<Article> all = corpus.articles();
            List<Article> edited = new java.util.ArrayList<>();
            for (int e = 0; e < 1 + round % 3; e++) {
                Article a = all.get(random.nextInt(all.size()));
                if (edited.stream().anyMatch(x -> x.id().equals(a.id()))) continue;
                String body = a.body().text();
                String changed = switch ((round + e) % 3) {
                    case 0 -> body + " " + all.get(random.nextInt(all.size())).body().text().substring(0, 200);
                    case 1 -> body.substring(0, body.length() / 2);
                    default -> body.replace(body.substring(0, 40), all.get(random.nextInt(all.size())).meta().title());
                };
                edited.add(new Article(a.id(), a.sourcePath(), a.meta(), org.khotin.content.Body.held(changed), a.bodyLine(), a.lead()));
            }
            Corpus next = corpus.replacing(edited);
            KeywordIndex nextKeywords = KeywordIndex.build(next.articles(), Glossary.empty(), problems);
            RelatedIndex.Update update = index.update(next, nextKeywords, counts).orElseThrow();
            RelatedIndex fresh = RelatedIndex.build(next, nextKeywords, 5, MIN_SCORE, SiteConfig.VIETNAM, problems);
            int differ = 0;
            for (Article a : next.articles()) {
                assertThat(update.index().relatedTo(a.id())).as(a.id()).isEqualTo(fresh.relatedTo(a.id()));
                if (!index.relatedTo(a.id()).equals(fresh.relatedTo(a.id()))) differ++;
            }
            assertThat(update.recomputed()).isLessThan(all.size() / 2).isGreaterThanOrEqualTo(differ);
            changedLists += differ;
            corpus = next;
            index = update.index();
        }
        assertThat(changedLists).as("the edits changed some lists").isPositive();
        assertThat(problems.errors()).isEmpty();
    }

    @Test
    void documentFrequenciesAreRoundedToThreeLeadingBits() {
        assertThat(java.util.stream.IntStream.rangeClosed(2, 21).map(RelatedIndex::roundedFrequency).toArray())
                .containsExactly(2, 3, 4, 5, 6, 7, 8, 8, 10, 10, 12, 12, 14, 14, 16, 16, 16, 16, 20, 20);
        assertThat(RelatedIndex.roundedFrequency(1000)).isEqualTo(896);
    }

    @Test
    void noUpdateWhenKeywordsDatesOrTheArticleSetChange() {
        Problems problems = new Problems();
        Preview preview = Preview.of(400, 6, problems);
        Corpus corpus = preview.corpus();
        KeywordIndex keywords = preview.keywords();
        TermCounts counts = preview.counts();
        RelatedIndex index = preview.index();
        Article a = corpus.articles().get(10);
        org.khotin.content.FrontMatter m = a.meta();
        org.khotin.content.FrontMatter otherKeywords = new org.khotin.content.FrontMatter(m.title(), m.date(), m.updated(),
                m.lang(), m.slug(), m.summary(), List.of("một từ khóa mới"), m.category(), m.series(), m.author(), m.authorOrg(),
                m.source(), m.kicker(), m.translationKey(), m.draft(), m.needsReview(), m.related(), m.relatedExclude(),
                m.media(), m.aliases(), m.sourceFile(), m.sourceSha256(), m.sourceEncoding(), m.dateRaw(), m.dateOnly(), m.positions());
        Corpus retagged = corpus.replacing(List.of(new Article(a.id(), a.sourcePath(), otherKeywords, a.body(), a.bodyLine(), a.lead())));
        assertThat(index.update(retagged, KeywordIndex.build(retagged.articles(), Glossary.empty(), problems), counts)).isEmpty();
        Corpus smaller = Corpus.of(corpus.articles().subList(1, 400), problems);
        assertThat(index.update(smaller, KeywordIndex.build(smaller.articles(), Glossary.empty(), problems), counts)).isEmpty();
        RelatedIndex oneOff = RelatedIndex.build(corpus, keywords, 5, MIN_SCORE, SiteConfig.VIETNAM, problems);
        assertThat(oneOff.update(corpus, keywords, TermCounts.forOneBuild())).isEmpty();
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
