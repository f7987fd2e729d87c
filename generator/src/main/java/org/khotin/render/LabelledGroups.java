package org.khotin.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.khotin.content.Article;
import org.khotin.text.Fold;
import org.khotin.text.Slugs;

/**
 * Articles gathered under a name that editors write in several ways (a writer's name, a series' title): one group
 * per name's identity ({@link Fold#key}), named as it is written most often, each with its own slug.
 */
final class LabelledGroups {
    /** A group: its name, slug, and articles in the order they were added. */
    record Group(String name, String slug, List<Article> articles) {}

    private final Map<String, List<Article>> byKey = new TreeMap<>();
    private final Map<String, Map<String, Integer>> spellings = new TreeMap<>();

    /** Adds an article under a name; an article named twice in a row (a byline naming one writer twice) counts once. */
    void add(String name, Article a) {
        String key = Fold.key(name);
        List<Article> articles = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (articles.isEmpty() || articles.get(articles.size() - 1) != a) articles.add(a);
        spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(name, 1, Integer::sum);
    }

    /**
     * The groups with their slugs. Two names that make one slug: the group with more articles (then the one whose
     * first article is older) keeps it and the other gets {@code -2}, so that a newcomer does not take over an
     * established address.
     *
     * @param fallback the slug of a name without a letter or digit a slug can keep
     */
    List<Group> slugged(String fallback) {
        List<Map.Entry<String, List<Article>>> claims = new ArrayList<>(byKey.entrySet());
        claims.sort(Comparator.<Map.Entry<String, List<Article>>>comparingInt(e -> -e.getValue().size())
                .thenComparing(e -> e.getValue().get(e.getValue().size() - 1).meta().date())
                .thenComparing(Map.Entry::getKey));
        List<Group> out = new ArrayList<>();
        Map<String, Integer> slugUse = new HashMap<>();
        for (Map.Entry<String, List<Article>> e : claims) {
            String name = spellings.get(e.getKey()).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            String base = Slugs.slug(name).isEmpty() ? fallback : Slugs.slug(name);
            int n = slugUse.merge(base, 1, Integer::sum);
            out.add(new Group(name, n == 1 ? base : base + "-" + n, e.getValue()));
        }
        return out;
    }
}
