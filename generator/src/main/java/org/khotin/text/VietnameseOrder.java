package org.khotin.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese dictionary order (a ă â b c d đ e ê …, tones huyền hỏi ngã sắc nặng). The whole label is
 * compared on its letters first (primary strength), then on its tones and marks (secondary), and only then
 * on case (tertiary), so {@code Đảng ủy Khối} comes before {@code đảng viên tình nguyện}: the case of the
 * first word never outweighs the letters of the second. Each pass reads word by word, so that
 * {@code Hà Nội} comes before {@code Hải Phòng} (the JDK collator alone ignores spaces) and a label comes
 * before its longer forms. Ties fall back to the raw strings, so the order is total and deterministic.
 */
public final class VietnameseOrder implements Comparator<String> {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Letters, then tones and marks, then case. */
    private final Collator[] byStrength;

    public VietnameseOrder() {
        int[] strengths = {Collator.PRIMARY, Collator.SECONDARY, Collator.TERTIARY};
        byStrength = new Collator[strengths.length];
        for (int s = 0; s < strengths.length; s++) {
            byStrength[s] = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
            byStrength[s].setStrength(strengths[s]);
        }
    }

    @Override
    public synchronized int compare(String a, String b) {
        String[] wa = SPACES.split(Unicode.nfc(a).strip());
        String[] wb = SPACES.split(Unicode.nfc(b).strip());
        for (Collator collator : byStrength) {
            int c = compareWords(collator, wa, wb);
            if (c != 0) return c;
        }
        return a.compareTo(b);
    }

    private static int compareWords(Collator collator, String[] wa, String[] wb) {
        int n = Math.min(wa.length, wb.length);
        for (int i = 0; i < n; i++) {
            int c = compareWord(collator, wa[i], wb[i]);
            if (c != 0) return c;
        }
        return Integer.compare(wa.length, wb.length);
    }

    /** Runs of digits by their value ("10-NQ/TU" before "109-NQ/TU", "Khóa 9" before "Khóa 10"), the rest by the collator. */
    private static int compareWord(Collator collator, String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean da = isDigit(a.charAt(i));
            boolean db = isDigit(b.charAt(j));
            int ei = runEnd(a, i, da);
            int ej = runEnd(b, j, db);
            int c;
            if (da && db) {
                String x = stripZeros(a.substring(i, ei));
                String y = stripZeros(b.substring(j, ej));
                c = x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
            } else if (da != db) {
                c = da ? -1 : 1; // a number before a letter, as in a dictionary's list
            } else {
                c = collator.compare(a.substring(i, ei), b.substring(j, ej));
            }
            if (c != 0) return c;
            i = ei;
            j = ej;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int runEnd(String s, int from, boolean digits) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k)) == digits) k++;
        return k;
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') k++;
        return digits.substring(k);
    }
}
