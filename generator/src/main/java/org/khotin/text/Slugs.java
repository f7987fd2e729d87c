package org.khotin.text;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs from Vietnamese or English text: tones and marks stripped, đ→d, {@code [a-z0-9-]}. */
public final class Slugs {
    private Slugs() {}

    private static final int MAX_LENGTH = 100;

    public static String slug(String text) {
        String folded = Fold.fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) out.append('-');
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return shorten(out.toString());
    }

    /** Long titles make long URLs: cut at a word boundary. */
    private static String shorten(String slug) {
        if (slug.length() <= MAX_LENGTH) return slug;
        int cut = slug.lastIndexOf('-', MAX_LENGTH);
        return slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
    }

    public static boolean isValid(String slug) {
        return slug.matches("[a-z0-9]+(?:-[a-z0-9]+)*");
    }

    static String stripMarks(String s) {
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            out.append(switch (c) {
                case 'đ' -> 'd';
                case 'Đ' -> 'D';
                default -> c;
            });
        }
        return out.toString();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
