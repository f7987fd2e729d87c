package org.khotin.text;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unifies the two tone-placement styles ({@code hoà}/{@code hòa}, {@code uỷ}/{@code ủy}, {@code khoẻ}/{@code khỏe}).
 * The canonical form puts the tone on the first vowel of an open {@code oa}, {@code oe} or {@code uy} at the end of a
 * syllable, and leaves {@code qu-} syllables ({@code quý}) and closed syllables ({@code hoàn}) alone.
 */
public final class Tones {
    private Tones() {}

    /** A word-final o/u plus one accented letter, not after q; {@link #moveTone} checks the rest. */
    private static final Pattern OPEN_DIPHTHONG =
            Pattern.compile("(?<![qQ])([oOuU][\\p{L}&&[^\\p{ASCII}]])(?![\\p{L}\\p{M}])");

    /** Input must be NFC; output is NFC. */
    public static String canonical(String nfc) {
        if (nfc.isEmpty()) return nfc;
        Matcher m = OPEN_DIPHTHONG.matcher(nfc);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String pair = m.group(1);
            String moved = moveTone(pair);
            if (moved.equals(pair)) continue;
            if (out == null) out = new StringBuilder(nfc.length());
            out.append(nfc, last, m.start(1)).append(moved);
            last = m.end(1);
        }
        if (out == null) return nfc;
        return out.append(nfc, last, nfc.length()).toString();
    }

    private static String moveTone(String pair) {
        char first = pair.charAt(0);
        String second = Normalizer.normalize(pair.substring(1), Normalizer.Form.NFD);
        if (second.length() != 2) return pair;
        char base = second.charAt(0);
        char tone = second.charAt(1);
        boolean wantedBase = "aAeEyY".indexOf(base) >= 0;
        boolean isTone = tone == '\u0300' || tone == '\u0301' || tone == '\u0303' || tone == '\u0309' || tone == '\u0323';
        boolean pairMatches = (first == 'o' || first == 'O') ? "aAeE".indexOf(base) >= 0 : "yY".indexOf(base) >= 0;
        if (!wantedBase || !isTone || !pairMatches) return pair;
        return Normalizer.normalize("" + first + tone + base, Normalizer.Form.NFC);
    }
}
