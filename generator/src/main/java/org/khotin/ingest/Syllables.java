package org.khotin.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.text.Unicode;

/**
 * Tells a well-formed Vietnamese syllable from noise. Used to score candidate decodings of legacy bytes
 * (the right decoding yields far more valid syllables than a wrong one) and to recognise Vietnamese text.
 */
final class Syllables {
    private Syllables() {}

    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(ng|nh|ch|[cmnpt]|[iyou])?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    /** One syllable (NFC, any case): the right shape, at most one tone mark. */
    static boolean isValid(String word) {
        String nfd = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder bare = new StringBuilder(nfd.length());
        int tones = 0;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tones++;
            } else {
                bare.append(c);
            }
        }
        if (tones > 1) return false;
        return SYLLABLE.matcher(Normalizer.normalize(bare, Normalizer.Form.NFC)).matches();
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
