package org.khotin.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
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

    /** Any spelling of a place (key) → its label. */
    final Map<String, String> placeLabels;
    /**
     * Which of the word lists each key is on, one bit each ({@link #DICTIONARY_WORD} …), and which keys start a
     * longer entry: a word is looked up once, not once a list, as every syllable of every article is.
     */
    private final Map<String, Integer> classes;

    /** Multi-syllable dictionary words: they group syllables, but only lowercase ones after the first. */
    static final int DICTIONARY_WORD = 1;
    /** This project's compounds and places: they group syllables whatever their case ("Ban Tổ chức"). */
    static final int CURATED_WORD = 1 << 1;
    static final int STOPWORD = 1 << 2;
    /** Verbs, predicates and prepositions: a topical phrase stops at them. */
    static final int BREAK = 1 << 3;
    static final int GENERIC = 1 << 4;
    static final int NAME_HEAD = 1 << 5;
    static final int PLACE = 1 << 6;
    /** The first syllables of a longer dictionary word. */
    static final int STARTS_DICTIONARY_WORD = 1 << 7;
    /** The first syllables of a longer curated word. */
    static final int STARTS_CURATED_WORD = 1 << 8;
    /** The first bit free for the classes of other lists ({@link CandidateFinder}). */
    static final int NEXT_CLASS = 1 << 9;

    private static final Set<String> FUNCTION_STARTS = Set.of("có", "là", "được", "bị", "đã", "đang", "sẽ", "rất", "và",
            "với", "các", "những", "cũng", "vẫn", "đều", "hơn", "ở", "cho", "của", "để", "thì", "mà", "trên", "dưới", "trong",
            "sau", "trước", "tại", "khi", "nếu", "bởi", "rằng", "nhưng", "hay", "hoặc", "này", "nọ", "ấy", "đó", "kia");

    private Lexicon(Set<String> dictionaryWords) {
        Set<String> stopwords = WordLists.vietnameseStopwords();
        Set<String> breaks = WordLists.read("phrase-breaks-vi.txt");
        Set<String> generic = WordLists.read("generic-vi.txt");
        Set<String> nameHeads = WordLists.read("name-heads-vi.txt");
        Map<String, String> labels = new HashMap<>();
        for (String line : WordLists.lines("place-aliases-vi.txt")) {
            String[] names = line.split("\\|");
            String label = names[0].strip();
            for (String n : names) labels.put(Fold.key(n.strip()), label);
        }
        Set<String> places = new HashSet<>(WordLists.places());
        places.addAll(labels.keySet());
        this.placeLabels = Map.copyOf(labels);
        Set<String> curated = new HashSet<>(WordLists.compounds());
        curated.addAll(places);
        for (Set<String> list : List.of(stopwords, breaks, generic, nameHeads)) {
            list.stream().filter(s -> s.contains(" ")).forEach(curated::add);
        }
        // a dictionary entry that starts with a function word is a predicate ("có giá trị") or an adverbial ("trên
        // tài"): the function word must stay a word of its own and end the phrase
        Set<String> dictionary = new HashSet<>();
        for (String entry : dictionaryWords) {
            String first = entry.substring(0, entry.indexOf(' '));
            if (!FUNCTION_STARTS.contains(first)) dictionary.add(entry);
        }
        Map<String, Integer> classes = new HashMap<>();
        addClass(classes, dictionary, DICTIONARY_WORD, STARTS_DICTIONARY_WORD);
        addClass(classes, curated, CURATED_WORD, STARTS_CURATED_WORD);
        addClass(classes, stopwords, STOPWORD, 0);
        addClass(classes, breaks, BREAK, 0);
        addClass(classes, generic, GENERIC, 0);
        addClass(classes, nameHeads, NAME_HEAD, 0);
        addClass(classes, places, PLACE, 0);
        this.classes = Collections.unmodifiableMap(classes);
    }

    /** Marks the keys of {@code words} with {@code cls}, and each one's shorter beginnings with {@code starts}. */
    static void addClass(Map<String, Integer> classes, Set<String> words, int cls, int starts) {
        for (String word : words) {
            classes.merge(word, cls, (a, b) -> a | b);
            if (starts == 0) continue;
            for (int space = word.indexOf(' '); space > 0; space = word.indexOf(' ', space + 1)) {
                classes.merge(word.substring(0, space), starts, (a, b) -> a | b);
            }
        }
    }

    /** The classes of a key: the bits of the lists it is on, 0 for none. */
    int classes(String key) {
        Integer c = classes.get(key);
        return c == null ? 0 : c;
    }

    private static final class Holder {
        static final Lexicon SHARED = new Lexicon(readDictionary());
    }

    static Lexicon shared() {
        return Holder.SHARED;
    }

    boolean isWord(String key) {
        return (classes(key) & (DICTIONARY_WORD | CURATED_WORD)) != 0;
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
