package org.khotin.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
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
    /** Per language: its own articles and the Vietnamese ones not translated into it, newest first. */
    private final Map<Language, List<Article>> withUntranslated;

    private Corpus(List<Article> articles, Map<String, Article> byId, Map<Language, List<Article>> byLanguage,
                   Map<String, Map<Language, String>> translations, Map<Language, List<Article>> withUntranslated) {
        this.articles = articles;
        this.byId = byId;
        this.byLanguage = byLanguage;
        this.translations = translations;
        this.withUntranslated = withUntranslated;
    }

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
        this.withUntranslated = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            withUntranslated.put(l, l == Language.VI ? byLanguage.get(l) : this.articles.stream()
                    .filter(a -> a.lang() == l || (a.lang() == Language.VI && translationInto(a, l).isEmpty()))
                    .toList());
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
        // one article per language and translation key; one part per number of a series
        clashes(kept, a -> a.meta().translationKey().isEmpty() ? null : a.meta().translationKey(), "translation_key",
                a -> "translation_key '" + a.meta().translationKey() + "' is used by",
                "each story has one article per language; give the other article its own translation_key", problems);
        clashes(kept, a -> a.meta().series().part() == 0 ? null : a.meta().series().key() + "\u0000" + a.meta().series().part(),
                "series_part", a -> "part " + a.meta().series().part() + " of the series '" + a.meta().series().name()
                        + "' is numbered so in", "give each part of a series its own series_part", problems);
        return new Corpus(newestFirst(kept));
    }

    /**
     * Articles of one language that share what must be theirs alone ({@code key}; null for none): an error at each
     * one's {@code field}, naming the others.
     */
    private static void clashes(List<Article> articles, Function<Article, String> key, String field,
                                Function<Article, String> what, String hint, Problems problems) {
        Map<String, List<Article>> byKey = new TreeMap<>();
        for (Article a : articles) {
            String k = key.apply(a);
            if (k != null) byKey.computeIfAbsent(a.lang().code() + "\u0000" + k, x -> new ArrayList<>()).add(a);
        }
        byKey.values().stream().filter(list -> list.size() > 1).forEach(list -> {
            for (Article a : list) {
                String others = list.stream().filter(o -> o != a).map(Article::sourcePath).sorted().collect(Collectors.joining(", "));
                problems.error(a.meta().positionOf(field, a.filePos()),
                        what.apply(a) + " another " + a.lang().code() + " article too (" + others + ")", hint);
            }
        });
    }

    /**
     * The same corpus with some articles edited in place: each replacement keeps its id, language, translation key
     * and place in a series, so the collision checks of {@link #of} still hold and are not run again.
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
        List<Article> next = replaced(articles, byNewId);
        // Edits that keep every date keep the order: no need to sort again, nor to index the articles again.
        boolean sameOrder = edited.stream().allMatch(a -> a.meta().date().toInstant().equals(require(a.id()).meta().date().toInstant()));
        if (!sameOrder) return new Corpus(newestFirst(next));
        Map<String, Article> nextById = new HashMap<>(byId);
        nextById.putAll(byNewId);
        Map<Language, List<Article>> nextByLanguage = new EnumMap<>(Language.class);
        byLanguage.forEach((lang, list) -> nextByLanguage.put(lang, replaced(list, byNewId)));
        Map<Language, List<Article>> nextWithUntranslated = new EnumMap<>(Language.class);
        withUntranslated.forEach((lang, list) -> nextWithUntranslated.put(lang, replaced(list, byNewId)));
        return new Corpus(next, nextById, nextByLanguage, translations, nextWithUntranslated);
    }

    private static List<Article> replaced(List<Article> articles, Map<String, Article> byNewId) {
        return articles.stream().map(a -> byNewId.getOrDefault(a.id(), a)).toList();
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

    /**
     * A language's own articles and the Vietnamese ones with no translation into it, newest first: what the
     * English side lists when it falls back to Vietnamese. For Vietnamese, its own articles.
     */
    public List<Article> articlesWithUntranslated(Language language) {
        return withUntranslated.get(language);
    }

    /** The same story in the other language, if there is one. */
    public Optional<Article> translationOf(Article article) {
        return translationInto(article, article.lang().other());
    }

    private Optional<Article> translationInto(Article article, Language language) {
        if (article.meta().translationKey().isEmpty()) return Optional.empty();
        return Optional.ofNullable(translations.get(article.meta().translationKey()))
                .map(m -> m.get(language))
                .map(byId::get);
    }
}
