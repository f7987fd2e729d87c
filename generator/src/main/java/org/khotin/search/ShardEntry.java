package org.khotin.search;

import java.util.List;

/** One key of a shard with its variants, added in order: {@code "dang":[["đang","…"],["đảng","…"]]}. */
final class ShardEntry {
    private final StringBuilder json = new StringBuilder();
    private boolean empty = true;

    ShardEntry(String key) {
        Json.string(json, key).append(":[");
    }

    void variant(String exact, List<PostingCodec.Posting> postings) {
        if (!empty) json.append(',');
        empty = false;
        json.append('[');
        Json.string(json, exact).append(',');
        PostingCodec.encode(postings, json.append('"')).append("\"]");
    }

    byte[] bytes() {
        return SearchIndex.utf8(json.append(']').toString());
    }
}
