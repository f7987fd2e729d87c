package org.khotin.search;

import java.util.Arrays;
import java.util.Comparator;

/** The variants in the order the shards list them, by folded then exact form, and each one's place in it. */
final class VocabularyOrder {
    final SearchIndex.Variant[] byId;
    final SearchIndex.Variant[] sorted;
    /** By id: the position in {@link #sorted}. */
    final int[] rank;
    /** By id: the same for variants of one folded form, increasing with it. */
    final int[] foldedRank;

    VocabularyOrder(SearchIndex.Variant[] byId) {
        this.byId = byId;
        sorted = byId.clone();
        Arrays.sort(sorted, Comparator.comparing(SearchIndex.Variant::folded).thenComparing(SearchIndex.Variant::exact));
        rank = new int[byId.length];
        foldedRank = new int[byId.length];
        for (int i = 0; i < sorted.length; i++) {
            rank[sorted[i].id()] = i;
            boolean sameFolded = i > 0 && sorted[i].folded().equals(sorted[i - 1].folded());
            foldedRank[sorted[i].id()] = i == 0 ? 0 : foldedRank[sorted[i - 1].id()] + (sameFolded ? 0 : 1);
        }
    }

    /** The folded rank of a folded form that some variant has. */
    int foldedRankOf(String folded) {
        int at = Arrays.binarySearch(sorted, new SearchIndex.Variant(folded, "", -1),
                Comparator.comparing(SearchIndex.Variant::folded).thenComparing(SearchIndex.Variant::exact));
        return foldedRank[sorted[at < 0 ? -at - 1 : at].id()];
    }

    /** Where the run of variants that share the folded form of {@code sorted[from]} ends. */
    int foldedRunEnd(int from) {
        int end = from + 1;
        while (end < sorted.length && foldedRank[sorted[end].id()] == foldedRank[sorted[from].id()]) end++;
        return end;
    }
}
