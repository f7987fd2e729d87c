package org.khotin.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Posting lists as short JSON-safe strings, one of two ways, whichever is shorter:
 * <ul>
 *   <li>a list: per document, the gap to the previous document number as a variable-length number of 5-bit
 *       groups (one character per group, the sixth bit saying "more follows"), then its weight, one character;</li>
 *   <li>a bitmap, marked by a leading {@code ~}: six documents per character, every count taken as 1. Words
 *       in most documents ({@code của}, {@code đảng}) cost a sixth of a character per document this way, and
 *       their counts matter little to ranking because such words are weak evidence anyway. After a {@code .}
 *       follow the documents where the term stands in the lead, a keyword or the title, each as one number:
 *       how many of the bitmap's documents it skips since the last one listed, times four, plus its part.</li>
 * </ul>
 * {@code search.js} decodes both; {@link #decode} exists for tests and measurements.
 */
public final class PostingCodec {
    private PostingCodec() {}

    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final char BITMAP = '~';
    private static final char PARTS = '.';
    /** Counts above this say little more about a document and count as this many: a weight is one character. */
    static final int MAX_COUNT = 8;
    static final int MAX_WEIGHT = 4 * MAX_COUNT - 1;

    /**
     * Where in an article a term stands at its best. A title beats keywords beat the lead beat the body, which
     * is how search ranks articles that hold the same phrase.
     */
    public enum Part { BODY, LEAD, KEYWORDS, TITLE }

    private static final Part[] PARTS_BY_ORDINAL = Part.values();

    /**
     * One document's entry: its number and its weight, which says how often the term occurs there (up to
     * {@link #MAX_COUNT}) and in which part at best: {@code (count - 1) * 4 + part}, 0 to 31.
     */
    public record Posting(int doc, int weight) {
        public Posting {
            if (weight < 0 || weight > MAX_WEIGHT) throw new IllegalArgumentException("weight out of range: " + weight);
        }

        public static Posting of(int doc, int count, Part part) {
            return new Posting(doc, PostingCodec.weight(count, part));
        }

        public int count() {
            return weight / 4 + 1;
        }

        public Part part() {
            return PARTS_BY_ORDINAL[weight % 4];
        }
    }

    /** @param count at least 1; counts above {@link #MAX_COUNT} count as that */
    public static int weight(int count, Part part) {
        if (count < 1) throw new IllegalArgumentException("count below 1: " + count);
        return (Math.min(count, MAX_COUNT) - 1) * 4 + part.ordinal();
    }

    /** @param postings in increasing document order */
    public static String encode(List<Posting> postings) {
        return encode(postings, new StringBuilder()).toString();
    }

    /** Appends the encoding to {@code out} (it needs no JSON escaping). */
    static StringBuilder encode(List<Posting> postings, StringBuilder out) {
        int start = out.length();
        int previous = -1;
        for (Posting p : postings) {
            if (p.doc() <= previous) throw new IllegalArgumentException("postings out of order: " + p);
            number(out, p.doc() - previous - 1);
            out.append(DIGITS.charAt(p.weight()));
            previous = p.doc();
        }
        int listLength = out.length() - start;
        if (postings.isEmpty() || listLength <= 1 + (previous / 6 + 1)) return out;
        int[] bits = new int[previous / 6 + 1];
        for (Posting p : postings) bits[p.doc() / 6] |= 1 << (p.doc() % 6);
        StringBuilder bitmap = new StringBuilder(2 + bits.length + postings.size() / 2).append(BITMAP);
        for (int b : bits) bitmap.append(DIGITS.charAt(b));
        int listed = -1;
        for (int i = 0; i < postings.size(); i++) {
            int part = postings.get(i).weight() % 4;
            if (part == Part.BODY.ordinal()) continue;
            if (listed < 0) bitmap.append(PARTS);
            number(bitmap, (i - listed - 1) * 4 + part);
            listed = i;
        }
        if (bitmap.length() >= listLength) return out;
        out.setLength(start);
        return out.append(bitmap);
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
        int[] at = {0};
        if (encoded.startsWith(String.valueOf(BITMAP))) {
            int end = encoded.indexOf(PARTS);
            if (end < 0) end = encoded.length();
            for (int i = 1; i < end; i++) {
                int b = DIGITS.indexOf(encoded.charAt(i));
                for (int bit = 0; bit < 6; bit++) if ((b & (1 << bit)) != 0) out.add(new Posting((i - 1) * 6 + bit, 0));
            }
            at[0] = end + 1;
            for (int i = -1; at[0] < encoded.length(); ) {
                int skipAndPart = readNumber(encoded, at);
                i += skipAndPart / 4 + 1;
                out.set(i, new Posting(out.get(i).doc(), skipAndPart % 4));
            }
            return out;
        }
        int doc = -1;
        while (at[0] < encoded.length()) {
            doc += readNumber(encoded, at) + 1;
            out.add(new Posting(doc, DIGITS.indexOf(encoded.charAt(at[0]++))));
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
