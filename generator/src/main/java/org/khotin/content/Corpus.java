package org.khotin.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.khotin.config.Language;
import org.khotin.diag.Problems;

/**
 * All published articles, newest first (ties by id), indexed by id, language and translation key.
 * Built only from articles that passed validation; conflicts between articles are reported here.
 */
public final class Corpus {
    /** Newest first, then by id: the order of every list on the site. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing((Article a) -> a.meta().date().toInstant()).reversed()
            .thenComparing(Article::id);

    private final List<Article> articles;
    private final Map<String, Article> byId;
    private final Map<Language, List<Article>> byLanguage;
    private final Map<String, Map<Language, String>> translations;

    /** @param sorted the articles, newest first */
    private Corpus(List<Article> sorted) {
        this.articles = sorted;
        this.byId = new HashMap<>();
        this.articles.forEach(a -> byId.put(a.id(), a));
        this.byLanguage = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            byLanguage.put(l, this.articles.stream().filter(a -> a.lang() == l).toList());
        }
        this.translations = new HashMap<>();
        for (Article a : this.articles) {
            if (a.meta().translationKey().isEmpty()) continue;
            translations.computeIfAbsent(a.meta().translationKey(), k -> new EnumMap<>(Language.class)).put(a.lang(), a.id());
        }
    }

    /** Checks for articles that would collide on the site and builds the corpus from the rest. */
    public static Corpus of(List<Article> loaded, Problems problems) {
        Map<String, List<Article>> byUrl = loaded.stream()
                .collect(Collectors.groupingBy(Article::id, TreeMap::new, Collectors.toList()));
        List<Article> kept = new ArrayList<>();
        byUrl.forEach((id, same) -> {
            if (same.size() > 1) {
                for (Article a : same) {
                    String others = same.stream().filter(o -> o != a).map(Article::sourcePath).collect(Collectors.joining(", "));
                    problems.error(a.meta().positionOf("slug", a.meta().positionOf("title", a.filePos())),
                            "two articles have the same URL /" + id + "/ (also " + others + ")",
                            "give one of them another 'slug:'");
                }
            }
            kept.add(same.get(0));
        });
        Map<String, List<Article>> byKey = new LinkedHashMap<>();
        for (Article a : kept) {
            if (!a.meta().translationKey().isEmpty()) {
                byKey.computeIfAbsent(a.lang().code() + "\u0000" + a.meta().translationKey(), k -> new ArrayList<>()).add(a);
            }
        }
        byKey.values().stream().filter(list -> list.size() > 1).forEach(list -> {
            for (Article a : list) {
                String others = list.stream().filter(o -> o != a).map(Article::sourcePath).sorted().collect(Collectors.joining(", "));
                problems.error(a.meta().positionOf("translation_key", a.filePos()),
                        "translation_key '" + a.meta().translationKey() + "' is used by another " + a.lang().code()
                                + " article too (" + others + ")",
                        "each story has one article per language; give the other article its own translation_key");
            }
        });
        return new Corpus(newestFirst(kept));
    }

    /**
     * The same corpus with some articles edited in place: each replacement keeps its id, language and
     * translation key, so the collision checks of {@link #of} still hold and are not run again.
     */
    public Corpus replacing(List<Article> edited) {
        Map<String, Article> byNewId = new HashMap<>();
        for (Article a : edited) {
            Article old = require(a.id());
            if (!old.meta().translationKey().equals(a.meta().translationKey())) {
                throw new IllegalArgumentException("translation key changed: " + a.id());
            }
            byNewId.put(a.id(), a);
        }
        List<Article> next = articles.stream().map(a -> byNewId.getOrDefault(a.id(), a)).toList();
        // Edits that keep every date keep the order: no need to sort again.
        boolean sameOrder = edited.stream().allMatch(a -> a.meta().date().toInstant().equals(require(a.id()).meta().date().toInstant()));
        return new Corpus(sameOrder ? next : newestFirst(next));
    }

    private static List<Article> newestFirst(List<Article> articles) {
        return articles.stream().sorted(NEWEST_FIRST).toList();
    }

    public List<Article> articles() {
        return articles;
    }

    public List<Article> articles(Language language) {
        return byLanguage.get(language);
    }

    public Optional<Article> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Article require(String id) {
        Article a = byId.get(id);
        if (a == null) throw new IllegalArgumentException("no article with id " + id);
        return a;
    }

    /** The same story in the other language, if there is one. */
    public Optional<Article> translationOf(Article article) {
        if (article.meta().translationKey().isEmpty()) return Optional.empty();
        return Optional.ofNullable(translations.get(article.meta().translationKey()))
                .map(m -> m.get(article.lang().other()))
                .map(byId::get);
    }
}
