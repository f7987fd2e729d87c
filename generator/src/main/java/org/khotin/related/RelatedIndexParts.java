package org.khotin.related;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.khotin.content.Article;
import org.khotin.content.Corpus;
import org.khotin.diag.Problems;
import org.khotin.diag.Progress;
import org.khotin.taxonomy.HiddenHtml;
import org.khotin.taxonomy.KeywordIndex;

/** Everything a {@link RelatedIndex} is made of, computed once: from a corpus, or from an earlier one and the edits. */
final class RelatedIndexParts {
    final List<Article> articles;
    final Map<String, Integer> indexOf = new HashMap<>();
    String[] keywordIds;
    double[] keywordWeight;
    boolean[] keywordRare;
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
    /** Whether what follows is kept for {@link #update}: only when the term counts are. */
    final boolean remembers;
    final TermCounts termCounts;
    List<List<String>> keywordIdsOf;
    /** The keyword index the keyword ids came from (kept with them). */
    KeywordIndex keywordIndex;
    LongIntMap df;
    long[][] distinct;
    byte[][] counts;
    long[][] topHashes;
    double[][] topWeights;
    /** After an update: the articles whose term vectors changed. */
    BitSet vectorChanged;
    /**
     * After an update: the articles whose lists must be computed again whatever their shortlists: those
     * whose vectors changed and those searching a posting whose members changed.
     */
    BitSet recompute;

    RelatedIndexParts(Corpus corpus, KeywordIndex keywords, ZoneId zone, Problems problems, TermCounts termCounts,
            Progress progress) {
        this.remembers = termCounts.remembers;
        this.termCounts = termCounts;
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
        terms(termCounts, progress);
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
        keywordIdsOf = remembers ? per : null;
        keywordIndex = remembers ? index : null;
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
        keywordRare = new boolean[keywordIds.length];
        for (int x = 0; x < keywordIds.length; x++) keywordRare[x] = keywordPostings[x].length <= RelatedIndex.RARE_KEYWORD_ARTICLES;
    }

    private void terms(TermCounts termCounts, Progress progress) {
        int n = articles.size();
        tokenizer = termCounts.tokenizer;
        // pass 1: document frequencies, counted per chunk of articles in parallel, then added up in order
        int chunk = Math.max(256, n / 32 + 1);
        int chunks = (n + chunk - 1) / chunk;
        LongIntMap[] partial = new LongIntMap[chunks];
        distinct = new long[n][];
        counts = new byte[n][];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            LongIntMap local = new LongIntMap(8192);
            for (int i = c * chunk; i < Math.min(n, (c + 1) * chunk); i++) {
                TermCounts.Counts counted = termCounts.of(articles.get(i));
                for (long t : counted.terms()) local.add(t, 1);
                distinct[i] = counted.terms();
                counts[i] = counted.tfs();
                progress.advance(1);
            }
            partial[c] = local;
        });
        termCounts.retain(articles);
        df = chunks == 0 ? new LongIntMap(16) : partial[0];
        for (int c = 1; c < chunks; c++) {
            df.addAll(partial[c]);
            partial[c] = null;
        }
        topHashes = new long[n][];
        topWeights = new double[n][];
        IntStream.range(0, n).parallel().forEach(this::topTerms);
        if (!remembers) { // a one-off build needs the counts no more, and a large archive's are large
            distinct = null;
            counts = null;
            df = null;
        }
        assemble();
        if (!remembers) {
            topHashes = null;
            topWeights = null;
        }
    }

    /** Pass 2, for one article: its top terms by TF-IDF; a term on one article only can relate nothing. */
    private void topTerms(int i) {
        int n = articles.size();
        long[] terms = distinct[i];
        byte[] tfs = counts[i];
        long[] names = new long[RelatedIndex.TOP_TERMS];
        double[] weights = new double[RelatedIndex.TOP_TERMS];
        int size = 0;
        for (int x = 0; x < terms.length; x++) {
            int tf = tfs[x];
            long t = terms[x];
            int d = df.get(t);
            if (d < 2 || d >= n) continue;
            double w = (1 + Math.log(tf)) * Math.log((double) n / RelatedIndex.roundedFrequency(d));
            if (size == RelatedIndex.TOP_TERMS && !heavier(w, t, weights[size - 1], names[size - 1])) continue;
            int pos = size == RelatedIndex.TOP_TERMS ? size - 1 : size++;
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
    }

    /** The term ids, each article's normalized term vector, and the term postings, from the top terms. */
    private void assemble() {
        int n = articles.size();
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

    /**
     * The previous build's features with edited articles' texts counted again. Document frequencies move
     * for the terms an edit added or removed, so every article with such a term gets its top terms again;
     * an article whose vector changed can change the list of any article that reaches it as a candidate,
     * that is, any article sharing a keyword or top term with it whose postings are not skipped.
     */
    RelatedIndexParts(RelatedIndexParts old, List<Article> articles, BitSet edited, TermCounts termCounts) {
        this.remembers = true;
        this.termCounts = termCounts;
        this.articles = articles;
        indexOf.putAll(old.indexOf);
        keywordIds = old.keywordIds;
        keywordWeight = old.keywordWeight;
        keywordRare = old.keywordRare;
        keywordsOf = old.keywordsOf;
        keywordPostings = old.keywordPostings;
        keywordIdsOf = old.keywordIdsOf;
        epochDay = old.epochDay;
        translation = old.translation;
        pins = old.pins;
        excludes = old.excludes;
        tokenizer = old.tokenizer;
        int n = articles.size();
        distinct = old.distinct.clone();
        counts = old.counts.clone();
        LongIntMap delta = new LongIntMap(256);
        edited.stream().forEach(i -> {
            TermCounts.Counts c = termCounts.of(articles.get(i));
            for (long t : distinct[i]) delta.add(t, -1);
            for (long t : c.terms()) delta.add(t, 1);
            distinct[i] = c.terms();
            counts[i] = c.tfs();
        });
        termCounts.retain(articles);
        long[] moved = delta.nonZeroKeys();
        df = old.df.copy();
        for (long t : moved) df.add(t, delta.get(t));
        // the terms whose weight changed everywhere: most moves stay within a step of the rounding
        long[] weighedAnew = Arrays.stream(moved)
                .filter(t -> idfStep(old.df.get(t), n) != idfStep(df.get(t), n)).toArray();
        topHashes = old.topHashes.clone();
        topWeights = old.topWeights.clone();
        boolean[] changed = new boolean[n];
        IntStream.range(0, n).parallel().filter(i -> edited.get(i) || sharesAny(distinct[i], weighedAnew)).forEach(i -> {
            topTerms(i);
            changed[i] = !Arrays.equals(topHashes[i], old.topHashes[i])
                    || !Arrays.equals(topWeights[i], old.topWeights[i]);
        });
        vectorChanged = new BitSet(n);
        for (int i = 0; i < n; i++) if (changed[i]) vectorChanged.set(i);
        if (vectorChanged.isEmpty()) { // every vector as it was: so are the term ids and postings
            termHashes = old.termHashes;
            termsOf = old.termsOf;
            termWeightsOf = old.termWeightsOf;
            termPostings = old.termPostings;
            termPostingWeights = old.termPostingWeights;
        } else {
            assemble();
        }
        recompute = (BitSet) vectorChanged.clone();
        Set<Long> terms = new java.util.HashSet<>();
        vectorChanged.stream().forEach(v -> {
            for (long h : old.topHashes[v]) terms.add(h);
            for (long h : topHashes[v]) terms.add(h);
        });
        for (long h : terms) {
            int before = Arrays.binarySearch(old.termHashes, h);
            int after = Arrays.binarySearch(termHashes, h);
            int[] was = before >= 0 ? old.termPostings[before] : new int[0];
            int[] is = after >= 0 ? termPostings[after] : new int[0];
            if (Arrays.equals(was, is)) continue;
            // who searches this posting now, or did before, may find other candidates
            recomputeMembers(was);
            recomputeMembers(is);
        }
    }

    private void recomputeMembers(int[] posting) {
        if (posting.length > RelatedIndex.POSTINGS_CAP) return;
        for (int j : posting) recompute.set(j);
    }

    /** Whether two ascending arrays have an element in common. */
    private static boolean sharesAny(long[] a, long[] b) {
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] == b[y]) return true;
            if (a[x] < b[y]) x++;
            else y++;
        }
        return false;
    }

    /** What a term's weight depends on of its document frequency: the rounded frequency, or -1 for none. */
    private static int idfStep(int d, int n) {
        return d < 2 || d >= n ? -1 : RelatedIndex.roundedFrequency(d);
    }

    /** Weight desc, then hash: a total order, so the top terms never depend on iteration order. */
    private static boolean heavier(double w, long t, double otherW, long other) {
        return w > otherW || (w == otherW && t < other);
    }

    static String[] text(Article a) {
        return new String[] {a.meta().title(), a.meta().summary(), HiddenHtml.removed(a.body().text())};
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
        // the other parts of an article's series are listed in its series box: related news are other stories
        Map<String, List<Integer>> bySeries = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Article a = articles.get(i);
            if (!a.meta().series().isEmpty()) {
                bySeries.computeIfAbsent(a.lang().code() + "\u0000" + a.meta().series().key(), x -> new ArrayList<>()).add(i);
            }
        }
        pins = new int[n][];
        excludes = new int[n][];
        for (int i = 0; i < n; i++) {
            Article a = articles.get(i);
            pins[i] = resolve(i, a.meta().related(), "related", byPath, byKey, problems).stream()
                    .mapToInt(Integer::intValue).toArray();
            List<Integer> left = new ArrayList<>(resolve(i, a.meta().relatedExclude(), "related_exclude", byPath, byKey, problems));
            if (!a.meta().series().isEmpty()) left.addAll(bySeries.get(a.lang().code() + "\u0000" + a.meta().series().key()));
            int self = i;
            excludes[i] = left.stream().mapToInt(Integer::intValue).filter(j -> j != self).sorted().distinct().toArray();
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
