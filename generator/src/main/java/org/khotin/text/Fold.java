package org.khotin.text;

import java.util.Locale;

/** Folded forms of text for matching: diacritic-insensitive, and identity keys that keep diacritics. */
public final class Fold {
    private Fold() {}

    /** Lowercase, all marks stripped, đ→d: {@code Đảng ủy} → {@code dang uy}. */
    public static String fold(String text) {
        return Slugs.lower(Slugs.stripMarks(Unicode.nfc(text)));
    }

    /**
     * The identity of a label: NFC, canonical tone placement, lowercase, single spaces.
     * {@code Hoà Bình} and {@code hòa  bình} have the same key; {@code đảng} and {@code dáng} do not.
     */
    public static String key(String label) {
        String n = Unicode.collapseSpaces(Unicode.nfcPlainSpaces(label));
        return Tones.canonical(n).toLowerCase(Locale.ROOT);
    }
}
