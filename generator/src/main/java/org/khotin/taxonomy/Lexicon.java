package org.khotin.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khotin.text.Fold;

/**
 * The word knowledge keyword extraction uses, all as {@link Fold#key}s: the multi-syllable words of a general
 * Vietnamese dictionary (vnTokenizer's lexicon, Apache-2.0, read at build time by {@link DictionaryBuild}), and
 * the lists written for this project ({@link WordLists}). Immutable; {@link #shared()} is loaded once per JVM.
 */
final class Lexicon {
    /** The dictionary's words, written at build time ({@link DictionaryBuild}). */
    static final String DICTIONARY = "dictionary-vi.txt";

    /** Multi-syllable dictionary words: they group syllables, but only lowercase ones after the first. */
    final Set<String> dictionary;
    /** This project's compounds and places: they group syllables whatever their case ("Ban Tổ chức"). */
    final Set<String> curated;
    final Set<String> stopwords;
    /** Verbs, predicates and prepositions: a topical phrase stops at them. */
    final Set<String> breaks;
    final Set<String> generic;
    final Set<String> nameHeads;
    final Set<String> places;
    /** Any spelling of a place (key) → its label. */
    final Map<String, String> placeLabels;
    /** First syllable of a dictionary or curated word → the most syllables such a word has. */
    final Map<String, Integer> longestFrom;

    private static final Set<String> FUNCTION_STARTS = Set.of("có", "là", "được", "bị", "đã", "đang", "sẽ", "rất", "và",
            "với", "các", "những", "cũng", "vẫn", "đều", "hơn", "ở", "cho", "của", "để", "thì", "mà", "trên", "dưới", "trong",
            "sau", "trước", "tại", "khi", "nếu", "bởi", "rằng", "nhưng", "hay", "hoặc", "này", "nọ", "ấy", "đó", "kia");

    private Lexicon(Set<String> dictionary) {
        this.stopwords = WordLists.vietnameseStopwords();
        this.breaks = WordLists.read("phrase-breaks-vi.txt");
        this.generic = WordLists.read("generic-vi.txt");
        this.nameHeads = WordLists.read("name-heads-vi.txt");
        Map<String, String> labels = new HashMap<>();
        for (String line : WordLists.lines("place-aliases-vi.txt")) {
            String[] names = line.split("\\|");
            String label = names[0].strip();
            for (String n : names) labels.put(Fold.key(n.strip()), label);
        }
        Set<String> allPlaces = new HashSet<>(WordLists.places());
        allPlaces.addAll(labels.keySet());
        this.places = Set.copyOf(allPlaces);
        this.placeLabels = Map.copyOf(labels);
        Set<String> cur = new HashSet<>(WordLists.compounds());
        cur.addAll(places);
        stopwords.stream().filter(s -> s.contains(" ")).forEach(cur::add);
        breaks.stream().filter(s -> s.contains(" ")).forEach(cur::add);
        generic.stream().filter(s -> s.contains(" ")).forEach(cur::add);
        nameHeads.stream().filter(s -> s.contains(" ")).forEach(cur::add);
        this.curated = Set.copyOf(cur);
        // a dictionary entry that starts with a function word is a predicate ("có giá trị") or an adverbial ("trên
        // tài"): the function word must stay a word of its own and end the phrase
        Set<String> words = new HashSet<>();
        for (String entry : dictionary) {
            String first = entry.substring(0, entry.indexOf(' '));
            if (!FUNCTION_STARTS.contains(first)) words.add(entry);
        }
        this.dictionary = Set.copyOf(words);
        Map<String, Integer> from = new HashMap<>();
        for (Set<String> set : List.of(this.dictionary, curated)) {
            for (String entry : set) {
                int space = entry.indexOf(' ');
                if (space < 0) continue;
                from.merge(entry.substring(0, space), entry.split(" ").length, Math::max);
            }
        }
        this.longestFrom = Map.copyOf(from);
    }

    private static final class Holder {
        static final Lexicon SHARED = new Lexicon(readDictionary());
    }

    static Lexicon shared() {
        return Holder.SHARED;
    }

    boolean isWord(String key) {
        return dictionary.contains(key) || curated.contains(key);
    }

    /** The dictionary's words of two or more syllables, as {@link DictionaryBuild} wrote them. */
    static Set<String> readDictionary() {
        Set<String> words = new HashSet<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(DICTIONARY)) {
            if (in == null) throw new IllegalStateException("missing " + DICTIONARY + ": build with Maven, which writes it");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && line.charAt(0) != '#') words.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
