package org.khotin.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.khotin.search.PostingCodec.Posting;

/**
 * Posting lists while an index is built, numbered 0, 1, 2, … (a word's id, a pair's number). Documents
 * arrive in increasing order, so after its first posting a list keeps only the gap to the previous document
 * and the weight, as variable-length numbers (seven bits a byte, the top bit saying "more follows"). Most
 * weights are 0 (once, in the body), so the gap carries a flag for "a weight follows": a posting mostly
 * takes one or two bytes. The first posting sits in int arrays and the bytes are only made for a second one,
 * since most lists (of word pairs especially) never get one.
 */
final class PostingLists {
    private int[] firstDoc = new int[0];
    /** The first posting's weight + 1; 0 while the list is empty. */
    private int[] firstWeight = new int[0];
    private int[] lastDoc = new int[0];
    private byte[][] rest = new byte[0][];
    private int[] restLength = new int[0];

    /** @param doc greater than every document already in the list; {@code weight} a {@link Posting}'s */
    void add(int list, int doc, int weight) {
        if (weight < 0 || weight > PostingCodec.MAX_WEIGHT) throw new IllegalArgumentException("weight out of range: " + weight);
        if (list >= firstWeight.length) grow(list + 1);
        if (firstWeight[list] == 0) {
            firstDoc[list] = doc;
            firstWeight[list] = weight + 1;
        } else {
            if (doc <= lastDoc[list]) throw new IllegalArgumentException("document " + doc + " after " + lastDoc[list]);
            long gap = doc - lastDoc[list] - 1;
            append(list, gap << 1 | (weight > 0 ? 1 : 0));
            if (weight > 0) append(list, weight - 1);
        }
        lastDoc[list] = doc;
    }

    /**
     * A copy that {@link #replace} can change without changing this one: the two share each list's bytes
     * until the copy replaces the list (adding to a shared list would change both).
     */
    PostingLists copy() {
        PostingLists out = new PostingLists();
        out.firstDoc = firstDoc.clone();
        out.firstWeight = firstWeight.clone();
        out.lastDoc = lastDoc.clone();
        out.rest = rest.clone();
        out.restLength = restLength.clone();
        return out;
    }

    /** Makes a list hold these postings instead of its own (in increasing document order). */
    void replace(int list, List<Posting> postings) {
        if (list >= firstWeight.length) grow(list + 1);
        firstWeight[list] = 0;
        rest[list] = null;
        restLength[list] = 0;
        for (Posting p : postings) add(list, p.doc(), p.weight());
    }

    boolean isEmpty(int list) {
        return list >= firstWeight.length || firstWeight[list] == 0;
    }

    /** The list's postings in document order; empty for a list never added to. */
    List<Posting> postings(int list) {
        List<Posting> out = new ArrayList<>();
        if (isEmpty(list)) return out;
        int doc = firstDoc[list];
        out.add(new Posting(doc, firstWeight[list] - 1));
        byte[] bytes = rest[list];
        int[] at = {0};
        while (at[0] < restLength[list]) {
            long gapAndFlag = read(bytes, at);
            doc += (int) (gapAndFlag >>> 1) + 1;
            out.add(new Posting(doc, (gapAndFlag & 1) == 0 ? 0 : (int) read(bytes, at) + 1));
        }
        return out;
    }

    private void append(int list, long value) {
        byte[] bytes = rest[list];
        int length = restLength[list];
        if (bytes == null) bytes = rest[list] = new byte[8];
        // a gap with its flag takes at most five bytes
        if (length + 5 > bytes.length) {
            bytes = rest[list] = Arrays.copyOf(bytes, Math.max(length + 5, bytes.length + bytes.length / 2));
        }
        long v = value;
        while ((v & ~0x7fL) != 0) {
            bytes[length++] = (byte) (0x80 | (v & 0x7f));
            v >>>= 7;
        }
        bytes[length++] = (byte) v;
        restLength[list] = length;
    }

    /** Reads the number at {@code at[0]} and moves past it. */
    private static long read(byte[] bytes, int[] at) {
        long value = 0;
        int shift = 0;
        while (true) {
            byte b = bytes[at[0]++];
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) return value;
            shift += 7;
        }
    }

    private void grow(int needed) {
        int length = Math.max(needed, firstWeight.length + firstWeight.length / 2 + 16);
        firstDoc = Arrays.copyOf(firstDoc, length);
        firstWeight = Arrays.copyOf(firstWeight, length);
        lastDoc = Arrays.copyOf(lastDoc, length);
        rest = Arrays.copyOf(rest, length);
        restLength = Arrays.copyOf(restLength, length);
    }
}
