package org.khotin.search;

import java.util.Arrays;

/** Pair numbers by the pair's two ids in one long (open addressing: no boxing per lookup). */
final class PairTable {
    /** Pair number + 1 at the key's slot; 0 where free. */
    private int[] slots = new int[1 << 16];
    /** By pair number. */
    private long[] keys = new long[1 << 15];
    private int size;

    /** The pair's number, numbering pairs as they are first met. */
    int list(long key) {
        if (size * 2 >= slots.length) grow();
        int i = slot(key, slots.length);
        while (slots[i] != 0) {
            if (keys[slots[i] - 1] == key) return slots[i] - 1;
            i = (i + 1) & (slots.length - 1);
        }
        if (size == keys.length) keys = Arrays.copyOf(keys, size * 2);
        keys[size] = key;
        slots[i] = ++size;
        return size - 1;
    }

    int size() {
        return size;
    }

    /** A copy that can be added to without changing this one. */
    PairTable copy() {
        PairTable out = new PairTable();
        out.slots = slots.clone();
        out.keys = keys.clone();
        out.size = size;
        return out;
    }

    long key(int list) {
        return keys[list];
    }

    private static int slot(long key, int length) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & (length - 1);
    }

    private void grow() {
        slots = new int[slots.length * 2];
        for (int list = 0; list < size; list++) {
            int i = slot(keys[list], slots.length);
            while (slots[i] != 0) i = (i + 1) & (slots.length - 1);
            slots[i] = list + 1;
        }
    }
}
