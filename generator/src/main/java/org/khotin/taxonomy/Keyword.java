package org.khotin.taxonomy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.khotin.config.Language;

/**
 * One keyword of the archive, the same in both languages: the Vietnamese page {@code /vi/tu-khoa/<id>/}
 * and the English page {@code /en/keywords/<id>/} show one keyword.
 *
 * @param id         the URL slug, the same in both languages and stable as the archive grows
 * @param key        identity ({@link KeywordKeys#key}) of the first spelling seen
 * @param vi         the Vietnamese label; empty when only English articles use an unlisted keyword
 * @param en         the English label; empty when the glossary has none and no English article uses it
 * @param inGlossary whether {@code content/keywords.yml} lists it
 * @param articleIds per language, the articles that carry it, newest first
 */
public record Keyword(String id, String key, String vi, String en, boolean inGlossary,
                      Map<Language, List<String>> articleIds) {
    public Keyword {
        Map<Language, List<String>> copy = new EnumMap<>(Language.class);
        for (Language l : Language.values()) copy.put(l, List.copyOf(articleIds.getOrDefault(l, List.of())));
        articleIds = Map.copyOf(copy);
    }

    /** The label shown on a page of this language; falls back to the other language's label. */
    public String label(Language lang) {
        String own = lang == Language.VI ? vi : en;
        return own.isEmpty() ? (lang == Language.VI ? en : vi) : own;
    }

    /** Empty when {@link #label} is in {@code lang}; otherwise the language code the label is in. */
    public String labelLang(Language lang) {
        String own = lang == Language.VI ? vi : en;
        return own.isEmpty() ? lang.other().code() : "";
    }

    public List<String> articles(Language lang) {
        return articleIds.get(lang);
    }

    public int count(Language lang) {
        return articleIds.get(lang).size();
    }
}
