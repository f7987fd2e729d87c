package org.khotin.related;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.khotin.content.Article;
import org.khotin.taxonomy.HiddenHtml;

/**
 * Each article's distinct terms with their counts, with the text they were counted in. Counting is most
 * of the work and does not depend on the rest of the archive, so a rebuild in the same process counts only
 * the texts that changed.
 */
public final class TermCounts {
    private record Text(String title, String summary, String body) {
        Text(Article a) {
            this(a.meta().title(), a.meta().summary(), HiddenHtml.removed(a.body().text()));
        }

        String[] parts() {
            return new String[] {title, summary, body};
        }
    }

    /** Sorted distinct term hashes, and how often each occurs (capped at 127: tf is damped by a log anyway). */
    record Counts(long[] terms, byte[] tfs) {}

    private record Counted(Text text, Counts counts) {}

    /** By article id: an edit replaces its article's entry, so a rebuild seldom has any to forget. */
    private final Map<String, Counted> byArticle = new java.util.concurrent.ConcurrentHashMap<>();
    final TextTerms tokenizer = new TextTerms();
    final boolean remembers;

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

    Counts of(Article a) {
        Text text = new Text(a);
        if (!remembers) return count(tokenizer.hashes(text.parts()));
        Counted known = byArticle.get(a.id());
        if (known != null && known.text().equals(text)) return known.counts();
        Counts counts = count(tokenizer.hashes(text.parts()));
        byArticle.put(a.id(), new Counted(text, counts));
        return counts;
    }

    static Counts count(long[] h) {
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

    void retain(List<Article> articles) {
        if (remembers) Article.keepOnlyThese(byArticle, articles);
    }
}
