package org.khotin.text;

import java.text.Normalizer;

/** NFC at every boundary, and the invisible characters scraped text carries. */
public final class Unicode {
    private Unicode() {}

    public static String nfc(String s) {
        return isPrecomposedText(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s
                : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Whether every character is one that NFC leaves alone whatever surrounds it (no combining mark, no
     * character that composes with the one before it, no singleton decomposition): then the text is NFC.
     * Vietnamese text in precomposed form passes, and this loop is much cheaper than the normalizer's check.
     */
    static boolean isPrecomposedText(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isNfcInert(s.charAt(i))) return false;
        }
        return true;
    }

    /** Latin letters below the combining marks, the precomposed Latin Extended Additional, general punctuation. */
    static boolean isNfcInert(char c) {
        return c < '\u0300' || (c >= '\u1E00' && c <= '\u1EFF') || (c >= '\u2002' && c <= '\u206F');
    }

    /** NFC, with no-break and other fixed-width spaces made plain spaces and zero-width characters dropped. */
    public static String nfcPlainSpaces(String s) {
        String n = nfc(s);
        int first = 0;
        while (first < n.length() && !isFixedWidthSpace(n.charAt(first)) && !isZeroWidth(n.charAt(first))) first++;
        if (first == n.length()) return n; // most text has neither
        StringBuilder out = new StringBuilder(n.length()).append(n, 0, first);
        for (int i = first; i < n.length(); i++) {
            char c = n.charAt(i);
            if (isFixedWidthSpace(c)) {
                out.append(' ');
            } else if (!isZeroWidth(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isFixedWidthSpace(char c) {
        return c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2002' || c == '\u2003' || c == '\u2009';
    }

    private static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF';
    }

    /** General categories of letters (L) and marks (M). */
    private static final int LETTER_OR_MARK = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.NON_SPACING_MARK | 1 << Character.ENCLOSING_MARK | 1 << Character.COMBINING_SPACING_MARK;

    /** What the regex class {@code [\\p{L}\\p{M}]} matches, with one category look-up. */
    public static boolean isLetterOrMark(int codePoint) {
        return (LETTER_OR_MARK >> Character.getType(codePoint) & 1) != 0;
    }

    /** Collapses runs of whitespace to one space and trims. */
    public static String collapseSpaces(String s) {
        // a loop, not a regex: every line and paragraph of every import passes here, and most need no change
        String t = s.strip();
        int n = t.length();
        boolean clean = true;
        for (int i = 0; i < n && clean; i++) {
            char c = t.charAt(i);
            clean = !isRegexSpace(c) || (c == ' ' && (i + 1 == n || !isRegexSpace(t.charAt(i + 1))));
        }
        if (clean) return t;
        StringBuilder out = new StringBuilder(n);
        boolean inRun = false;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (isRegexSpace(c)) {
                if (!inRun) out.append(' ');
                inRun = true;
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString();
    }

    /** What {@code \s} matches in a Java regex without flags: space, tab, the line ends, vertical tab, form feed. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
