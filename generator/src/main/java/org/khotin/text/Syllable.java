package org.khotin.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Tells a well-formed Vietnamese syllable from a foreign word or noise. */
public final class Syllable {
    private Syllable() {}

    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(ng|nh|ch|[cmnpt]|[iyou])?");
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    /** One syllable (NFC, any case): the right shape, at most one tone mark. */
    public static boolean isVietnamese(String word) {
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
}
