package org.khotin.ingest;

import java.util.Locale;

/** Case tests and conversions for Vietnamese (Locale.ROOT: the Turkish dotless-i rule must never apply). */
final class Casing {
    private Casing() {}

    /** Letters present and at least 90 % of them uppercase (a stray lowercase unit like "m2" is tolerated). */
    static boolean isAllCaps(String s) {
        int letters = 0;
        int upper = 0;
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                } else if (10 * (letters - upper) >= letters + (length - i - 1) + 10) {
                    // more than a tenth (plus one, for rounding) of all the letters there can be are not capitals:
                    // prose is settled within its first words instead of at its end
                    return false;
                }
            }
        }
        return letters >= 2 && upper >= letters * 0.9;
    }

    static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** First letter uppercase, the rest lowercase: {@code Năm}, {@code Đảng}. */
    static boolean isCapitalised(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) return false;
        for (int i = Character.charCount(word.codePointAt(0)); i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) return false;
        }
        return true;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String capitaliseFirst(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.substring(0, i) + s.substring(i, i + 1).toUpperCase(Locale.ROOT) + s.substring(i + 1);
            }
        }
        return s;
    }

    /** {@code PHÚC LƯU} → {@code Phúc Lưu}; each syllable (also after a hyphen) gets a capital. */
    static String titleCase(String s) {
        String lower = lower(s);
        StringBuilder out = new StringBuilder(lower.length());
        boolean start = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetter(c)) {
                out.append(start ? Character.toUpperCase(c) : c);
                start = false;
            } else {
                out.append(c);
                start = c == ' ' || c == '-' || c == '.' || c == '(';
            }
        }
        return out.toString();
    }
}
