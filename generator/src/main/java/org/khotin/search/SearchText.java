package org.khotin.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.khotin.text.Fold;
import org.khotin.text.Unicode;

/**
 * How search reads text, the same for the index (here) and for queries (the built-in theme's {@code assets/search.js},
 * which mirrors these functions; a browser test compares the two on one table). A word is a run of letters,
 * marks and digits; each word has a folded form (no marks, đ→d, lowercase) and an exact form (canonical tone
 * placement, lowercase). A word typed without marks finds every word of its folded form, a word typed with
 * marks only the words with those marks ({@link #finds}).
 */
public final class SearchText {
    private SearchText() {}

    /**
     * Punctuation that ends a phrase: two words either side of it do not stand together (unless they are the digits
     * of one number: 3.5, 15:30). Only the ends of sentences and clauses: a reader typing {@code can bo tre can bo nu} means "cán bộ trẻ, cán bộ nữ", and
     * quotes, brackets, commas and dashes stand inside what readers take for one run of words.
     */
    static final String PHRASE_BREAKS = ".;:!?…";

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
        StringBuilder grouped = null; // the word so far, when a thousands separator was left out of it
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (isWordChar(c)) {
                if (wordStart < 0) wordStart = i;
            } else if (wordStart >= 0 && isGroupSeparator(s, i)) {
                if (grouped == null) grouped = new StringBuilder();
                grouped.append(s, wordStart, i);
                wordStart = i + 1;
            } else {
                if (wordStart >= 0) {
                    phrase.add(grouped == null ? s.substring(wordStart, i) : grouped.append(s, wordStart, i).toString());
                    grouped = null;
                    wordStart = -1;
                }
                // a mark between two digits is a number's (3.5, 15:30), not a sentence's end
                if (PHRASE_BREAKS.indexOf(c) >= 0 && !phrase.isEmpty() && !betweenDigits(s, i)) {
                    out.add(phrase);
                    phrase = new ArrayList<>();
                }
            }
            i += Character.charCount(c);
        }
        if (wordStart >= 0) phrase.add(grouped == null ? s.substring(wordStart) : grouped.append(s, wordStart, s.length()).toString());
        if (!phrase.isEmpty()) out.add(phrase);
        return out;
    }

    /**
     * Whether the character at {@code i} groups a number's thousands: a dot (Vietnamese {@code 8.600}) or a comma
     * (English {@code 8,600}) after a digit and before exactly three. The number is one word without it, so that
     * {@code 8.600}, {@code 8,600} and {@code 8600} find one another; a decimal ({@code 3.5}) or a date
     * ({@code 05.01.2019}) stays words apart.
     */
    private static boolean isGroupSeparator(String s, int i) {
        char c = s.charAt(i);
        if (c != '.' && c != ',' || i == 0 || !isAsciiDigit(s.charAt(i - 1))) return false;
        for (int k = 1; k <= 3; k++) if (i + k >= s.length() || !isAsciiDigit(s.charAt(i + k))) return false;
        return i + 4 >= s.length() || !isAsciiDigit(s.charAt(i + 4));
    }

    private static boolean betweenDigits(String s, int i) {
        return i > 0 && i + 1 < s.length() && isAsciiDigit(s.charAt(i - 1)) && isAsciiDigit(s.charAt(i + 1));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** How many runs of words a reader typed apart, with spaces between: "Party 2018" two, "3.5" and "18-NQ/TW" one. */
    public static int typedApart(String query) {
        int runs = 0;
        for (String run : Unicode.nfcPlainSpaces(query).split("[ \\t\\n\\r\\f\\u000B]+")) {
            if (run.codePoints().anyMatch(SearchText::isWordChar)) runs++;
        }
        return runs;
    }

    private static final int NUMBER = 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER
            | 1 << Character.OTHER_NUMBER;

    static boolean isWordChar(int codePoint) {
        return Unicode.isLetterOrMark(codePoint) || (NUMBER >> Character.getType(codePoint) & 1) != 0;
    }

    /** What decides whether a word matches: {@code Đảng} → {@code dang}, {@code HOÀ} → {@code hoa}. */
    public static String folded(String word) {
        return Fold.fold(word);
    }

    /** A word with its diacritics, lowercase, tone placement unified: {@code Hoà} and {@code hòa} → {@code hòa}. */
    public static String exact(String word) {
        return Fold.key(word);
    }

    /** The Vietnamese tones: grave, acute, tilde, hook above, dot below (the other marks shape letters: ă, ơ). */
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    /**
     * An {@link #exact} form as its letters (vowel marks and đ kept) and its tone marks, apart: where a
     * tone sits does not matter, and a word being typed ({@code hoà}, becoming hoàng) has its tone already.
     */
    public record Marks(String letters, String tones) {}

    public static Marks marks(String exact) {
        String decomposed = Normalizer.normalize(exact, Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder(decomposed.length());
        StringBuilder tones = new StringBuilder(1);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            (TONES.indexOf(c) >= 0 ? tones : letters).append(c);
        }
        return new Marks(Normalizer.normalize(letters, Normalizer.Form.NFC), tones.toString());
    }

    /**
     * Whether a word a reader typed finds a written word. Typed without marks, it finds every word that folds
     * like it ({@code da} finds đà, đã, dạ); typed with marks, only those marks ({@code đà} finds Đà and
     * no đã, {@code hoà} finds hòa). As a {@code prefix} (the word being typed), the written word only
     * has to begin with the typed letters, with the same tone ({@code nă} finds năm, not nẵng; {@code hoà}
     * finds hoàng).
     */
    public static boolean finds(String typed, String written, boolean prefix) {
        String typedFolded = folded(typed);
        String writtenFolded = folded(written);
        if (!(prefix ? writtenFolded.startsWith(typedFolded) : writtenFolded.equals(typedFolded))) return false;
        String typedExact = exact(typed);
        return typedExact.equals(typedFolded) || sameMarks(marks(typedExact), marks(exact(written)), prefix);
    }

    /** {@link #finds} for a word typed with marks, on the two words' {@link #marks}. */
    static boolean sameMarks(Marks typed, Marks written, boolean prefix) {
        if (!prefix) return typed.equals(written);
        return written.letters().startsWith(typed.letters()) && typed.tones().equals(written.tones());
    }
}
