package org.khotin.related;

import java.time.ZoneId;
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
    /** Postings visited per article when gathering candidates, rarest features first. */
    static final int POSTINGS_BUDGET = 6000;

    private final List<Article> articles;
    private final Map<String, Integer> indexOf;
    private final String[] keywordIds;
    private final double[] keywordWeight;
    private final int[][] keywordsOf;
    private final long[] termHashes;
    private final TextTerms tokenizer;
    private final int[][] termsOf;
    private final double[][] termWeightsOf;
    private final int[][] keywordPostings;
    private final int[][] termPostings;
    private final float[][] termPostingWeights;
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
        this.termHashes = b.termHashes;
        this.tokenizer = b.tokenizer;
        this.termsOf = b.termsOf;
        this.termWeightsOf = b.termWeightsOf;
        this.keywordPostings = b.keywordPostings;
        this.termPostings = b.termPostings;
        this.termPostingWeights = b.termPostingWeights;
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
                results[i] = select(i, acc).toArray(String[]::new);
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
        return build(corpus, keywords, count, zone, problems, TermCounts.forOneBuild());
    }

    /** @param termCounts the term counts of earlier builds in this process; gets this build's, forgets the rest */
    public static RelatedIndex build(Corpus corpus, KeywordIndex keywords, int count, ZoneId zone, Problems problems,
                                     TermCounts termCounts) {
        return new RelatedIndex(new Builder(corpus, keywords, zone, problems, termCounts), count);
    }

    /**
     * Each article's distinct terms with their counts, by its text. Counting is most of the work and does not
     * depend on the rest of the archive, so a rebuild in the same process counts only the texts that changed.
     */
    public static final class TermCounts {
        private record Text(String title, String summary, String body) {
            Text(Article a) {
                this(a.meta().title(), a.meta().summary(), a.body().text());
            }

            String[] parts() {
                return new String[] {title, summary, body};
            }
        }

        /** Sorted distinct term hashes, and how often each occurs (capped at 127: tf is damped by a log anyway). */
        private record Counts(long[] terms, byte[] tfs) {}

        private final Map<Text, Counts> byText = new java.util.concurrent.ConcurrentHashMap<>();
        private final TextTerms tokenizer = new TextTerms();
        private final boolean remembers;

        /** Counts that a later build in this process reuses for texts that did not change. */
        public TermCounts() {
            this(true);
        }

        private TermCounts(boolean remembers) {
            this.remembers = remembers;
        }

        /** Counts for one build only: no text is kept, so a large archive's bodies need not fit in memory. */
        public static TermCounts forOneBuild() {
            return new TermCounts(false);
        }

        private Counts of(Article a) {
            Text text = new Text(a);
            if (!remembers) return count(tokenizer.hashes(text.parts()));
            return byText.computeIfAbsent(text, t -> count(tokenizer.hashes(t.parts())));
        }

        private static Counts count(long[] h) {
            Arrays.sort(h);
            int d = 0;
            for (int x = 0; x < h.length; x++) if (x == 0 || h[x] != h[x - 1]) d++;
            long[] terms = new long[d];
            byte[] tfs = new byte[d];
            int k = -1;
            for (int x = 0; x < h.length; x++) {
                if (x == 0 || h[x] != h[x - 1]) terms[++k] = h[x];
                if (tfs[k] < 127) tfs[k]++;
            }
            return new Counts(terms, tfs);
        }

        private void retain(List<Article> articles) {
            if (!remembers) return;
            Set<Text> kept = new java.util.HashSet<>();
            for (Article a : articles) kept.add(new Text(a));
            byText.keySet().retainAll(kept);
        }
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
        int[] ranked = ranked(i, new Accumulator(articles.size()), Math.max(20, 4 * count));
        Set<Integer> pinned = new java.util.HashSet<>();
        for (int p : pins[i]) pinned.add(p);
        Map<Long, String> names = tokenizer.names(Builder.text(articles.get(i)));
        List<Integer> order = new ArrayList<>();
        for (int p : pins[i]) order.add(p); // pins first, as on the page
        for (int j : ranked) if (!pinned.contains(j)) order.add(j);
        List<Scored> out = new ArrayList<>();
        for (int j : order) {
            Scored s = exact(i, j, pinned.contains(j));
            List<String> terms = sharedTerms(i, j).stream().map(t -> names.getOrDefault(termHashes[t], "#" + t)).toList();
            out.add(new Scored(s.id(), s.pinned(), s.keywords(), s.keywordScore(), terms, s.textScore(), s.daysApart(),
                    s.recency()));
        }
        return out;
    }

    /** The terms two articles share, heaviest contribution first (at most six). */
    private List<Integer> sharedTerms(int i, int j) {
        List<double[]> contributions = new ArrayList<>();
        int[] ta = termsOf[i];
        int[] tb = termsOf[j];
        for (int x = 0, y = 0; x < ta.length && y < tb.length; ) {
            if (ta[x] == tb[y]) {
                contributions.add(new double[] {termWeightsOf[i][x] * termWeightsOf[j][y], ta[x]});
                x++;
                y++;
            } else if (ta[x] < tb[y]) {
                x++;
            } else {
                y++;
            }
        }
        contributions.sort(Comparator.comparingDouble((double[] c) -> -c[0]).thenComparingDouble(c -> c[1]));
        return contributions.stream().limit(6).map(c -> (int) c[1]).toList();
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

    private List<String> select(int i, Accumulator acc) {
        List<String> out = new ArrayList<>();
        Set<Integer> taken = new LinkedHashSet<>();
        for (int p : pins[i]) {
            if (taken.add(p)) out.add(articles.get(p).id());
        }
        int room = count - out.size();
        if (room <= 0) return out;
        int[] ranked = ranked(i, acc, 2 * count + 6);
        for (int j : ranked) {
            if (room == 0) break;
            if (taken.contains(j) || keywordScore(i, j) + textScore(i, j) < MIN_SCORE) continue;
            // one version of a story: skip an article whose translation is already listed
            if (translation[j] >= 0 && taken.contains(translation[j])) continue;
            taken.add(j);
            out.add(articles.get(j).id());
            room--;
        }
        return out;
    }

    /**
     * The best candidates, in the order lists show them: same language first, then exact score desc,
     * |date difference| asc, id.
     */
    private int[] ranked(int i, Accumulator acc, int limit) {
        // Rarest features first: they find the most specific candidates; stop once the budget is spent, so an
        // article's cost is bounded however common its words are.
        int[] kws = keywordsOf[i];
        int[] terms = termsOf[i];
        long[] order = new long[kws.length + terms.length];
        for (int x = 0; x < kws.length; x++) order[x] = ((long) keywordPostings[kws[x]].length << 32) | x;
        for (int x = 0; x < terms.length; x++) order[kws.length + x] = ((long) termPostings[terms[x]].length << 32) | (kws.length + x);
        Arrays.sort(order);
        int visited = 0;
        for (long o : order) {
            int f = (int) o;
            if (f < kws.length) {
                int[] posting = keywordPostings[kws[f]];
                if (posting.length > POSTINGS_CAP) break;
                double w = KEYWORD_WEIGHT * keywordWeight[kws[f]];
                for (int j : posting) acc.add(j, w);
                visited += posting.length;
            } else {
                int t = f - kws.length;
                int[] posting = termPostings[terms[t]];
                if (posting.length > POSTINGS_CAP) break;
                float[] weights = termPostingWeights[terms[t]];
                double wi = termWeightsOf[i][t];
                for (int p = 0; p < posting.length; p++) acc.add(posting[p], wi * weights[p]);
                visited += posting.length;
            }
            if (visited >= POSTINGS_BUDGET) break;
        }
        // the best `limit` by approximate score (ties by index), without sorting every candidate
        int[] best = new int[limit];
        int size = 0;
        double[] approx = acc.score;
        for (int k = 0; k < acc.size; k++) {
            int j = acc.touched[k];
            if (j == i || j == translation[i] || Arrays.binarySearch(excludes[i], j) >= 0) continue;
            if (size == limit && !better(approx, j, best[size - 1])) continue;
            int pos = size == limit ? size - 1 : size++;
            while (pos > 0 && better(approx, j, best[pos - 1])) {
                best[pos] = best[pos - 1];
                pos--;
            }
            best[pos] = j;
        }
        acc.clear();
        int[] out = Arrays.copyOf(best, size);
        double[] score = new double[size];
        for (int k = 0; k < size; k++) score[k] = keywordScore(i, out[k]) + textScore(i, out[k]) + recency(i, out[k]);
        // insertion sort: a handful of candidates, compared on primitives first
        var own = articles.get(i).lang();
        for (int k = 1; k < size; k++) {
            int j = out[k];
            double sj = score[k];
            int pos = k;
            while (pos > 0 && before(i, own, j, sj, out[pos - 1], score[pos - 1])) {
                out[pos] = out[pos - 1];
                score[pos] = score[pos - 1];
                pos--;
            }
            out[pos] = j;
            score[pos] = sj;
        }
        return out;
    }

    private boolean before(int i, org.khotin.config.Language own, int a, double sa, int b, double sb) {
        boolean ownA = articles.get(a).lang() == own;
        boolean ownB = articles.get(b).lang() == own;
        if (ownA != ownB) return ownA;
        if (sa != sb) return sa > sb;
        long da = Math.abs(epochDay[i] - epochDay[a]);
        long db = Math.abs(epochDay[i] - epochDay[b]);
        if (da != db) return da < db;
        return articles.get(a).id().compareTo(articles.get(b).id()) < 0;
    }

    private static boolean better(double[] score, int a, int b) {
        return score[a] > score[b] || (score[a] == score[b] && a < b);
    }

    private double keywordScore(int i, int j) {
        double kw = 0;
        int[] a = keywordsOf[i];
        int[] b = keywordsOf[j];
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] == b[y]) {
                kw += KEYWORD_WEIGHT * keywordWeight[a[x]];
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return kw;
    }

    private double textScore(int i, int j) {
        double text = 0;
        int[] ta = termsOf[i];
        int[] tb = termsOf[j];
        for (int x = 0, y = 0; x < ta.length && y < tb.length; ) {
            if (ta[x] == tb[y]) {
                text += termWeightsOf[i][x] * termWeightsOf[j][y];
                x++;
                y++;
            } else if (ta[x] < tb[y]) {
                x++;
            } else {
                y++;
            }
        }
        return text;
    }

    private double recency(int i, int j) {
        return RECENCY_WEIGHT * Math.exp(-Math.abs(epochDay[i] - epochDay[j]) / RECENCY_DAYS);
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
        int[] ta = termsOf[i];
        int[] tb = termsOf[j];
        for (int x = 0, y = 0; x < ta.length && y < tb.length; ) {
            if (ta[x] == tb[y]) {
                text += termWeightsOf[i][x] * termWeightsOf[j][y];
                x++;
                y++;
            } else if (ta[x] < tb[y]) {
                x++;
            } else {
                y++;
            }
        }
        List<String> terms = List.of();
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
        long[] termHashes;
        TextTerms tokenizer;
        int[][] termsOf;
        double[][] termWeightsOf;
        int[][] keywordPostings;
        int[][] termPostings;
        float[][] termPostingWeights;
        long[] epochDay;
        int[] translation;
        int[][] pins;
        int[][] excludes;

        Builder(Corpus corpus, KeywordIndex keywords, ZoneId zone, Problems problems, TermCounts termCounts) {
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
            terms(termCounts);
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

        private void terms(TermCounts termCounts) {
            int n = articles.size();
            tokenizer = termCounts.tokenizer;
            // pass 1: document frequencies, counted per chunk of articles in parallel, then added up in order
            int chunk = Math.max(256, n / 32 + 1);
            int chunks = (n + chunk - 1) / chunk;
            LongIntMap[] partial = new LongIntMap[chunks];
            long[][] distinct = new long[n][];
            byte[][] counts = new byte[n][];
            IntStream.range(0, chunks).parallel().forEach(c -> {
                LongIntMap local = new LongIntMap(8192);
                for (int i = c * chunk; i < Math.min(n, (c + 1) * chunk); i++) {
                    TermCounts.Counts counted = termCounts.of(articles.get(i));
                    for (long t : counted.terms()) local.add(t, 1);
                    distinct[i] = counted.terms();
                    counts[i] = counted.tfs();
                }
                partial[c] = local;
            });
            termCounts.retain(articles);
            LongIntMap df = chunks == 0 ? new LongIntMap(16) : partial[0];
            for (int c = 1; c < chunks; c++) {
                df.addAll(partial[c]);
                partial[c] = null;
            }
            // pass 2: each article's top terms by TF-IDF; a term on one article only can relate nothing
            long[][] topHashes = new long[n][];
            double[][] topWeights = new double[n][];
            IntStream.range(0, n).parallel().forEach(i -> {
                long[] terms = distinct[i];
                byte[] tfs = counts[i];
                long[] names = new long[TOP_TERMS];
                double[] weights = new double[TOP_TERMS];
                int size = 0;
                for (int x = 0; x < terms.length; x++) {
                    int tf = tfs[x];
                    long t = terms[x];
                    int d = df.get(t);
                    if (d < 2 || d >= n) continue;
                    double w = (1 + Math.log(tf)) * Math.log((double) n / d);
                    if (size == TOP_TERMS && !heavier(w, t, weights[size - 1], names[size - 1])) continue;
                    int pos = size == TOP_TERMS ? size - 1 : size++;
                    while (pos > 0 && heavier(w, t, weights[pos - 1], names[pos - 1])) {
                        names[pos] = names[pos - 1];
                        weights[pos] = weights[pos - 1];
                        pos--;
                    }
                    names[pos] = t;
                    weights[pos] = w;
                }
                topHashes[i] = Arrays.copyOf(names, size);
                topWeights[i] = Arrays.copyOf(weights, size);
            });
            termHashes = Arrays.stream(topHashes).flatMapToLong(Arrays::stream).sorted().distinct().toArray();
            termsOf = new int[n][];
            termWeightsOf = new double[n][];
            for (int i = 0; i < n; i++) {
                long[] top = topHashes[i];
                double norm = 0;
                for (double w : topWeights[i]) norm += w * w;
                norm = Math.sqrt(norm);
                long[] order = new long[top.length];
                for (int x = 0; x < top.length; x++) order[x] = ((long) Arrays.binarySearch(termHashes, top[x]) << 32) | x;
                Arrays.sort(order);
                termsOf[i] = new int[top.length];
                termWeightsOf[i] = new double[top.length];
                for (int x = 0; x < order.length; x++) {
                    termsOf[i][x] = (int) (order[x] >>> 32);
                    termWeightsOf[i][x] = norm == 0 ? 0 : topWeights[i][(int) order[x]] / norm;
                }
            }
            termPostings = postings(termsOf, termHashes.length);
            termPostingWeights = new float[termHashes.length][];
            int[] fill = new int[termHashes.length];
            for (int t = 0; t < termHashes.length; t++) termPostingWeights[t] = new float[termPostings[t].length];
            for (int i = 0; i < n; i++) {
                for (int x = 0; x < termsOf[i].length; x++) {
                    int t = termsOf[i][x];
                    termPostingWeights[t][fill[t]++] = (float) termWeightsOf[i][x];
                }
            }
        }

        /** Weight desc, then hash: a total order, so the top terms never depend on iteration order. */
        private static boolean heavier(double w, long t, double otherW, long other) {
            return w > otherW || (w == otherW && t < other);
        }

        static String[] text(Article a) {
            return new String[] {a.meta().title(), a.meta().summary(), a.body().text()};
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
