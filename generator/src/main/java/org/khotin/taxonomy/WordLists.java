package org.khotin.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.khotin.text.Fold;
import org.khotin.text.Unicode;

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
        Set<String> out = new LinkedHashSet<>();
        for (String entry : lines(resource)) out.add(Fold.key(entry));
        return Set.copyOf(out);
    }

    /** A list's entries as written: comments and blank lines dropped, NFC. */
    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) out.add(Unicode.nfc(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
