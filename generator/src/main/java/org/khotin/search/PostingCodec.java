package org.khotin.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Posting lists as short JSON-safe strings, one of two ways, whichever is shorter:
 * <ul>
 *   <li>a list: per document, the gap to the previous document number and the weighted count, each as a
 *       variable-length number of 5-bit groups (one character per group, the sixth bit saying "more follows");</li>
 *   <li>a bitmap, marked by a leading {@code ~}: six documents per character, every count taken as 1. Words
 *       in most documents ({@code của}, {@code đảng}) cost a sixth of a character per document this way, and
 *       their counts matter little to ranking because such words are weak evidence anyway.</li>
 * </ul>
 * {@code search.js} decodes both; {@link #decode} exists for tests and measurements.
 */
public final class PostingCodec {
    private PostingCodec() {}

    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final char BITMAP = '~';

    /** One document's entry: its number and its weighted count (title words count more). */
    public record Posting(int doc, int count) {}

    /** @param postings in increasing document order, counts at least 1 */
    public static String encode(List<Posting> postings) {
        StringBuilder list = new StringBuilder();
        int previous = -1;
        for (Posting p : postings) {
            if (p.doc() <= previous || p.count() < 1) throw new IllegalArgumentException("postings out of order: " + p);
            number(list, p.doc() - previous - 1);
            number(list, p.count() - 1);
            previous = p.doc();
        }
        int bitmapLength = 1 + (previous / 6 + 1);
        if (postings.isEmpty() || list.length() <= bitmapLength) return list.toString();
        int[] bits = new int[previous / 6 + 1];
        for (Posting p : postings) bits[p.doc() / 6] |= 1 << (p.doc() % 6);
        StringBuilder bitmap = new StringBuilder(bitmapLength).append(BITMAP);
        for (int b : bits) bitmap.append(DIGITS.charAt(b));
        return bitmap.toString();
    }

    private static void number(StringBuilder out, int value) {
        int v = value;
        while (v >= 32) {
            out.append(DIGITS.charAt(32 | (v & 31)));
            v >>>= 5;
        }
        out.append(DIGITS.charAt(v));
    }

    public static List<Posting> decode(String encoded) {
        List<Posting> out = new ArrayList<>();
        if (encoded.startsWith(String.valueOf(BITMAP))) {
            for (int i = 1; i < encoded.length(); i++) {
                int b = DIGITS.indexOf(encoded.charAt(i));
                for (int bit = 0; bit < 6; bit++) if ((b & (1 << bit)) != 0) out.add(new Posting((i - 1) * 6 + bit, 1));
            }
            return out;
        }
        int[] at = {0};
        int doc = -1;
        while (at[0] < encoded.length()) {
            doc += readNumber(encoded, at) + 1;
            out.add(new Posting(doc, readNumber(encoded, at) + 1));
        }
        return out;
    }

    private static int readNumber(String s, int[] at) {
        int value = 0;
        int shift = 0;
        while (true) {
            int d = DIGITS.indexOf(s.charAt(at[0]++));
            value |= (d & 31) << shift;
            if (d < 32) return value;
            shift += 5;
        }
    }
}
