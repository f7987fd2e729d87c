package org.khotin.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.LongPredicate;

/**
 * The JSON (UTF-8) of each shard entry this build makes, by key and in order, and the shards cut from
 * them, for the next build to reuse; and those of the last build this one reuses: every entry that no
 * changed document holds a term of, and every shard made of the same entries.
 */
final class ShardEntries {
    private final boolean remembers;
    final Map<String, byte[]> words = new java.util.HashMap<>();
    /** Pair entries in key order: a merge reads them in turn. */
    final List<String> pairKeys = new ArrayList<>();
    final List<byte[]> pairJsons = new ArrayList<>();
    /** The shards this build cut, when it remembers them; else null. */
    final List<Shard> wordShards;
    final List<Shard> pairShards;
    private ShardEntries last;
    private Set<String> changedWords = Set.of();
    private Set<String> changedPairs = Set.of();

    ShardEntries(boolean remembers) {
        this.remembers = remembers;
        this.wordShards = remembers ? new ArrayList<>() : null;
        this.pairShards = remembers ? new ArrayList<>() : null;
    }

    void reuse(ShardEntries last, Set<String> changedWords, Set<String> changedPairs) {
        this.last = last;
        this.changedWords = changedWords;
        this.changedPairs = changedPairs;
    }

    List<Shard> lastWordShards() {
        return last == null ? List.of() : last.wordShards;
    }

    List<Shard> lastPairShards() {
        return last == null ? List.of() : last.pairShards;
    }

    /** Whether the word entry with this key must be made (else the last build's is taken, if it had one). */
    boolean makesWord(String key) {
        return last == null || changedWords.contains(key);
    }

    byte[] lastWord(String key) {
        return last.words.get(key);
    }

    /** Whether a pair (by its two word ids) is in an entry that is made: all when nothing is reused. */
    LongPredicate pairsToMake(VocabularyOrder order) {
        if (last == null) return pair -> true;
        // the changed entries as the folded ranks of their two words, sorted for a binary search, and which
        // first words they have (a quick no for most pairs)
        long[] changed = changedPairs.stream().mapToLong(key -> {
            int space = key.indexOf(' ');
            return (long) order.foldedRankOf(key.substring(0, space)) << 32 | order.foldedRankOf(key.substring(space + 1));
        }).sorted().toArray();
        boolean[] first = new boolean[order.byId.length];
        for (long c : changed) first[(int) (c >>> 32)] = true;
        return pair -> first[order.foldedRank[SearchIndex.firstWord(pair)]] && Arrays.binarySearch(changed,
                (long) order.foldedRank[SearchIndex.firstWord(pair)] << 32 | order.foldedRank[SearchIndex.secondWord(pair)]) >= 0;
    }

    /**
     * Hands pair entries to the shards in key order: those made now (key and JSON; both null after the
     * last), and between them the last build's that are not made again and that no changed document holds.
     * Keys sort as their entries are listed (words hold no spaces or control characters), so a merge by
     * key keeps the order.
     */
    BiConsumer<String, byte[]> pairsInto(Shards shards) {
        List<String> keptKeys = last == null ? List.of() : last.pairKeys;
        List<byte[]> keptJsons = last == null ? List.of() : last.pairJsons;
        return new BiConsumer<>() {
            private int next;

            @Override
            public void accept(String madeKey, byte[] madeJson) {
                for (; next < keptKeys.size() && (madeKey == null || keptKeys.get(next).compareTo(madeKey) <= 0); next++) {
                    String key = keptKeys.get(next);
                    boolean replaced = key.equals(madeKey);
                    if (!replaced && !changedPairs.contains(key)) add(key, keptJsons.get(next));
                }
                if (madeKey != null) add(madeKey, madeJson);
            }

            private void add(String key, byte[] json) {
                if (remembers) {
                    pairKeys.add(key);
                    pairJsons.add(json);
                }
                shards.add(key, json);
            }
        };
    }

    void madeWord(String key, byte[] json) {
        if (remembers) words.put(key, json);
    }
}
