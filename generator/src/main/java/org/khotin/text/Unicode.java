package org.khotin.text;

import java.text.Normalizer;

/** NFC at every boundary, and the invisible characters scraped text carries. */
public final class Unicode {
    private static final java.util.regex.Pattern WHITESPACE_RUN = java.util.regex.Pattern.compile("\\s+");

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
        return WHITESPACE_RUN.matcher(s.strip()).replaceAll(" ");
    }
}
