package org.khotin.related;

/** A growable open-addressing map from non-zero long keys to int counts; not thread-safe. */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    void add(long key, int delta) {
        if (size * 2 >= keys.length) grow();
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == 0) {
            keys[i] = key;
            size++;
        }
        values[i] += delta;
    }

    int get(long key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != 0) {
            if (keys[i] == key) return values[i];
            i = (i + 1) & mask;
        }
        return 0;
    }

    /** Adds every entry of another map into this one. */
    void addAll(LongIntMap other) {
        for (int i = 0; i < other.keys.length; i++) if (other.keys[i] != 0) add(other.keys[i], other.values[i]);
    }

    LongIntMap copy() {
        LongIntMap out = new LongIntMap(16);
        out.keys = keys.clone();
        out.values = values.clone();
        out.size = size;
        return out;
    }

    /** The keys whose value is not zero, in ascending order. */
    long[] nonZeroKeys() {
        int k = 0;
        long[] out = new long[size];
        for (int i = 0; i < keys.length; i++) if (keys[i] != 0 && values[i] != 0) out[k++] = keys[i];
        out = java.util.Arrays.copyOf(out, k);
        java.util.Arrays.sort(out);
        return out;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != 0) add(oldKeys[i], oldValues[i]);
    }

    int size() {
        return size;
    }
}
