package org.khotin.taxonomy;

import java.util.List;

/**
 * One keyword of one language, with the articles that carry it (ids, newest first).
 *
 * @param key   identity: case, Unicode form and tone placement folded
 * @param label the spelling shown, the one written most often
 * @param slug  the URL segment, stable and unique within the language
 */
public record Keyword(String key, String label, String slug, List<String> articleIds) {
    public Keyword {
        articleIds = List.copyOf(articleIds);
    }

    public int count() {
        return articleIds.size();
    }
}
