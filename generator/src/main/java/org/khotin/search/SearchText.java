package org.khotin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.text.Fold;
import org.khotin.text.Unicode;

/**
 * How search reads text, the same for the index (here) and for queries ({@code templates/assets/search.js},
 * which mirrors these functions; a browser test compares the two on one table). A word is a run of letters,
 * marks and digits; each word has a folded form (no marks, đ→d, lowercase) that decides whether it matches,
 * and an exact form (canonical tone placement, lowercase) that decides whether it matches with its diacritics.
 */
public final class SearchText {
    private SearchText() {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    /** Punctuation that ends a phrase: two words either side of it do not stand together. */
    private static final Pattern PHRASE_BREAK = Pattern.compile("[.,;:!?…()\\[\\]{}\"“”«»/|–—]+");

    /** The words of a text, in order. */
    public static List<String> words(String text) {
        return wordsOfNormalized(Unicode.nfcPlainSpaces(text));
    }

    private static List<String> wordsOfNormalized(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The words of a text in runs that punctuation does not interrupt; adjacent words of a run form phrases. */
    public static List<List<String>> phrases(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String part : PHRASE_BREAK.split(Unicode.nfcPlainSpaces(text))) {
            List<String> words = wordsOfNormalized(part);
            if (!words.isEmpty()) out.add(words);
        }
        return out;
    }

    /** What decides whether a word matches: {@code Đảng} → {@code dang}, {@code HOÀ} → {@code hoa}. */
    public static String folded(String word) {
        return Fold.fold(word);
    }

    /** What decides whether a word matches with its diacritics: {@code Hoà} and {@code hòa} → {@code hòa}. */
    public static String exact(String word) {
        return Fold.key(word);
    }
}
