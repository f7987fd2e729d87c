package org.khotin.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khotin.text.Fold;

/**
 * The word knowledge keyword extraction uses, all as {@link Fold#key}s: the multi-syllable words of a general
 * Vietnamese dictionary (vnTokenizer's lexicon, Apache-2.0, shipped inside the {@code
 * org.codelibs:elasticsearch-analysis-vi} artifact as a minimal automaton, read here once), and the lists
 * written for this project ({@link WordLists}). Immutable; {@link #shared()} is loaded once per JVM.
 */
final class Lexicon {
    /** Where the dictionary automaton is on the class path (the dependency's own path, kept by the shaded jar). */
    static final String DICTIONARY = "/models/tokenization/automata/dfaLexicon.xml";

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

    /**
     * The dictionary's words of two or more syllables. The file is a minimal automaton in XML: states ({@code
     * <s type="2" id="…"/>} for final ones) and transitions ({@code <t inp="…" tar="…" src="…"/>}); its words
     * are the paths from state 0 to a final state. Written with old tone placement ("hoá"), hence the keys.
     */
    static Set<String> readDictionary() {
        String xml;
        try (InputStream in = Lexicon.class.getResourceAsStream(DICTIONARY)) {
            if (in == null) throw new IllegalStateException("missing the Vietnamese dictionary " + DICTIONARY);
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<Integer> finals = new HashSet<>();
        Map<Integer, List<int[]>> edges = new HashMap<>();
        for (int at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', at + 1)) {
            if (xml.startsWith("<s ", at)) {
                if ("2".equals(attribute(xml, at, "type"))) finals.add(Integer.parseInt(attribute(xml, at, "id")));
            } else if (xml.startsWith("<t ", at)) {
                String input = attribute(xml, at, "inp");
                int target = Integer.parseInt(attribute(xml, at, "tar"));
                int source = Integer.parseInt(attribute(xml, at, "src"));
                edges.computeIfAbsent(source, k -> new ArrayList<>()).add(new int[] {input.codePointAt(0), target});
            }
        }
        Set<String> words = new HashSet<>();
        Deque<Map.Entry<Integer, String>> todo = new ArrayDeque<>();
        todo.push(Map.entry(0, ""));
        while (!todo.isEmpty()) {
            Map.Entry<Integer, String> e = todo.pop();
            if (finals.contains(e.getKey()) && e.getValue().indexOf(' ') > 0) {
                String key = Fold.key(e.getValue());
                if (key.indexOf(' ') > 0) words.add(key);
            }
            for (int[] edge : edges.getOrDefault(e.getKey(), List.of())) {
                todo.push(Map.entry(edge[1], e.getValue() + Character.toString(edge[0])));
            }
        }
        return Set.copyOf(words);
    }

    private static String attribute(String xml, int tagStart, String name) {
        int at = xml.indexOf(name + "=\"", tagStart);
        int start = at + name.length() + 2;
        return xml.substring(start, xml.indexOf('"', start));
    }
}
