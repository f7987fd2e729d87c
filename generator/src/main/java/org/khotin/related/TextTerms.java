package org.khotin.related;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.khotin.taxonomy.WordLists;
import org.khotin.text.Tones;

/**
 * The words and two-word phrases of an article's text, counted: lowercase, canonical tone placement,
 * stopwords and numbers left out, phrases never across punctuation. Vietnamese words are syllables, so the
 * two-syllable phrases carry most of the meaning ({@code đảng viên}, {@code chi bộ}).
 */
final class TextTerms {
    private final Set<String> stopwords;

    TextTerms() {
        Set<String> vi = WordLists.vietnameseStopwords();
        Set<String> en = WordLists.englishStopwords();
        java.util.HashSet<String> all = new java.util.HashSet<>(vi);
        all.addAll(en);
        this.stopwords = Set.copyOf(all);
    }

    /** Term → count for one text; links' URLs are skipped. */
    Map<String, Integer> count(String text) {
        Map<String, Integer> out = new HashMap<>();
        String previous = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < n && (Character.isLetter(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) i++;
                String raw = text.substring(start, i);
                if (raw.equals("http") || raw.equals("https")) { // a URL: skip to its end
                    while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ')') i++;
                    previous = null;
                    continue;
                }
                String word = normalize(raw);
                if (word.length() < 2 || stopwords.contains(word)) {
                    previous = null;
                    continue;
                }
                out.merge(word, 1, Integer::sum);
                if (previous != null) {
                    String pair = previous + " " + word;
                    if (!stopwords.contains(pair)) out.merge(pair, 1, Integer::sum);
                }
                previous = word;
            } else {
                // spaces keep a phrase going; anything else (punctuation, digits, markup) ends it
                if (!(c == ' ' || c == '\u00A0' || c == '\t')) previous = null;
                i++;
            }
        }
        return out;
    }

    private static String normalize(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        for (int k = 0; k < lower.length(); k++) {
            if (lower.charAt(k) > 0x7f) return Tones.canonical(java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFC));
        }
        return lower;
    }
}
