package org.khotin.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khotin.taxonomy.CandidateFinder.Where;
import org.khotin.taxonomy.KeywordExtractor.Candidate;
import org.khotin.taxonomy.KeywordExtractor.Kind;
import org.khotin.text.Fold;

/** The candidates found so far; a phrase recurs in an article, so each spelling's key is computed once. */
final class CandidateCollector {
    private final Lexicon lexicon;
    private final Map<String, CandidateOccurrences> candidates = new LinkedHashMap<>();
    private final Map<String, CandidateOccurrences> tails = new LinkedHashMap<>();
    private final Map<String, String> keys = new HashMap<>();

    CandidateCollector(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void add(String surface, Kind kind, int syllables, Where where, boolean lowercase, boolean quoted) {
        String written = surface;
        if (kind == Kind.PLACE) written = lexicon.placeLabels.getOrDefault(Fold.key(surface), surface);
        String key = keys.computeIfAbsent(written, KeywordKeys::key);
        if (key.isEmpty()) return;
        candidates.computeIfAbsent(key, k -> new CandidateOccurrences(k, kind, syllables)).add(written, where, kind.weight,
                lowercase, quoted);
    }

    /** One more occurrence of a candidate already found, written another way; nothing if there is none. */
    void count(String key, Where where) {
        CandidateOccurrences o = candidates.get(key);
        if (o != null) o.add(o.surfaces.keySet().iterator().next(), where, o.kind.weight, false, false);
    }

    /** A person called by title and given name only ("HLV Hữu Thắng"): counts for the full name, if one. */
    void addTail(String surface, Where where) {
        tails.computeIfAbsent(Fold.key(surface), k -> new CandidateOccurrences(k, Kind.PERSON, 0)).add(surface, where,
                Kind.PERSON.weight, false, false);
    }

    /** The candidates with short references, defined abbreviations and called-again names merged in. */
    List<Candidate> merged(Map<String, String> abbreviations) {
        Map<String, CandidateOccurrences> all = new LinkedHashMap<>(candidates);
        for (CandidateOccurrences o : List.copyOf(all.values())) {
            String target = null;
            if (o.kind == Kind.DOCUMENT && o.key.matches("\\S+ \\S+ \\d+")) {
                // "Nghị quyết 79" is "Nghị quyết 79-NQ/TW" when the article names that one; else it is no reference
                target = all.keySet().stream().filter(k -> !k.equals(o.key) && k.startsWith(o.key)
                        && (k.charAt(o.key.length()) == '-' || k.charAt(o.key.length()) == '/')).findFirst().orElse(null);
                if (target == null) all.remove(o.key);
            } else {
                String expanded = expand(o.key, abbreviations);
                if (!expanded.equals(o.key) && all.containsKey(expanded)) target = expanded;
            }
            if (target != null && all.containsKey(target)) {
                all.get(target).absorb(o);
                all.remove(o.key);
            }
        }
        for (CandidateOccurrences tail : tails.values()) {
            List<CandidateOccurrences> people = all.values().stream()
                    .filter(o -> o.kind == Kind.PERSON && KeywordExtractor.contains(o.key, tail.key) && o.key.endsWith(tail.key))
                    .toList();
            if (people.size() == 1) {
                people.get(0).absorb(tail);
            } else if (people.isEmpty() && tail.key.indexOf(' ') > 0) {
                // the full name may be in another article of the archive ({@link ArchiveKeywords})
                CandidateOccurrences name = all.computeIfAbsent(tail.key, k -> new CandidateOccurrences(k, Kind.NAME, 2));
                tail.surfaces.forEach((surface, n) -> name.surfaces.merge(surface, n, Integer::sum));
                name.absorb(tail);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (CandidateOccurrences o : all.values()) out.add(o.freeze(o.kind == Kind.PHRASE && o.syllables == 2 && lexicon.isWord(o.key)));
        return out;
    }

    private static String expand(String key, Map<String, String> abbreviations) {
        if (abbreviations.isEmpty()) return key;
        StringBuilder b = new StringBuilder();
        for (String t : key.split(" ")) {
            if (b.length() > 0) b.append(' ');
            b.append(abbreviations.getOrDefault(t, t));
        }
        return b.toString();
    }
}
