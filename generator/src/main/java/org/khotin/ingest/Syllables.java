package org.khotin.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.text.Syllable;
import org.khotin.text.Unicode;

/**
 * Tells a well-formed Vietnamese syllable from noise. Used to score candidate decodings of legacy bytes
 * (the right decoding yields far more valid syllables than a wrong one) and to recognise Vietnamese text.
 */
final class Syllables {
    private Syllables() {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    /** One syllable (NFC, any case): the right shape, at most one tone mark. */
    static boolean isValid(String word) {
        return Syllable.isVietnamese(word);
    }

    /** The share of letter tokens that are valid syllables; 0 for text without letters. */
    static double validShare(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int valid = 0;
        while (m.find()) {
            words++;
            if (isValid(m.group())) valid++;
        }
        return words == 0 ? 0 : (double) valid / words;
    }

    /**
     * The share of letter tokens written with an accented Latin letter (ă â đ ê ô ơ ư, a tone).
     * English text scores near 0, Vietnamese prose well above 0.3.
     */
    static double vietnameseLetterShare(String text) {
        // a loop, not a regex per word: every line of every imported article is measured
        int words = 0;
        int vietnamese = 0;
        boolean inWord = false;
        boolean accented = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Unicode.isLetterOrMark(cp)) {
                if (!inWord) words++;
                if (!inWord) accented = false;
                inWord = true;
                accented |= (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF);
            } else {
                if (inWord && accented) vietnamese++;
                inWord = false;
            }
            i += Character.charCount(cp);
        }
        if (inWord && accented) vietnamese++;
        return words == 0 ? 0 : (double) vietnamese / words;
    }
}
