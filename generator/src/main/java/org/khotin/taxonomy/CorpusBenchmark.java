package org.khotin.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khotin.text.VietnameseOrder;

/**
 * Keyword suggestions measured on a corpus of real articles, as an archive: how many keywords each article
 * gets, how many keywords only one article uses (a keyword page that links nowhere else), the most used ones,
 * and, for articles with newsroom keywords ({@link GoldKeywords}), whether one of the first {@link #TOPIC_RANK}
 * suggestions names the article's topic and how many suggestions the newsroom would agree with.
 */
public final class CorpusBenchmark {
    private CorpusBenchmark() {}

    /** An article counts as on topic when one of this many first suggestions matches a gold keyword strictly. */
    public static final int TOPIC_RANK = 5;
    /** Articles at least this long should get between {@link #FEWEST} and {@link #MOST} keywords. */
    public static final int LONG_ARTICLE_WORDS = 150;
    public static final int FEWEST = 3;
    public static final int MOST = 8;
    /** The most used keywords listed. */
    public static final int TOP = 30;

    /** One article of the corpus: its id (file name without extension), text, and the keywords it got. */
    public record Doc(String id, ArticleText text, List<String> keywords) {
        public Doc {
            keywords = List.copyOf(keywords);
        }

        /** Syllables of title, lead and body: Vietnamese words are written one syllable a token. */
        public int words() {
            int n = count(text.title()) + count(text.lead());
            for (String p : text.paragraphs()) n += count(p);
            return n;
        }

        private static int count(String s) {
            String t = s.strip();
            return t.isEmpty() ? 0 : t.split("\\s+").length;
        }
    }

    /** One article's result; {@code marks} line up with {@code keywords} (null without gold). */
    public record Row(String id, int words, List<String> keywords, List<String> gold, List<GoldKeywords.Match> marks,
                      boolean topicHit) {}

    /** A keyword and the number of articles that carry it. */
    public record Use(String label, int articles) {}

    public record Report(List<Row> rows, int articles, int keywords, int distinctKeywords, int usedOnce,
                         int longArticles, int longOutsideRange, List<Use> mostUsed,
                         int withGold, int topicHits, int judged, int strict, int loose) {
        public double perArticle() {
            return articles == 0 ? 0 : (double) keywords / articles;
        }

        public double usedOnceShare() {
            return distinctKeywords == 0 ? 0 : (double) usedOnce / distinctKeywords;
        }

        public double topicHitRate() {
            return withGold == 0 ? 0 : (double) topicHits / withGold;
        }

        public double strictPrecision() {
            return judged == 0 ? 0 : (double) strict / judged;
        }

        /** Strict matches count as loose ones too. */
        public double loosePrecision() {
            return judged == 0 ? 0 : (double) (strict + loose) / judged;
        }
    }

    /**
     * @param places place names (lowercase keys) for the gold keywords' head phrases
     * @param abbreviations per article id, the abbreviations its text defines (short form key → long form key)
     */
    public static Report run(List<Doc> docs, GoldKeywords gold, Set<String> places,
                             Map<String, Map<String, String>> abbreviations) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> uses = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        int keywords = 0;
        int longArticles = 0;
        int longOutside = 0;
        int withGold = 0;
        int hits = 0;
        int judged = 0;
        int strict = 0;
        int loose = 0;
        for (Doc d : docs) {
            List<String> kw = d.keywords();
            keywords += kw.size();
            for (String k : kw.stream().distinct().toList()) {
                String key = KeywordKeys.key(k);
                uses.merge(key, 1, Integer::sum);
                spellings.computeIfAbsent(key, x -> new LinkedHashMap<>()).merge(k, 1, Integer::sum);
            }
            int words = d.words();
            if (words >= LONG_ARTICLE_WORDS) {
                longArticles++;
                if (kw.size() < FEWEST || kw.size() > MOST) longOutside++;
            }
            List<String> g = gold.forArticle(d.id()).orElse(null);
            List<GoldKeywords.Match> marks = null;
            boolean hit = false;
            if (g != null) {
                withGold++;
                Map<String, String> abbr = abbreviations.getOrDefault(d.id(), Map.of());
                marks = new ArrayList<>();
                for (int i = 0; i < kw.size(); i++) {
                    GoldKeywords.Match m = GoldKeywords.match(kw.get(i), g, places, abbr);
                    marks.add(m);
                    if (m == GoldKeywords.Match.STRICT) {
                        strict++;
                        if (i < TOPIC_RANK) hit = true;
                    } else if (m == GoldKeywords.Match.LOOSE) {
                        loose++;
                    }
                }
                judged += kw.size();
                if (hit) hits++;
            }
            rows.add(new Row(d.id(), words, kw, g, marks, hit));
        }
        int usedOnce = (int) uses.values().stream().filter(n -> n == 1).count();
        VietnameseOrder order = new VietnameseOrder();
        List<Use> most = uses.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey, order))
                .limit(TOP)
                .map(e -> new Use(mostWritten(spellings.get(e.getKey())), e.getValue()))
                .toList();
        return new Report(rows, docs.size(), keywords, uses.size(), usedOnce, longArticles, longOutside, most,
                withGold, hits, judged, strict, loose);
    }

    private static String mostWritten(Map<String, Integer> spellings) {
        return spellings.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }
}
