package org.khotin.related;

import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.khotin.content.Article;
import org.khotin.content.Corpus;
import org.khotin.diag.Problems;
import org.khotin.taxonomy.KeywordIndex;

/**
 * Related articles for every article: shared keywords weighted by rarity, plus the cosine of the articles'
 * top TF-IDF terms, plus a small recency term. Candidates come from inverted indexes (keyword → articles,
 * term → articles) whose very long postings lists are skipped, so the cost grows with the postings, not
 * with the square of the archive; the best candidates are then scored exactly.
 */
public final class RelatedIndex {
    /** What one shared keyword of weight 1 (the rarest) adds: two rare shared keywords ≈ identical text. */
    static final double KEYWORD_WEIGHT = 0.5;
    static final double RECENCY_WEIGHT = 0.1;
    static final double RECENCY_DAYS = 365.0;
    /** Keywords plus text must reach this, or the candidate is not related at all (recency alone is not enough). */
    static final double MIN_SCORE = 0.05;
    static final int TOP_TERMS = 24;
    /**
     * Keywords and terms on more articles than this generate no candidates (they still count in the exact
     * score). An absolute number, so that adding articles does not move the line under old ones.
     */
    static final int POSTINGS_CAP = 1000;

    private final List<Article> articles;
    private final Map<String, Integer> indexOf;
    private final String[] keywordIds;
    private final double[] keywordWeight;
    private final int[][] keywordsOf;
    private final String[] termNames;
    private final int[][] termsOf;
    private final double[][] termWeightsOf;
    private final int[][] keywordPostings;
    private final int[][] termPostings;
    private final long[] epochDay;
    private final int[] translation;
    private final int[][] pins;
    private final int[][] excludes;
    private final int count;
    private final List<List<String>> lists;

    private RelatedIndex(Builder b, int count) {
        this.articles = b.articles;
        this.indexOf = b.indexOf;
        this.keywordIds = b.keywordIds;
        this.keywordWeight = b.keywordWeight;
        this.keywordsOf = b.keywordsOf;
        this.termNames = b.termNames;
        this.termsOf = b.termsOf;
        this.termWeightsOf = b.termWeightsOf;
        this.keywordPostings = b.keywordPostings;
        this.termPostings = b.termPostings;
        this.epochDay = b.epochDay;
        this.translation = b.translation;
        this.pins = b.pins;
        this.excludes = b.excludes;
        this.count = count;
        int n = articles.size();
        // Chunks of articles in parallel, each with its own accumulators; results land by index.
        List<List<String>> out = new ArrayList<>(java.util.Collections.nCopies(n, List.<String>of()));
        int chunk = Math.max(64, n / 64 + 1);
        String[][] results = new String[n][];
        IntStream.range(0, (n + chunk - 1) / chunk).parallel().forEach(c -> {
            Accumulator acc = new Accumulator(n);
            for (int i = c * chunk; i < Math.min(n, (c + 1) * chunk); i++) {
                results[i] = select(i, acc).stream().map(s -> s.id()).toArray(String[]::new);
            }
        });
        for (int i = 0; i < n; i++) out.set(i, List.of(results[i]));
        this.lists = out;
    }

    /**
     * @param corpus   every article; lists prefer the article's own language
     * @param keywords the archive's keyword identities
     * @param count    how many related articles a page shows ({@code related.count})
     */
    public static RelatedIndex build(Corpus corpus, KeywordIndex keywords, int count, ZoneId zone, Problems problems) {
        return new RelatedIndex(new Builder(corpus, keywords, zone, problems), count);
    }

    /** The related articles of one article, pinned ones first: ids, at most {@code count} unless more are pinned. */
    public List<String> relatedTo(String articleId) {
        Integer i = indexOf.get(articleId);
        return i == null ? List.of() : lists.get(i);
    }

    /** Every candidate that was considered for an article, best first, with the score broken down. */
    public List<Scored> explain(String articleId) {
        Integer i = indexOf.get(articleId);
        if (i == null) return List.of();
        return candidates(i, new Accumulator(articles.size()), Math.max(20, 4 * count));
    }

    public String keywordId(int k) {
        return keywordIds[k];
    }

    private static final class Accumulator {
        final double[] score;
        final boolean[] seen;
        final int[] touched;
        int size;

        Accumulator(int n) {
            score = new double[n];
            seen = new boolean[n];
            touched = new int[n];
        }

        void add(int j, double s) {
            if (!seen[j]) {
                seen[j] = true;
                touched[size++] = j;
            }
            score[j] += s;
        }

        void clear() {
            for (int k = 0; k < size; k++) {
                seen[touched[k]] = false;
                score[touched[k]] = 0;
            }
            size = 0;
        }
    }

    private List<Scored> select(int i, Accumulator acc) {
        List<Scored> out = new ArrayList<>();
        Set<Integer> taken = new LinkedHashSet<>();
        for (int p : pins[i]) {
            if (taken.add(p)) out.add(exact(i, p, true));
        }
        int room = count - out.size();
        if (room <= 0) return out;
        for (Scored s : candidates(i, acc, Math.max(20, 4 * count))) {
            if (room == 0) break;
            if (s.pinned() || s.keywordScore() + s.textScore() < MIN_SCORE) continue;
            int j = indexOf.get(s.id());
            // one version of a story: skip an article whose translation is already listed
            if (translation[j] >= 0 && taken.contains(translation[j])) continue;
            taken.add(j);
            out.add(s);
            room--;
        }
        return out;
    }

    /** Pins, then candidates by: same language first, score desc, |date difference| asc, id. */
    private List<Scored> candidates(int i, Accumulator acc, int limit) {
        for (int k : keywordsOf[i]) {
            int[] posting = keywordPostings[k];
            if (posting.length > POSTINGS_CAP) continue;
            for (int j : posting) acc.add(j, KEYWORD_WEIGHT * keywordWeight[k]);
        }
        int[] terms = termsOf[i];
        for (int t = 0; t < terms.length; t++) {
            int[] posting = termPostings[terms[t]];
            if (posting.length > POSTINGS_CAP) continue;
            for (int j : posting) acc.add(j, termWeightsOf[i][t] * weightOf(j, terms[t]));
        }
        List<Integer> found = new ArrayList<>(acc.size);
        for (int k = 0; k < acc.size; k++) {
            int j = acc.touched[k];
            if (j != i && j != translation[i] && Arrays.binarySearch(excludes[i], j) < 0) found.add(j);
        }
        double[] approx = acc.score;
        found.sort(Comparator.comparingDouble((Integer j) -> -approx[j]).thenComparingInt(j -> j));
        List<Scored> scored = new ArrayList<>();
        Set<Integer> pinned = new java.util.HashSet<>();
        for (int p : pins[i]) pinned.add(p);
        for (int k = 0; k < Math.min(limit, found.size()); k++) {
            int j = found.get(k);
            scored.add(exact(i, j, pinned.contains(j)));
        }
        acc.clear();
        var own = articles.get(i).lang();
        scored.sort(Comparator.comparing((Scored s) -> articles.get(indexOf.get(s.id())).lang() != own)
                .thenComparing(Comparator.comparingDouble(Scored::score).reversed())
                .thenComparingLong(Scored::daysApart)
                .thenComparing(Scored::id));
        return scored;
    }

    private double weightOf(int j, int term) {
        int pos = Arrays.binarySearch(termsOf[j], term);
        return pos < 0 ? 0 : termWeightsOf[j][pos];
    }

    private Scored exact(int i, int j, boolean pinned) {
        List<Scored.Shared> shared = new ArrayList<>();
        double kw = 0;
        int[] a = keywordsOf[i];
        int[] b = keywordsOf[j];
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] == b[y]) {
                double w = KEYWORD_WEIGHT * keywordWeight[a[x]];
                shared.add(new Scored.Shared(keywordIds[a[x]], w));
                kw += w;
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        shared.sort(Comparator.comparingDouble((Scored.Shared s) -> -s.weight()).thenComparing(Scored.Shared::keywordId));
        double text = 0;
        List<double[]> contributions = new ArrayList<>();
        int[] ta = termsOf[i];
        int[] tb = termsOf[j];
        for (int x = 0, y = 0; x < ta.length && y < tb.length; ) {
            if (ta[x] == tb[y]) {
                double c = termWeightsOf[i][x] * termWeightsOf[j][y];
                text += c;
                contributions.add(new double[] {c, ta[x]});
                x++;
                y++;
            } else if (ta[x] < tb[y]) {
                x++;
            } else {
                y++;
            }
        }
        contributions.sort(Comparator.comparingDouble((double[] c) -> -c[0]).thenComparingDouble(c -> c[1]));
        List<String> terms = contributions.stream().limit(6).map(c -> termNames[(int) c[1]]).toList();
        long days = Math.abs(epochDay[i] - epochDay[j]);
        double recency = RECENCY_WEIGHT * Math.exp(-days / RECENCY_DAYS);
        return new Scored(articles.get(j).id(), pinned, shared, kw, terms, text, days, recency);
    }

    /** Everything the index is made of, computed once. */
    private static final class Builder {
        final List<Article> articles;
        final Map<String, Integer> indexOf = new HashMap<>();
        String[] keywordIds;
        double[] keywordWeight;
        int[][] keywordsOf;
        String[] termNames;
        int[][] termsOf;
        double[][] termWeightsOf;
        int[][] keywordPostings;
        int[][] termPostings;
        long[] epochDay;
        int[] translation;
        int[][] pins;
        int[][] excludes;

        Builder(Corpus corpus, KeywordIndex keywords, ZoneId zone, Problems problems) {
            articles = corpus.articles();
            int n = articles.size();
            for (int i = 0; i < n; i++) indexOf.put(articles.get(i).id(), i);
            epochDay = new long[n];
            translation = new int[n];
            for (int i = 0; i < n; i++) {
                Article a = articles.get(i);
                epochDay[i] = a.localDate(zone).toLocalDate().toEpochDay();
                translation[i] = corpus.translationOf(a).map(t -> indexOf.get(t.id())).orElse(-1);
            }
            keywords(keywords);
            terms();
            references(corpus, problems);
        }

        private void keywords(KeywordIndex index) {
            int n = articles.size();
            Map<String, Integer> ids = new TreeMap<>();
            List<List<String>> per = new ArrayList<>(n);
            for (Article a : articles) {
                List<String> list = index.idsOf(a);
                per.add(list);
                list.forEach(id -> ids.putIfAbsent(id, 0));
            }
            keywordIds = ids.keySet().toArray(String[]::new);
            int k = 0;
            for (String id : keywordIds) ids.put(id, k++);
            int[] df = new int[keywordIds.length];
            keywordsOf = new int[n][];
            for (int i = 0; i < n; i++) {
                keywordsOf[i] = per.get(i).stream().mapToInt(ids::get).sorted().toArray();
                for (int x : keywordsOf[i]) df[x]++;
            }
            // ln(1 + N/df) / ln(1 + N): 1 for the rarest keyword, near 0 for one on every article
            keywordWeight = new double[keywordIds.length];
            for (int x = 0; x < df.length; x++) keywordWeight[x] = Math.log1p((double) n / df[x]) / Math.log1p(n);
            keywordPostings = postings(keywordsOf, keywordIds.length);
        }

        private void terms() {
            int n = articles.size();
            TextTerms tokenizer = new TextTerms();
            List<Map<String, Integer>> tfs = IntStream.range(0, n).parallel()
                    .mapToObj(i -> tokenizer.count(text(articles.get(i)))).toList();
            ConcurrentHashMap<String, Integer> df = new ConcurrentHashMap<>();
            tfs.parallelStream().forEach(m -> m.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
            // each article's top terms by TF-IDF; a term on one article only can relate nothing
            List<List<Map.Entry<String, Double>>> tops = IntStream.range(0, n).parallel().mapToObj(i -> {
                List<Map.Entry<String, Double>> weighted = new ArrayList<>();
                tfs.get(i).forEach((t, tf) -> {
                    int d = df.get(t);
                    if (d < 2 || d >= n) return;
                    weighted.add(Map.entry(t, (1 + Math.log(tf)) * Math.log((double) n / d)));
                });
                weighted.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey));
                return weighted.subList(0, Math.min(TOP_TERMS, weighted.size()));
            }).toList();
            TreeMap<String, Integer> ids = new TreeMap<>();
            for (List<Map.Entry<String, Double>> top : tops) top.forEach(e -> ids.putIfAbsent(e.getKey(), 0));
            termNames = ids.keySet().toArray(String[]::new);
            int k = 0;
            for (String t : termNames) ids.put(t, k++);
            termsOf = new int[n][];
            termWeightsOf = new double[n][];
            for (int i = 0; i < n; i++) {
                List<Map.Entry<String, Double>> top = tops.get(i);
                double norm = Math.sqrt(top.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
                double[] w = new double[top.size()];
                Integer[] order = new Integer[top.size()];
                for (int x = 0; x < order.length; x++) order[x] = x;
                Arrays.sort(order, Comparator.comparingInt(x -> ids.get(top.get(x).getKey())));
                termsOf[i] = new int[top.size()];
                for (int x = 0; x < order.length; x++) {
                    termsOf[i][x] = ids.get(top.get(order[x]).getKey());
                    w[x] = norm == 0 ? 0 : top.get(order[x]).getValue() / norm;
                }
                termWeightsOf[i] = w;
            }
            termPostings = postings(termsOf, termNames.length);
        }

        private static String text(Article a) {
            return a.meta().title() + ".\n" + a.meta().summary() + ".\n" + a.body();
        }

        private static int[][] postings(int[][] of, int size) {
            int[] lengths = new int[size];
            for (int[] list : of) for (int x : list) lengths[x]++;
            int[][] out = new int[size][];
            for (int x = 0; x < size; x++) out[x] = new int[lengths[x]];
            int[] fill = new int[size];
            for (int i = 0; i < of.length; i++) for (int x : of[i]) out[x][fill[x]++] = i;
            return out;
        }

        /** {@code related:} and {@code related_exclude:} name articles by path, id or translation key. */
        private void references(Corpus corpus, Problems problems) {
            int n = articles.size();
            Map<String, Integer> byPath = new HashMap<>();
            Map<String, List<Integer>> byKey = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Article a = articles.get(i);
                byPath.put(a.sourcePath(), i);
                if (!a.meta().translationKey().isEmpty()) {
                    byKey.computeIfAbsent(a.meta().translationKey(), x -> new ArrayList<>()).add(i);
                }
            }
            pins = new int[n][];
            excludes = new int[n][];
            for (int i = 0; i < n; i++) {
                Article a = articles.get(i);
                pins[i] = resolve(i, a.meta().related(), "related", byPath, byKey, problems).stream()
                        .mapToInt(Integer::intValue).toArray();
                excludes[i] = resolve(i, a.meta().relatedExclude(), "related_exclude", byPath, byKey, problems).stream()
                        .mapToInt(Integer::intValue).sorted().toArray();
            }
        }

        private List<Integer> resolve(int i, List<String> refs, String field, Map<String, Integer> byPath,
                                      Map<String, List<Integer>> byKey, Problems problems) {
            Article a = articles.get(i);
            List<Integer> out = new ArrayList<>();
            for (String raw : refs) {
                String ref = raw.strip();
                String path = ref.startsWith("./") ? ref.substring(2) : ref;
                String id = ref.replaceAll("^/+|/+$", "");
                Optional<Integer> found = Optional.ofNullable(byPath.get(path))
                        .or(() -> Optional.ofNullable(indexOf.get(id)))
                        .or(() -> Optional.ofNullable(byKey.get(ref)).map(list -> list.stream()
                                .filter(j -> articles.get(j).lang() == a.lang()).findFirst().orElse(list.get(0))));
                if (found.isEmpty()) {
                    problems.error(a.meta().positionOf(field, a.filePos()), field + ": no article '" + ref + "'",
                            "name an article by its file (content/vi/2019/01/x.md), its id (vi/2019/01/x)"
                                    + " or its translation_key");
                } else if (found.get() == i || found.get() == translation[i]) {
                    problems.error(a.meta().positionOf(field, a.filePos()),
                            field + ": '" + ref + "' is this article or its translation", "list other articles only");
                } else if (!out.contains(found.get())) {
                    out.add(found.get());
                }
            }
            return out;
        }
    }
}
