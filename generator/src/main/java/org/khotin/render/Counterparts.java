package org.khotin.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.khotin.content.Article;
import org.khotin.content.Corpus;

/**
 * Lists of one language paired with the other language's (a section with a section, a series with a series) through
 * their articles' translations. A pair holds only when each names the other: the pages of a pair say they are one
 * page in two languages (hreflang), and a search engine believes that only of pages that link back.
 */
final class Counterparts {
    private Counterparts() {}

    /**
     * Each list's counterpart in the other language, by the lists' keys.
     *
     * @param here     the lists of one language, by key
     * @param there    the other language's, by key
     * @param articles a list's articles
     * @param keyOf    the key of the list an article is in (empty for none)
     */
    static <T> Map<String, String> of(Map<String, T> here, Map<String, T> there, Function<T, List<Article>> articles, Corpus corpus,
                                      Function<Article, String> keyOf) {
        Map<String, String> forth = best(here, there, articles, corpus, keyOf);
        Map<String, String> back = best(there, here, articles, corpus, keyOf);
        Map<String, String> out = new HashMap<>();
        forth.forEach((key, other) -> {
            if (key.equals(back.get(other))) out.put(key, other);
        });
        return Map.copyOf(out);
    }

    /** The other language's list that most of each list's translated articles are in (ties: the first key). */
    private static <T> Map<String, String> best(Map<String, T> from, Map<String, T> to, Function<T, List<Article>> articles,
                                                Corpus corpus, Function<Article, String> keyOf) {
        Map<String, String> out = new HashMap<>();
        from.forEach((key, list) -> {
            Map<String, Integer> votes = new TreeMap<>();
            for (Article a : articles.apply(list)) {
                corpus.translationOf(a).map(keyOf).filter(to::containsKey).ifPresent(k -> votes.merge(k, 1, Integer::sum));
            }
            votes.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e -> out.put(key, e.getKey()));
        });
        return out;
    }
}
