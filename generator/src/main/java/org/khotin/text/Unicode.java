package org.khotin.text;

import java.text.Normalizer;

/** NFC at every boundary, and the invisible characters scraped text carries. */
public final class Unicode {
    private Unicode() {}

    public static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** NFC, with no-break and other fixed-width spaces made plain spaces and zero-width characters dropped. */
    public static String nfcPlainSpaces(String s) {
        String n = nfc(s);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009' -> out.append(' ');
                case '\u200B', '\u200C', '\u200D', '\uFEFF' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
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
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
