package org.khotin.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khotin.taxonomy.KeywordExtractor.Candidate;
import org.khotin.taxonomy.KeywordExtractor.Choice;
import org.khotin.taxonomy.KeywordExtractor.Kind;
import org.khotin.taxonomy.KeywordExtractor.Suggestion;
import org.khotin.text.Syllable;
import org.khotin.text.Unicode;

/**
 * Keywords for every article of an archive, chosen together, as an editor tags an archive: what {@code khotin
 * import} assigns to a batch of scraped articles and what {@code khotin keywords bench --corpus} measures.
 *
 * <ol>
 * <li>Each article's candidates ({@link KeywordExtractor}); a name written short in one article ("Hữu Thắng")
 * becomes the full name written in others ("Nguyễn Hữu Thắng") when only one full name ends that way.</li>
 * <li>Candidates score by weighted frequency times the archive's inverse document frequency, so that what every
 * article mentions ranks low.</li>
 * <li>An article takes at most {@link #ALONE_AT_MOST} keyword that no other article has among its salient
 * candidates, nor the archive's other articles among their keywords: a keyword page with one article links
 * nowhere, and an archive's keywords should group articles.</li>
 * <li>Then, {@link #ROUNDS} times, keywords other articles chose or carry gain {@link #SHARED} and each article
 * chooses again.</li>
 * <li>An article of {@link #LONG_ARTICLE} words or more (counted leniently: {@link #FILLED_ARTICLE}) with fewer
 * than {@link #FEWEST} keywords takes its next candidates, salient or not, best first.</li>
 * </ol>
 */
public final class ArchiveKeywords {
    /** Articles this long get at least {@link #FEWEST} keywords. */
    static final int LONG_ARTICLE = 150;
    /** Filled up to {@link #FEWEST} from this many words: an article's words are counted in more than one way. */
    static final int FILLED_ARTICLE = 100;
    static final int FEWEST = 3;
    static final int ROUNDS = 2;
    /** How much a keyword that other articles chose gains in the later rounds. */
    static final double SHARED = 1.5;
    /** Keywords no other article has as a salient candidate, per article. */
    static final int ALONE_AT_MOST = 1;
    /** A second keyword no other article shares only at this share of the article's best score or more. */
    static final double ALONE_CUT = 0.7;
    /** After {@link #FEWEST}, no keyword below this share of the article's best score. */
    static final double CUT = 0.3;

    private final KeywordExtractor extractor;
    private final Lexicon lexicon = Lexicon.shared();

    public ArchiveKeywords(KeywordExtractor extractor) {
        this.extractor = extractor;
    }

    /** The keywords of each article, in the order given. */
    public List<List<String>> suggest(List<ArticleText> articles) {
        return suggest(articles, Set.of());
    }

    /**
     * The keywords of articles added to an archive that already has some: a keyword the archive's other articles
     * carry is shared (its page already groups articles) and, like one the new articles choose, gains {@link
     * #SHARED}. Without this a day's few articles would be judged among themselves alone, where nearly every name
     * is unshared.
     *
     * @param carried the keys ({@link KeywordKeys#key}) of the keywords the archive's other articles carry
     */
    public List<List<String>> suggest(List<ArticleText> articles, Set<String> carried) {
        return rank(articles, carried).stream().map(list -> list.stream().map(Suggestion::label).toList()).toList();
    }

    /** The keywords of each article with their kinds and scores, in the order given. */
    public List<List<Suggestion>> rank(List<ArticleText> articles) {
        return rank(articles, Set.of());
    }

    private List<List<Suggestion>> rank(List<ArticleText> articles, Set<String> carried) {
        List<List<Candidate>> candidates = fullNames(articles.parallelStream().map(extractor::candidates).toList());
        Map<String, Integer> df = new HashMap<>();
        Map<String, Integer> salientIn = new HashMap<>();
        for (List<Candidate> cs : candidates) {
            for (Candidate c : cs) {
                df.merge(c.key(), 1, Integer::sum);
                if (c.salient()) salientIn.merge(c.key(), 1, Integer::sum);
            }
        }
        KeywordExtractor.DocumentFrequencies frequencies = new KeywordExtractor.DocumentFrequencies(articles.size(), df);
        Map<String, Integer> uses = Map.of();
        List<List<Suggestion>> chosen = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            List<List<Suggestion>> next = new ArrayList<>();
            for (List<Candidate> cs : candidates) {
                Set<String> mine = keys(chosen.isEmpty() ? List.of() : chosen.get(next.size()));
                Map<String, Integer> used = uses;
                next.add(KeywordExtractor.choose(salient(cs), new Choice(c -> {
                    int others = used.getOrDefault(c.key(), 0) - (mine.contains(c.key()) ? 1 : 0);
                    return c.localScore() * frequencies.idf(c.key()) * (others > 0 || carried.contains(c.key()) ? SHARED : 1.0);
                }, FEWEST, KeywordExtractor.MAX, CUT,
                        c -> salientIn.getOrDefault(c.key(), 0) < 2 && !carried.contains(c.key()), ALONE_AT_MOST,
                        ALONE_CUT)));
            }
            chosen = next;
            uses = uses(chosen);
        }
        List<List<Suggestion>> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            List<Suggestion> list = new ArrayList<>();
            int removable = chosen.get(i).size() - FEWEST;
            int alone = 0;
            for (Suggestion s : chosen.get(i)) {
                // what no other article chose in the end is alone too, whatever it might have been
                boolean isAlone = uses.getOrDefault(s.key(), 0) < 2 && !carried.contains(s.key());
                if (isAlone && (alone >= ALONE_AT_MOST || alone > 0 && s.score() < ALONE_CUT * chosen.get(i).get(0).score())
                        && removable > 0) {
                    removable--;
                    continue;
                }
                if (isAlone) alone++;
                list.add(s);
            }
            if (list.size() < FEWEST && words(articles.get(i)) >= FILLED_ARTICLE) fill(list, candidates.get(i), frequencies);
            out.add(List.copyOf(list));
        }
        return out;
    }

    /**
     * Short names made full: a person or name of two syllables that ends exactly one archive person's name of three
     * or more ("Hữu Thắng" → "Nguyễn Hữu Thắng") takes that person's key and label.
     */
    private List<List<Candidate>> fullNames(List<List<Candidate>> candidates) {
        Map<String, Set<String>> byTail = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (List<Candidate> cs : candidates) {
            for (Candidate c : cs) {
                String[] s = c.key().split(" ");
                if (c.kind() != Kind.PERSON || s.length < 2) continue;
                if (s.length >= 3) {
                    byTail.computeIfAbsent(s[s.length - 2] + " " + s[s.length - 1], k -> new HashSet<>()).add(c.key());
                }
                // a foreign surname alone is how the news calls a foreign person again ("Trump")
                if (!Syllable.isVietnamese(s[s.length - 1])) {
                    byTail.computeIfAbsent(s[s.length - 1], k -> new HashSet<>()).add(c.key());
                }
                labels.putIfAbsent(c.key(), c.label());
            }
        }
        Map<String, Integer> mentions = new HashMap<>();
        for (List<Candidate> cs : candidates) for (Candidate c : cs) mentions.merge(c.key(), c.count(), Integer::sum);
        List<List<Candidate>> out = new ArrayList<>();
        for (List<Candidate> cs : candidates) {
            Map<String, Candidate> merged = new LinkedHashMap<>();
            for (Candidate c : cs) {
                // a short form that is a word of its own ("Thần Tài") is not a person's name cut short
                boolean shortName = (c.kind() == Kind.NAME || c.kind() == Kind.PERSON) && c.key().split(" ").length <= 2
                        && !lexicon.isWord(c.key());
                Set<String> full = shortName ? byTail.getOrDefault(c.key(), Set.of()) : Set.of();
                String key = dominant(full, mentions);
                Candidate m = c;
                if (key != null && !key.equals(c.key())) {
                    m = new Candidate(key, labels.get(key), Kind.PERSON, c.count(), c.weighted(), c.inTitle(), c.inLead(),
                            key.split(" ").length, c.salient(), false);
                }
                merged.merge(m.key(), m, ArchiveKeywords::sum);
            }
            out.add(List.copyOf(merged.values()));
        }
        return out;
    }

    /** The one full name, or the one mentioned at least twice as often as any other; null if none. */
    private static String dominant(Set<String> names, Map<String, Integer> mentions) {
        if (names.size() == 1) return names.iterator().next();
        String best = null;
        int first = 0;
        int second = 0;
        for (String n : names.stream().sorted().toList()) {
            int m = mentions.getOrDefault(n, 0);
            if (m > first) {
                second = first;
                first = m;
                best = n;
            } else if (m > second) {
                second = m;
            }
        }
        return first >= 2 * second ? best : null;
    }

    private static Candidate sum(Candidate a, Candidate b) {
        return new Candidate(a.key(), a.label(), a.kind(), a.count() + b.count(), a.weighted() + b.weighted(),
                a.inTitle() || b.inTitle(), a.inLead() || b.inLead(), a.syllables(), a.salient() || b.salient()
                        || a.count() + b.count() >= 2, a.broad());
    }

    private static List<Candidate> salient(List<Candidate> candidates) {
        return candidates.stream().filter(Candidate::salient).toList();
    }

    /** Adds the best remaining candidates that overlap no chosen keyword until there are {@link #FEWEST}. */
    private static void fill(List<Suggestion> list, List<Candidate> candidates, KeywordExtractor.DocumentFrequencies df) {
        List<Suggestion> more = KeywordExtractor.choose(candidates, Choice.of(c -> {
            boolean taken = list.stream().anyMatch(s -> KeywordExtractor.contains(s.key(), c.key())
                    || KeywordExtractor.contains(c.key(), s.key()));
            return taken ? -1 : c.localScore() * df.idf(c.key());
        }, FEWEST, KeywordExtractor.MAX, 0));
        for (Suggestion s : more) {
            if (list.size() >= FEWEST) break;
            if (s.score() > 0) list.add(s);
        }
    }

    private static Map<String, Integer> uses(List<List<Suggestion>> chosen) {
        Map<String, Integer> uses = new HashMap<>();
        for (List<Suggestion> list : chosen) for (Suggestion s : list) uses.merge(s.key(), 1, Integer::sum);
        return uses;
    }

    private static Set<String> keys(List<Suggestion> list) {
        Set<String> keys = new HashSet<>();
        for (Suggestion s : list) keys.add(s.key());
        return keys;
    }

    static int words(ArticleText text) {
        int n = words(text.title()) + words(text.lead());
        for (String p : text.paragraphs()) n += words(p);
        return n;
    }

    /** Words of Vietnamese text: one syllable a token. */
    static int words(String s) {
        String t = s.strip();
        if (t.isEmpty()) return 0;
        // what t.split("\\s+").length gives, counted without a regex: one more than the runs of spaces inside
        int words = 1;
        for (int i = 1; i < t.length(); i++) {
            if (Unicode.isRegexSpace(t.charAt(i)) && !Unicode.isRegexSpace(t.charAt(i - 1))) words++;
        }
        return words;
    }
}
