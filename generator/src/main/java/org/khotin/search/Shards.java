package org.khotin.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts sorted entries into shard files of about {@code shardBytes}, each handed on as soon as it is full.
 * A shard of the very entries (the same arrays) the last build's shard in its place had is that shard:
 * after a save, most are.
 */
final class Shards {
    private final String dir;
    private final int shardBytes;
    private final SearchIndex.HashingOutput out;
    private final List<Shard> last;
    /** Receives each shard cut, or null when none is remembered. */
    private final List<Shard> made;
    /** Each shard's first key. */
    private final List<String> starts = new ArrayList<>();
    private List<byte[]> entries = new ArrayList<>();
    private int shardSize;

    Shards(String dir, int shardBytes, SearchIndex.HashingOutput out, List<Shard> last, List<Shard> made) {
        this.dir = dir;
        this.shardBytes = shardBytes;
        this.out = out;
        this.last = last;
        this.made = made;
    }

    void add(String key, byte[] json) {
        // +1 for the comma or brace before the entry, +1 for the closing brace
        if (!entries.isEmpty() && shardSize + json.length + 2 > shardBytes) cut();
        if (entries.isEmpty()) {
            starts.add(key);
            shardSize = 1;
        } else {
            shardSize++;
        }
        entries.add(json);
        shardSize += json.length;
    }

    /** Hands on the last shard; returns each shard's first key. */
    List<String> finish() {
        if (!entries.isEmpty()) cut();
        return starts;
    }

    private void cut() {
        int n = starts.size() - 1;
        String path = dir + n + ".json";
        Shard same = n < last.size() ? last.get(n) : null;
        if (same != null && sameArrays(same.entries(), entries)) {
            out.accept(path, same.bytes(), same.digest());
            if (made != null) made.add(same);
        } else {
            byte[] bytes = new byte[shardSize + 1];
            bytes[0] = '{';
            int at = 1;
            for (byte[] entry : entries) {
                if (at > 1) bytes[at++] = ',';
                System.arraycopy(entry, 0, bytes, at, entry.length);
                at += entry.length;
            }
            bytes[at] = '}';
            if (made == null) {
                out.accept(path, bytes);
            } else {
                Shard shard = new Shard(entries, bytes, SearchIndex.HashingOutput.sha256(bytes));
                out.accept(path, shard.bytes(), shard.digest());
                made.add(shard);
            }
        }
        entries = new ArrayList<>();
    }

    private static boolean sameArrays(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
        return true;
    }
}
