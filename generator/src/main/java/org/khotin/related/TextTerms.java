package org.khotin.related;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.khotin.taxonomy.WordLists;
import org.khotin.text.Tones;

/**
 * The words and two-word phrases of an article's text, as 64-bit hashes: lowercase, canonical tone
 * placement, stopwords and numbers left out, phrases never across punctuation. Vietnamese words are
 * syllables, so the two-syllable phrases carry most of the meaning ({@code đảng viên}, {@code chi bộ}).
 * Hashes, not strings, keep a 100,000-article archive's vocabulary small in memory; {@link #names} turns
 * them back into text for explanations.
 */
final class TextTerms {
    /** Hashes of stopwords (and two-syllable stopword phrases). */
    private final LongIntMap stopwords;

    TextTerms() {
        Set<String> all = new HashSet<>(WordLists.vietnameseStopwords());
        all.addAll(WordLists.englishStopwords());
        this.stopwords = new LongIntMap(all.size());
        for (String s : all) {
            String[] parts = s.split(" ");
            if (parts.length == 1) stopwords.add(hash(parts[0]), 1);
            else if (parts.length == 2) stopwords.add(pair(hash(parts[0]), hash(parts[1])), 1);
        }
    }

    /** Receives each term occurrence. */
    interface Sink {
        void term(long hash, String word, String previousWord);
    }

    /** The term hashes of some texts (title, summary, body), one per occurrence, unsorted; no phrase spans two texts. */
    long[] hashes(String... texts) {
        int length = 0;
        for (String t : texts) length += t.length();
        long[][] buffer = {new long[Math.max(16, length / 3)]};
        int[] size = {0};
        Sink sink = (h, w, p) -> {
            if (size[0] == buffer[0].length) buffer[0] = Arrays.copyOf(buffer[0], size[0] * 2);
            buffer[0][size[0]++] = h;
        };
        for (String t : texts) scan(t, sink, false);
        return Arrays.copyOf(buffer[0], size[0]);
    }

    /** Hash → text of the terms of some texts, for showing which terms two articles share. */
    Map<Long, String> names(String... texts) {
        Map<Long, String> out = new HashMap<>();
        for (String t : texts) scan(t, (h, w, p) -> out.putIfAbsent(h, p == null ? w : p + " " + w), true);
        return out;
    }

    private void scan(String text, Sink sink, boolean withWords) {
        int n = text.length();
        int i = 0;
        long previous = 0;
        String previousWord = null;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                // spaces keep a phrase going; anything else (punctuation, digits, markup) ends it
                if (!(c == ' ' || c == '\u00A0' || c == '\t')) previous = 0;
                i++;
                continue;
            }
            // hash the lowercase word while reading it; make a String only when one is needed
            int start = i;
            long h = FNV_OFFSET;
            char beforeLast = 0;
            char last = 0;
            while (i < n) {
                char ch = text.charAt(i);
                if (!(Character.isLetter(ch) || Character.getType(ch) == Character.NON_SPACING_MARK)) break;
                char lower = Character.toLowerCase(ch);
                h = (h ^ lower) * FNV_PRIME;
                beforeLast = last;
                last = lower;
                i++;
            }
            int len = i - start;
            if (len >= 4 && text.regionMatches(true, start, "http", 0, 4)) { // a URL: skip to its end
                while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ')') i++;
                previous = 0;
                continue;
            }
            String w = null;
            // only a word ending in o/u + an accented letter can have its tone moved (hoà → hòa)
            if (len >= 2 && last > 0x7f && (beforeLast == 'o' || beforeLast == 'u')) {
                w = Tones.canonical(lowercase(text, start, i));
                h = hash(w);
            }
            if (h == 0) h = 1;
            if (len < 2 || stopwords.get(h) != 0) {
                previous = 0;
                previousWord = null;
                continue;
            }
            if (withWords && w == null) w = lowercase(text, start, i);
            sink.term(h, w, null);
            if (previous != 0) {
                long p = pair(previous, h);
                if (stopwords.get(p) == 0) sink.term(p, w, previousWord);
            }
            previous = h;
            previousWord = w;
        }
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** Lowercase char by char, as the hash reads it. */
    private static String lowercase(String text, int from, int to) {
        char[] out = new char[to - from];
        for (int k = from; k < to; k++) out[k - from] = Character.toLowerCase(text.charAt(k));
        return new String(out);
    }

    /** FNV-1a, 64 bits, over the UTF-16 units; never 0 (0 marks "no previous word" and empty map slots). */
    static long hash(CharSequence s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * FNV_PRIME;
        return h == 0 ? 1 : h;
    }

    static long pair(long a, long b) {
        long h = a * 0x9E3779B97F4A7C15L + b;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return h == 0 ? 1 : h;
    }

}
