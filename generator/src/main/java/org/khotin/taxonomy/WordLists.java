package org.khotin.taxonomy;

import java.util.List;
import java.util.Set;
import org.khotin.text.Fold;
import org.khotin.text.WordListFile;

/**
 * The word lists shipped with khotin as resources next to this class: one entry a line, {@code #} starts a
 * comment. Entries are stored as {@link Fold#key}s (lowercase, canonical tones).
 */
public final class WordLists {
    private WordLists() {}

    /** Vietnamese function words and empty verbs that never start or end a keyphrase. */
    public static Set<String> vietnameseStopwords() {
        return read("stopwords-vi.txt");
    }

    /** English function words, for the text similarity of English articles. */
    public static Set<String> englishStopwords() {
        return read("stopwords-en.txt");
    }

    /** Multi-syllable Vietnamese words (2–4 syllables) that group syllables into words. */
    public static Set<String> compounds() {
        return read("compounds-vi.txt");
    }

    /** Vietnamese provinces and other place names (kept with the text rules: bylines name them too). */
    public static Set<String> places() {
        return org.khotin.text.BylineWords.places();
    }

    static Set<String> read(String resource) {
        return WordListFile.keys(WordLists.class, resource);
    }

    /** A list's entries as written: comments and blank lines dropped, NFC. */
    static List<String> lines(String resource) {
        return WordListFile.lines(WordLists.class, resource);
    }
}
