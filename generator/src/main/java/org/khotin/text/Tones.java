package org.khotin.text;

import java.text.Normalizer;

/**
 * Unifies the two tone-placement styles ({@code hoà}/{@code hòa}, {@code uỷ}/{@code ủy}, {@code khoẻ}/{@code khỏe}).
 * The canonical form puts the tone on the first vowel of an open {@code oa}, {@code oe} or {@code uy} at the end of a
 * syllable, and leaves {@code qu-} syllables ({@code quý}) and closed syllables ({@code hoàn}) alone.
 */
public final class Tones {
    private Tones() {}

    /** Input must be NFC; output is NFC. */
    public static String canonical(String nfc) {
        // a loop rather than a regex: every keyword, label and extracted paragraph passes here
        StringBuilder out = null;
        int last = 0;
        for (int i = 0; i + 1 < nfc.length(); i++) {
            if (!isOpenDiphthongAt(nfc, i)) continue;
            String pair = nfc.substring(i, i + 2);
            String moved = moveTone(pair);
            if (moved.equals(pair)) continue;
            if (out == null) out = new StringBuilder(nfc.length());
            out.append(nfc, last, i).append(moved);
            last = i + 2;
        }
        if (out == null) return nfc;
        return out.append(nfc, last, nfc.length()).toString();
    }

    /**
     * An o/u not after q, then one accented letter that ends the word; {@link #moveTone} checks the rest. A letter
     * outside the BMP never carries a movable tone, so only a BMP second letter counts.
     */
    private static boolean isOpenDiphthongAt(String s, int i) {
        char first = s.charAt(i);
        if (first != 'o' && first != 'O' && first != 'u' && first != 'U') return false;
        if (i > 0 && (s.charAt(i - 1) == 'q' || s.charAt(i - 1) == 'Q')) return false;
        char second = s.charAt(i + 1);
        if (second < 0x80 || !Character.isLetter(second)) return false;
        return i + 2 == s.length() || !Unicode.isLetterOrMark(s.codePointAt(i + 2));
    }

    /** A two-letter pair with its tone moved to the canonical letter, or the pair as it was. */
    static String moveTone(String pair) {
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
