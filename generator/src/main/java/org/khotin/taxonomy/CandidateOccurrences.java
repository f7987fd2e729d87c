package org.khotin.taxonomy;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.khotin.taxonomy.CandidateFinder.Where;
import org.khotin.taxonomy.KeywordExtractor.Candidate;
import org.khotin.taxonomy.KeywordExtractor.Kind;

/** One candidate's occurrences as they are collected. */
final class CandidateOccurrences {
    final String key;
    final Kind kind;
    final int syllables;
    final Map<String, Integer> surfaces = new TreeMap<>();
    int count;
    double weighted;
    boolean inTitle;
    boolean inLead;
    boolean lowercaseSeen;
    boolean unquotedSeen;

    CandidateOccurrences(String key, Kind kind, int syllables) {
        this.key = key;
        this.kind = kind;
        this.syllables = syllables;
    }

    void add(String surface, Where where, double weight, boolean lowercase, boolean quoted) {
        surfaces.merge(surface, 1, Integer::sum);
        count++;
        weighted += weight * where.factor();
        inTitle |= where.title();
        inLead |= where.lead();
        lowercaseSeen |= lowercase;
        unquotedSeen |= !quoted;
    }

    void absorb(CandidateOccurrences other) {
        count += other.count;
        weighted += other.weighted;
        inTitle |= other.inTitle;
        inLead |= other.inLead;
        unquotedSeen |= other.unquotedSeen;
    }

    Candidate freeze(boolean broad) {
        return new Candidate(key, label(), kind, count, weighted, inTitle, inLead, syllables, salient(), broad);
    }

    /**
     * Whether the article is about this rather than mentions it: a document reference always; a phrase or name
     * only ever seen in quotation marks (a slogan, a nickname) never; else seen twice, or a name in the title (a
     * phrase of the headline only is its wording), or a person's full name, or a place named in the lead (a
     * dateline).
     */
    private boolean salient() {
        if (kind == Kind.DOCUMENT) return true;
        if (!unquotedSeen && (kind == Kind.PHRASE || kind == Kind.NAME)) return false;
        if (count >= 2) return true;
        // a headline's wording ("bí mật động trời") is no topic until the article says it again
        if (inTitle) return kind != Kind.PHRASE;
        // a full name is specific enough once; a place once may be one of a list of ten provinces
        return kind == Kind.PERSON && syllables >= 3 || inLead && (kind == Kind.PLACE || kind == Kind.PERSON);
    }

    /** The spelling seen most often, preferring written-out names to abbreviations. */
    String label() {
        // most candidates are written one way only
        String best = surfaces.size() == 1 ? surfaces.keySet().iterator().next() : surfaces.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -abbreviations(e.getKey()))
                        .thenComparingInt(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().codePoints().filter(Character::isUpperCase).count())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        best = KeywordKeys.spellOut(best);
        if (kind == Kind.PHRASE && lowercaseSeen && !best.isEmpty()) {
            best = best.substring(0, 1).toLowerCase(Locale.ROOT) + best.substring(1);
        }
        return best;
    }

    private static int abbreviations(String s) {
        int n = 0;
        for (String t : s.split(" ")) if (KeywordKeys.isAbbreviation(t)) n++;
        return n;
    }
}
