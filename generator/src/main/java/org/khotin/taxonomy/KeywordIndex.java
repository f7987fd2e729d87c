package org.khotin.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.khotin.content.Article;
import org.khotin.diag.Problems;
import org.khotin.text.Fold;
import org.khotin.text.Slugs;

/** The keywords of one language's articles: identity by {@link Fold#key}, unique slugs, display order. */
public final class KeywordIndex {
    private final List<Keyword> keywords;
    private final Map<String, Keyword> byKey;

    private KeywordIndex(List<Keyword> keywords) {
        this.keywords = List.copyOf(keywords);
        this.byKey = new HashMap<>();
        keywords.forEach(k -> byKey.put(k.key(), k));
    }

    /**
     * @param articles newest first
     * @param order    display order of labels (Vietnamese or English collation)
     */
    public static KeywordIndex build(List<Article> articles, Comparator<String> order, Problems problems) {
        Map<String, Map<String, Integer>> spellings = new TreeMap<>();
        Map<String, List<String>> ids = new HashMap<>();
        Map<String, Article> firstUse = new HashMap<>();
        for (Article a : articles) {
            Map<String, String> distinct = new LinkedHashMap<>();
            for (String written : a.meta().keywords()) distinct.putIfAbsent(Fold.key(written), written);
            for (Map.Entry<String, String> e : distinct.entrySet()) {
                String key = e.getKey();
                String label = e.getValue();
                spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(label, 1, Integer::sum);
                ids.computeIfAbsent(key, k -> new ArrayList<>()).add(a.id());
                firstUse.put(key, a); // articles come newest first, so the last put is the oldest use
            }
        }
        // Slugs: when two keywords fold to one slug, the one used first in the archive keeps it, so a new
        // keyword never takes over an old keyword's URL.
        Map<String, List<String>> bySlug = new TreeMap<>();
        for (String key : spellings.keySet()) {
            bySlug.computeIfAbsent(slugBase(key), s -> new ArrayList<>()).add(key);
        }
        Map<String, String> slugOf = new HashMap<>();
        bySlug.forEach((slug, keys) -> {
            keys.sort(Comparator.comparing((String k) -> firstUse.get(k).meta().date().toInstant())
                    .thenComparing(k -> firstUse.get(k).id()).thenComparing(k -> k));
            for (int i = 0; i < keys.size(); i++) {
                slugOf.put(keys.get(i), i == 0 ? slug : slug + "-" + (i + 1));
                if (i > 0) {
                    Article a = firstUse.get(keys.get(i));
                    problems.warning(a.meta().positionOf("keywords", a.filePos()),
                            "keyword '" + label(spellings.get(keys.get(i))) + "' has the same URL slug as '"
                                    + label(spellings.get(keys.get(0))) + "'; its page is /" + slug + "-" + (i + 1) + "/",
                            "give the keywords distinct ids in content/keywords.yml to choose the URLs yourself");
                }
            }
        });
        List<Keyword> out = new ArrayList<>();
        spellings.forEach((key, forms) -> out.add(new Keyword(key, label(forms), slugOf.get(key), ids.get(key))));
        out.sort(Comparator.comparing(Keyword::label, order).thenComparing(Keyword::key));
        return new KeywordIndex(out);
    }

    private static String slugBase(String key) {
        String s = Slugs.slug(key);
        return s.isEmpty() ? "tu-khoa" : s;
    }

    /** The spelling written most often; ties go to the one with more capitals, then code point order. */
    private static String label(Map<String, Integer> forms) {
        return forms.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().codePoints().filter(Character::isUpperCase).count())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    /** Keywords in display order. */
    public List<Keyword> keywords() {
        return keywords;
    }

    public Optional<Keyword> find(String label) {
        return Optional.ofNullable(byKey.get(Fold.key(label)));
    }
}
