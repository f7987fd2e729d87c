package org.khotin.search;

import java.util.ArrayList;
import java.util.List;
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

    /** Punctuation that ends a phrase: two words either side of it do not stand together. */
    static final String PHRASE_BREAKS = ".,;:!?…()[]{}\"“”«»/|–—";

    /** The words of a text, in order. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (List<String> phrase : phrases(text)) out.addAll(phrase);
        return out;
    }

    /**
     * The words of a text in runs that punctuation does not interrupt; adjacent words of a run form phrases.
     * A word is a run of letters, marks and digits ({@code [\p{L}\p{M}\p{N}]+}); one pass over the text, as
     * every article's whole text passes here.
     */
    public static List<List<String>> phrases(String text) {
        String s = Unicode.nfcPlainSpaces(text);
        List<List<String>> out = new ArrayList<>();
        List<String> phrase = new ArrayList<>();
        int wordStart = -1;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (isWordChar(c)) {
                if (wordStart < 0) wordStart = i;
            } else {
                if (wordStart >= 0) {
                    phrase.add(s.substring(wordStart, i));
                    wordStart = -1;
                }
                if (PHRASE_BREAKS.indexOf(c) >= 0 && !phrase.isEmpty()) {
                    out.add(phrase);
                    phrase = new ArrayList<>();
                }
            }
            i += Character.charCount(c);
        }
        if (wordStart >= 0) phrase.add(s.substring(wordStart));
        if (!phrase.isEmpty()) out.add(phrase);
        return out;
    }

    private static final int NUMBER = 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER
            | 1 << Character.OTHER_NUMBER;

    private static boolean isWordChar(int codePoint) {
        return Unicode.isLetterOrMark(codePoint) || (NUMBER >> Character.getType(codePoint) & 1) != 0;
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
