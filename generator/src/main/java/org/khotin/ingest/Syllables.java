package org.khotin.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern VIETNAMESE_LETTER = Pattern.compile("[\\u00C0-\\u024F\\u1E00-\\u1EFF]");

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
        Matcher m = WORD.matcher(text);
        int words = 0;
        int vietnamese = 0;
        while (m.find()) {
            words++;
            if (VIETNAMESE_LETTER.matcher(m.group()).find()) vietnamese++;
        }
        return words == 0 ? 0 : (double) vietnamese / words;
    }
}
