package org.khotin.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.khotin.text.Fold;

/**
 * A build step, not part of khotin's commands: writes the multi-syllable words of vnTokenizer's dictionary
 * (Apache-2.0, inside the {@code org.codelibs:elasticsearch-analysis-vi} artifact, a build-time dependency) as
 * the plain list {@link Lexicon} reads, one {@link Fold#key} a line. Maven runs it after compiling
 * (generator/pom.xml); reading the list takes a fraction of what reading the automaton would at every start.
 */
public final class DictionaryBuild {
    /** Where the dictionary automaton is on the build's class path. */
    static final String AUTOMATON = "/models/tokenization/automata/dfaLexicon.xml";

    private DictionaryBuild() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: DictionaryBuild OUTPUT-FILE");
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        List<String> lines = new ArrayList<>();
        lines.add("# Multi-syllable words of vnTokenizer's Vietnamese dictionary (Apache License 2.0), from the automaton");
        lines.add("# " + AUTOMATON + " of org.codelibs:elasticsearch-analysis-vi, as lowercase keys with canonical tones.");
        lines.add("# Made at build time by org.khotin.taxonomy.DictionaryBuild; not kept in the repository.");
        lines.addAll(new TreeSet<>(words()));
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    /**
     * The automaton's words of two or more syllables. The file is a minimal automaton in XML: states ({@code <s
     * type="2" id="…"/>} for final ones) and transitions ({@code <t inp="…" tar="…" src="…"/>}); its words are
     * the paths from state 0 to a final state. Written with old tone placement ("hoá"), hence the keys.
     */
    static Set<String> words() {
        String xml;
        try (InputStream in = DictionaryBuild.class.getResourceAsStream(AUTOMATON)) {
            if (in == null) throw new IllegalStateException("missing the Vietnamese dictionary " + AUTOMATON);
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
        return words;
    }

    private static String attribute(String xml, int tagStart, String name) {
        int at = xml.indexOf(name + "=\"", tagStart);
        int start = at + name.length() + 2;
        return xml.substring(start, xml.indexOf('"', start));
    }
}
