package org.khotin.search;

import java.util.Arrays;

/**
 * A document's term occurrences per term as they are read, counted with the best part each stands in
 * (open addressing: no boxing, no sort).
 */
final class TermOccurrences {
    private long[] keys = new long[256];
    private int[] counts = new int[256];
    private int[] parts = new int[256];
    private int size;
    /** Index + 1 into keys of the term at each slot; 0 where free. */
    private int[] slots = new int[1024];

    void add(long term, PostingCodec.Part part) {
        int mask = slots.length - 1;
        for (int i = slot(term, mask); ; i = (i + 1) & mask) {
            int at = slots[i];
            if (at == 0) {
                if (size == keys.length) {
                    keys = Arrays.copyOf(keys, size * 2);
                    counts = Arrays.copyOf(counts, size * 2);
                    parts = Arrays.copyOf(parts, size * 2);
                }
                keys[size] = term;
                counts[size] = 1;
                parts[size] = part.ordinal();
                slots[i] = ++size;
                if (size * 2 > slots.length) rehash(slots.length * 2);
                return;
            }
            if (keys[at - 1] == term) {
                counts[at - 1]++;
                parts[at - 1] = Math.max(parts[at - 1], part.ordinal());
                return;
            }
        }
    }

    private static int slot(long term, int mask) {
        long h = term * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private void rehash(int length) {
        slots = new int[length];
        int mask = length - 1;
        for (int k = 0; k < size; k++) {
            int i = slot(keys[k], mask);
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = k + 1;
        }
    }

    SearchIndex.Terms terms() {
        int[] weights = new int[size];
        PostingCodec.Part[] byOrdinal = PostingCodec.Part.values();
        for (int k = 0; k < size; k++) weights[k] = PostingCodec.weight(counts[k], byOrdinal[parts[k]]);
        return new SearchIndex.Terms(Arrays.copyOf(keys, size), weights);
    }
}
