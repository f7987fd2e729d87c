package org.khotin.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * The groups with their slugs. Two names that make one slug: the group whose first article is the oldest keeps
     * it and the other gets the next free {@code -2}, {@code -3}…, so that a newcomer never takes over an established
     * address, however many articles it gathers.
     *
     * @param fallback the slug of a name without a letter or digit a slug can keep
     */
    List<Group> slugged(String fallback) {
        List<Map.Entry<String, List<Article>>> claims = new ArrayList<>(byKey.entrySet());
        claims.sort(Comparator.<Map.Entry<String, List<Article>>, java.time.Instant>comparing(e -> oldest(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        List<Group> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, List<Article>> e : claims) {
            String name = spellings.get(e.getKey()).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            String base = Slugs.slug(name).isEmpty() ? fallback : Slugs.slug(name);
            String slug = base;
            // a name may itself end in a number ("Mưa lũ 2"): the next number no group has yet
            for (int n = 2; taken.contains(slug); n++) slug = base + "-" + n;
            taken.add(slug);
            out.add(new Group(name, slug, List.copyOf(e.getValue())));
        }
        return List.copyOf(out);
    }

    private static java.time.Instant oldest(List<Article> articles) {
        return articles.stream().map(a -> a.meta().date().toInstant()).min(Comparator.naturalOrder()).orElseThrow();
    }
}
