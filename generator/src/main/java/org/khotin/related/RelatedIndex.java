package org.khotin.related;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.khotin.content.Article;
import org.khotin.content.Corpus;
import org.khotin.diag.Problems;
import org.khotin.diag.Progress;
import org.khotin.taxonomy.KeywordIndex;

/**
 * Related articles for every article: shared keywords weighted by rarity, plus the cosine of the articles'
 * top TF-IDF terms, plus a small recency term. Candidates come from inverted indexes (keyword → articles,
 * term → articles) whose very long postings lists are skipped, so the cost grows with the postings, not
 * with the square of the archive; the best candidates are then scored exactly.
 *
 * <p>A candidate is listed only when its evidence reaches a cut-off ({@code related.min_score}): its text
 * similarity plus the keywords it shares that are on a few articles only. A keyword on many articles (a
 * province, a year, a country) still ranks candidates but proves nothing alone, so an article whose text
 * matches nothing keeps its slots empty rather than filling them with whatever shares its province. The
 * cut-off is absolute, so an edit elsewhere in the archive never moves it.
 */
public final class RelatedIndex {
    /** What one shared keyword of weight 1 (the rarest) adds: two rare shared keywords ≈ identical text. */
    static final double KEYWORD_WEIGHT = 0.5;
    static final double RECENCY_WEIGHT = 0.1;
    static final double RECENCY_DAYS = 365.0;
    /** Keywords plus text must reach this, or the candidate is not related at all (recency alone is not enough). */
    static final double MIN_SCORE = 0.05;
    /**
     * A keyword on at most this many articles (both languages counted) is evidence by itself: all its articles
     * fit in one another's lists. A keyword on more can only rank candidates that the text already relates.
     */
    public static final int RARE_KEYWORD_ARTICLES = 6;
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
    /** Per keyword: on at most {@link #RARE_KEYWORD_ARTICLES} articles, so it counts as evidence. */
    private final boolean[] keywordRare;
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
    private final double minScore;
    private static final int SHORTLIST_EXTRA = 6;
    /** Each article's list; set once, while the index is made. */
    private List<List<String>> lists;
    /**
     * For an index that may be updated: each article's shortlist, the candidates with the best approximate
     * scores, best first (null where pinned articles fill the list); else null.
     */
    private final int[][] shortlists;
    /** What the index was made of, kept when a later build in this process may update it; else null. */
    private final RelatedIndexParts built;

    private RelatedIndex(RelatedIndexParts b, int count, double minScore, RelatedIndex previous) {
        this.built = b.remembers ? b : null;
        this.articles = b.articles;
        this.indexOf = b.indexOf;
        this.keywordIds = b.keywordIds;
        this.keywordWeight = b.keywordWeight;
        this.keywordRare = b.keywordRare;
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
        this.minScore = minScore;
        this.shortlists = b.remembers ? new int[articles.size()][] : null;
        this.lists = previous == null ? null : new ArrayList<>(previous.lists);
        if (previous != null) System.arraycopy(previous.shortlists, 0, shortlists, 0, shortlists.length);
    }

    /** Computes the lists of these articles (chunks in parallel, each with its own accumulator), counting them in {@code progress}. */
    private void computeLists(int[] todo, Progress progress) {
        int n = articles.size();
        if (lists == null) lists = new ArrayList<>(java.util.Collections.nCopies(n, List.<String>of()));
        int chunk = Math.max(64, todo.length / 64 + 1);
        String[][] results = new String[todo.length][];
        IntStream.range(0, (todo.length + chunk - 1) / chunk).parallel().forEach(c -> {
            Accumulator acc = new Accumulator(n);
            for (int k = c * chunk; k < Math.min(todo.length, (c + 1) * chunk); k++) {
                results[k] = select(todo[k], acc).toArray(String[]::new);
                progress.advance(1);
            }
        });
        for (int k = 0; k < todo.length; k++) lists.set(todo[k], List.of(results[k]));
    }

    /**
     * @param corpus   every article; lists prefer the article's own language
     * @param keywords the archive's keyword identities
     * @param count    how many related articles a page shows ({@code related.count})
     * @param minScore the evidence a candidate must reach to be listed ({@code related.min_score}); 0 lists
     *                 every candidate that shares anything
     */
    public static RelatedIndex build(Corpus corpus, KeywordIndex keywords, int count, double minScore, ZoneId zone,
                                     Problems problems) {
        return build(corpus, keywords, count, minScore, zone, problems, TermCounts.forOneBuild(), Progress.NONE);
    }

    /**
     * @param termCounts the term counts of earlier builds in this process; gets this build's, forgets the rest
     * @param progress   told of the two passes over the articles, reading their text and choosing their lists
     */
    public static RelatedIndex build(Corpus corpus, KeywordIndex keywords, int count, double minScore, ZoneId zone,
                                     Problems problems, TermCounts termCounts, Progress progress) {
        int n = corpus.articles().size();
        progress.stage("related: reading", n, "articles");
        RelatedIndex index = new RelatedIndex(new RelatedIndexParts(corpus, keywords, zone, problems, termCounts, progress), count,
                minScore, null);
        progress.stage("related: choosing", n, "articles");
        index.computeLists(IntStream.range(0, n).toArray(), progress);
        return index;
    }

    /**
     * A new index, made from the previous one.
     *
     * @param recomputed how many lists were computed again (the others could not have changed)
     */
    public record Update(RelatedIndex index, int recomputed) {}

    /**
     * This index brought up to date after articles were edited in place, computing again only the lists that
     * the edits can reach: the same lists as {@link #build} gives for the new corpus. Empty when the edits
     * are more than that (an article added, removed, renamed or moved in the order; other keywords, dates,
     * translations, series or pinned articles) or when this index was built for one build only. Pins resolve as
     * before, and so report no problem: the caller updates only an index whose build had none.
     */
    public Optional<Update> update(Corpus corpus, KeywordIndex keywords, TermCounts termCounts) {
        if (built == null || termCounts != built.termCounts) return Optional.empty();
        List<Article> now = corpus.articles();
        if (now.size() != articles.size()) return Optional.empty();
        BitSet edited = new BitSet();
        for (int i = 0; i < now.size(); i++) {
            Article before = articles.get(i);
            Article after = now.get(i);
            if (before == after) continue;
            if (!before.id().equals(after.id()) || !before.sourcePath().equals(after.sourcePath())
                    || !before.meta().date().equals(after.meta().date())
                    || !before.meta().translationKey().equals(after.meta().translationKey())
                    || !corpus.translationOf(after).map(Article::id).equals(Optional.ofNullable(
                            translation[i] < 0 ? null : articles.get(translation[i]).id()))
                    || !before.meta().related().equals(after.meta().related()) || !before.meta().series().equals(after.meta().series())
                    || !before.meta().relatedExclude().equals(after.meta().relatedExclude())) {
                return Optional.empty();
            }
            edited.set(i);
        }
        for (int i = 0; i < now.size(); i++) {
            // a keyword's id can change without its article being edited (the glossary merged two), unless
            // the keyword index is the one this index was built with
            if (keywords == built.keywordIndex && !edited.get(i)) continue;
            if (!keywords.idsOf(now.get(i)).equals(built.keywordIdsOf.get(i))) return Optional.empty();
        }
        RelatedIndexParts b = new RelatedIndexParts(built, now, edited, termCounts);
        b.keywordIndex = keywords; // checked above to give every article the same keyword ids
        RelatedIndex updated = new RelatedIndex(b, count, minScore, this);
        int[] todo = updated.affected(b.recompute, b.vectorChanged, this).stream().toArray();
        updated.computeLists(todo, Progress.NONE);
        return Optional.of(new Update(updated, todo.length));
    }

    /** The related articles of one article, pinned ones first: ids, at most {@code count} unless more are pinned. */
    public List<String> relatedTo(String articleId) {
        Integer i = indexOf.get(articleId);
        return i == null ? List.of() : lists.get(i);
    }

    /** How many related articles a list holds, pinned ones aside ({@code related.count}). */
    public int count() {
        return count;
    }

    /** The evidence (text similarity plus rare shared keywords) a candidate must reach to be listed. */
    public double minScore() {
        return minScore;
    }

    /**
     * The candidates considered for an article, with their scores broken down: the list as the page shows it
     * (pinned articles first), then the other best candidates, best first, those below the cut-off among them.
     */
    public List<Scored> explain(String articleId) {
        Integer i = indexOf.get(articleId);
        if (i == null) return List.of();
        Set<Integer> pinned = new java.util.HashSet<>();
        for (int p : pins[i]) pinned.add(p);
        Set<Integer> order = new LinkedHashSet<>();
        for (String id : lists.get(i)) order.add(indexOf.get(id));
        for (int j : ranked(i, new Accumulator(articles.size()), Math.max(20, 4 * count), false, false)) order.add(j);
        Map<Long, String> names = tokenizer.names(RelatedIndexParts.text(articles.get(i)));
        List<Scored> out = new ArrayList<>();
        for (int j : order) {
            List<String> terms = sharedTerms(i, j).stream().map(t -> names.getOrDefault(termHashes[t], "#" + t)).toList();
            out.add(exact(i, j, pinned.contains(j), terms));
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
        /** The part of the score that counts as evidence: text, and rare keywords. */
        final double[] evidence;
        final boolean[] seen;
        final int[] touched;
        int size;

        Accumulator(int n) {
            score = new double[n];
            evidence = new double[n];
            seen = new boolean[n];
            touched = new int[n];
        }

        void add(int j, double s, double e) {
            if (!seen[j]) {
                seen[j] = true;
                touched[size++] = j;
            }
            score[j] += s;
            evidence[j] += e;
        }

        void clear() {
            for (int k = 0; k < size; k++) {
                seen[touched[k]] = false;
                score[touched[k]] = 0;
                evidence[touched[k]] = 0;
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
        if (shortlists != null) shortlists[i] = null;
        if (room <= 0) return out;
        int[] ranked = ranked(i, acc, SHORTLIST_EXTRA + 2 * count, true, true);
        for (int j : ranked) {
            if (room == 0) break;
            if (taken.contains(j) || !passes(i, j)) continue;
            // a story in the other language that has a version in the reader's: that version, in its place
            int shown = translation[j] >= 0 && articles.get(j).lang() != articles.get(i).lang() ? translation[j] : j;
            if (shown != j && Arrays.binarySearch(excludes[i], shown) >= 0) continue;
            // one version of a story: skip an article whose translation is already listed
            if (taken.contains(shown) || translation[shown] >= 0 && taken.contains(translation[shown])) continue;
            taken.add(shown);
            out.add(articles.get(shown).id());
            room--;
        }
        return out;
    }

    /**
     * The best candidates, in the order lists show them: same language first, then exact score desc,
     * |date difference| asc, id.
     *
     * @param cutOff whether to leave out the candidates whose approximate evidence is below the cut-off, so
     *               that candidates sharing only common keywords do not crowd the ones the text relates out
     */
    private int[] ranked(int i, Accumulator acc, int limit, boolean remember, boolean cutOff) {
        int[] kws = keywordsOf[i];
        int[] terms = termsOf[i];
        for (int f : visitedFeatures(i)) {
            if (f < kws.length) {
                double w = KEYWORD_WEIGHT * keywordWeight[kws[f]];
                double e = keywordRare[kws[f]] ? w : 0;
                for (int j : keywordPostings[kws[f]]) acc.add(j, w, e);
            } else {
                int t = f - kws.length;
                int[] posting = termPostings[terms[t]];
                float[] weights = termPostingWeights[terms[t]];
                double wi = termWeightsOf[i][t];
                for (int p = 0; p < posting.length; p++) {
                    double s = wi * weights[p];
                    acc.add(posting[p], s, s);
                }
            }
        }
        // the best `limit` by approximate score (ties by index), without sorting every candidate
        int[] best = new int[limit];
        int size = 0;
        double[] approx = acc.score;
        for (int k = 0; k < acc.size; k++) {
            int j = acc.touched[k];
            if (j == i || j == translation[i] || Arrays.binarySearch(excludes[i], j) >= 0) continue;
            if (cutOff && acc.evidence[j] < minScore) continue;
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
        if (remember && shortlists != null) shortlists[i] = out.clone();
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

    /**
     * The features whose postings an article's candidates come from, in the order they are visited: rarest
     * first, until a posting is too long or the budget is spent. Keyword x is {@code x}; term x is
     * {@code keywordsOf[i].length + x}.
     */
    private int[] visitedFeatures(int i) {
        int[] kws = keywordsOf[i];
        int[] terms = termsOf[i];
        long[] order = new long[kws.length + terms.length];
        for (int x = 0; x < kws.length; x++) order[x] = ((long) keywordPostings[kws[x]].length << 32) | x;
        for (int x = 0; x < terms.length; x++) order[kws.length + x] = ((long) termPostings[terms[x]].length << 32) | (kws.length + x);
        Arrays.sort(order);
        int[] out = new int[order.length];
        int size = 0;
        int visited = 0;
        for (long o : order) {
            int length = (int) (o >>> 32);
            if (length > POSTINGS_CAP) break;
            out[size++] = (int) o;
            visited += length;
            if (visited >= POSTINGS_BUDGET) break;
        }
        return Arrays.copyOf(out, size);
    }

    /**
     * The approximate score and evidence that article i's candidate search gives article j, added up in the
     * same order as {@link #ranked} adds them, so they are the same doubles; null when the search does not
     * reach j.
     */
    private double[] approximate(int i, int[] visited, int j) {
        int[] kws = keywordsOf[i];
        double score = 0;
        double evidence = 0;
        boolean reached = false;
        for (int f : visited) {
            if (f < kws.length) {
                if (Arrays.binarySearch(keywordsOf[j], kws[f]) < 0) continue;
                double w = KEYWORD_WEIGHT * keywordWeight[kws[f]];
                score += w;
                evidence += keywordRare[kws[f]] ? w : 0;
            } else {
                int x = f - kws.length;
                int y = Arrays.binarySearch(termsOf[j], termsOf[i][x]);
                if (y < 0) continue;
                double s = termWeightsOf[i][x] * (float) termWeightsOf[j][y];
                score += s;
                evidence += s;
            }
            reached = true;
        }
        return reached ? new double[] {score, evidence} : null;
    }

    /**
     * The articles whose lists an update must compute again: those the builder named (their own vectors,
     * or the postings they search, changed), those with a changed article on their shortlist, and those whose
     * shortlist a changed article now gets onto. Any other article's shortlist and the exact scores on it are
     * what they were, so its list is too.
     */
    private BitSet affected(BitSet named, BitSet vectorChanged, RelatedIndex previous) {
        if (vectorChanged.isEmpty()) return named;
        int n = articles.size();
        boolean[] touchedTerm = new boolean[termHashes.length];
        vectorChanged.stream().forEach(v -> {
            for (int t : termsOf[v]) touchedTerm[t] = true;
        });
        int limit = SHORTLIST_EXTRA + 2 * count;
        boolean[] out = new boolean[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            int[] shortlist = previous.shortlists[i];
            if (named.get(i)) {
                out[i] = true;
            } else if (shortlist != null) {
                boolean on = false;
                for (int j : shortlist) on |= vectorChanged.get(j);
                out[i] = on || changedArticleGetsOn(i, shortlist, limit, vectorChanged, touchedTerm);
            }
        });
        BitSet result = new BitSet(n);
        for (int i = 0; i < n; i++) if (out[i]) result.set(i);
        return result;
    }

    /**
     * Whether a changed article, reached through a posting whose weights changed, now reaches the cut-off and
     * beats the shortlist's last.
     */
    private boolean changedArticleGetsOn(int i, int[] shortlist, int limit, BitSet vectorChanged, boolean[] touchedTerm) {
        int[] visited = visitedFeatures(i);
        int kws = keywordsOf[i].length;
        int worst = shortlist.length == 0 ? -1 : shortlist[shortlist.length - 1];
        double[] worstNow = null;
        for (int f : visited) {
            if (f < kws || !touchedTerm[termsOf[i][f - kws]]) continue;
            for (int j : termPostings[termsOf[i][f - kws]]) {
                if (!vectorChanged.get(j) || j == translation[i] || Arrays.binarySearch(excludes[i], j) >= 0) continue;
                double[] now = approximate(i, visited, j);
                if (now[1] < minScore) continue;
                if (shortlist.length < limit) return true;
                if (worstNow == null) worstNow = approximate(i, visited, worst);
                if (worstNow == null || beats(now[0], j, worstNow[0], worst)) return true;
            }
        }
        return false;
    }

    private static boolean beats(double score, int j, double otherScore, int other) {
        return score > otherScore || (score == otherScore && j < other);
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
        return beats(score[a], a, score[b], b);
    }

    private double keywordScore(int i, int j) {
        return sharedKeywordScore(i, j, false);
    }

    /** The shared keywords' part of the evidence: those on a few articles only. */
    private double rareKeywordScore(int i, int j) {
        return sharedKeywordScore(i, j, true);
    }

    private double sharedKeywordScore(int i, int j, boolean rareOnly) {
        double kw = 0;
        int[] a = keywordsOf[i];
        int[] b = keywordsOf[j];
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] == b[y]) {
                if (!rareOnly || keywordRare[a[x]]) kw += KEYWORD_WEIGHT * keywordWeight[a[x]];
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

    /** Whether a candidate may be listed: it shares enough (not the date alone), and its evidence reaches the cut-off. */
    private boolean passes(int i, int j) {
        double text = textScore(i, j);
        return keywordScore(i, j) + text >= MIN_SCORE && text + rareKeywordScore(i, j) >= minScore;
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

    /**
     * One candidate explained: its scores are the ranking's own ({@link #keywordScore}, {@link #textScore},
     * {@link #recency}, {@link #passes}), so that {@code khotin related --explain} cannot drift from the lists;
     * only the breakdown by keyword is added here.
     */
    private Scored exact(int i, int j, boolean pinned, List<String> terms) {
        List<Scored.Shared> shared = new ArrayList<>();
        int[] a = keywordsOf[i];
        int[] b = keywordsOf[j];
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] == b[y]) {
                double w = KEYWORD_WEIGHT * keywordWeight[a[x]];
                shared.add(new Scored.Shared(keywordIds[a[x]], w, keywordPostings[a[x]].length, keywordRare[a[x]]));
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        shared.sort(Comparator.comparingDouble((Scored.Shared s) -> -s.weight()).thenComparing(Scored.Shared::keywordId));
        double text = textScore(i, j);
        return new Scored(articles.get(j).id(), pinned, shared, keywordScore(i, j), terms, text,
                Math.abs(epochDay[i] - epochDay[j]), recency(i, j), text + rareKeywordScore(i, j), !pinned && !passes(i, j));
    }

    /**
     * A document frequency rounded down to its three leading bits (2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20,
     * …), which moves an inverse document frequency by less than 0.23 (ln 1.25) where it ranges up to ln n.
     * An edit adding or removing a word changes a rounded frequency only where it crosses a step, so it
     * leaves most articles' weights exactly as they were and the preview ranks few articles again.
     */
    static int roundedFrequency(int d) {
        int shift = Math.max(0, 29 - Integer.numberOfLeadingZeros(d));
        return d >> shift << shift;
    }

}
