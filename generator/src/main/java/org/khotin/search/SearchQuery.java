package org.khotin.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A query answered from one language's index files the way the built-in theme's {@code assets/search.js} answers it in
 * the browser, for measurements ({@code khotin bench}) and tests; a browser test checks that both give the
 * same lists on a set of queries. The script is what readers use: a change to how it matches or ranks is
 * made in both.
 */
public final class SearchQuery {
    private SearchQuery() {}

    /** While typing, the last word matches longer words from this many letters on, in at most this many shards. */
    static final int MIN_PREFIX = 2;
    static final int MAX_PREFIX_SHARDS = 2;
    /** By {@link PostingCodec.Part}: a word in the body, lead, keywords, title counts this much. */
    private static final double[] PART_BOOST = {1, 2, 3, 5};
    /**
     * Articles with the words apart are listed for queries of this many words or more, unless the index's manifest
     * says otherwise ({@code apartFrom}: 2 for English, whose words are words, not syllables).
     */
    static final int MIN_APART_WORDS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param together  result numbers (the {@code d/<n>.json} files) whose words stand together as typed, best first
     * @param apart     those holding every word but not together, best first
     * @param filesRead the index files the query read, under the language's folder, in the order first read
     */
    public record Answer(List<Integer> together, List<Integer> apart, List<String> filesRead) {}

    private record Term(String folded, String typed, boolean marked) {}

    private record Match(int count, int part) {}

    private record Ranked(int doc, int part, int pairs, double score) {}

    /** @param files a file under the language's index folder ({@code manifest.json}, {@code w/0.json}) by path */
    public static Answer answer(String query, Function<String, byte[]> files) {
        Set<String> read = new LinkedHashSet<>();
        Map<String, JsonNode> parsed = new HashMap<>();
        Function<String, JsonNode> file = path -> parsed.computeIfAbsent(path, p -> {
            read.add(p);
            try {
                return JSON.readTree(files.apply(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Term> terms = new ArrayList<>();
        for (String w : SearchText.words(query)) {
            String folded = SearchText.folded(w);
            terms.add(new Term(folded, w, !folded.equals(SearchText.exact(w))));
        }
        int n = terms.size();
        if (n == 0) return new Answer(List.of(), List.of(), List.copyOf(read));
        boolean prefix = SearchText.isWordChar(query.codePointBefore(query.length()))
                && terms.get(n - 1).folded().length() >= MIN_PREFIX;
        JsonNode manifest = file.apply("manifest.json");
        double docs = manifest.get("docs").asDouble();

        List<Map<Integer, Match>> perWord = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Term t = terms.get(i);
            boolean asPrefix = prefix && i == n - 1;
            perWord.add(collect(shards(file, "w", manifest.get("words"), t.folded(), asPrefix), t.folded(), asPrefix,
                    written -> sameMarks(t, written, asPrefix)));
        }
        List<Map<Integer, Match>> perPair = new ArrayList<>();
        for (int i = 0; i + 1 < n; i++) {
            Term first = terms.get(i);
            Term second = terms.get(i + 1);
            boolean asPrefix = prefix && i == n - 2;
            String key = first.folded() + " " + second.folded();
            perPair.add(collect(shards(file, "p", manifest.get("pairs"), key, asPrefix), key, asPrefix, written -> {
                int space = written.indexOf(' ');
                return sameMarks(first, written.substring(0, space), false)
                        && sameMarks(second, written.substring(space + 1), asPrefix);
            }));
        }

        Map<Integer, Match> rarest = perWord.stream().min(Comparator.comparingInt(Map::size)).orElseThrow();
        List<Ranked> together = new ArrayList<>();
        List<Ranked> apart = new ArrayList<>();
        candidates:
        for (int doc : rarest.keySet()) {
            double score = 0;
            int part = PostingCodec.Part.TITLE.ordinal();
            for (int i = 0; i < n; i++) {
                Match match = perWord.get(i).get(doc);
                if (match == null) continue candidates;
                score += StrictMath.log(1 + docs / perWord.get(i).size()) * (1 + StrictMath.log(match.count()))
                        * PART_BOOST[match.part()];
                if (n == 1) part = match.part();
            }
            int pairs = 0;
            for (Map<Integer, Match> matches : perPair) {
                Match match = matches.get(doc);
                if (match != null) {
                    pairs++;
                    part = Math.min(part, match.part());
                }
            }
            Ranked r = new Ranked(doc, part, pairs, score);
            if (pairs == n - 1) together.add(r);
            else apart.add(r);
        }
        // two Vietnamese syllables apart are mostly other words (đà … nâng for Đà Nẵng); two English words are words
        int apartFrom = manifest.has("apartFrom") ? manifest.get("apartFrom").asInt() : MIN_APART_WORDS;
        // words typed as one ("3.5", "18-NQ/TW") belong together: they count as one towards it
        if (SearchText.typedApart(query) < apartFrom) apart.clear();
        together.sort(Comparator.comparingInt(Ranked::part).reversed().thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
                .thenComparingInt(Ranked::doc));
        apart.sort(Comparator.comparingInt(Ranked::pairs).reversed().thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
                .thenComparingInt(Ranked::doc));
        return new Answer(together.stream().map(Ranked::doc).toList(), apart.stream().map(Ranked::doc).toList(), List.copyOf(read));
    }

    /** The shards of one kind ({@code w} or {@code p}) that hold the key, or the keys that start with it. */
    private static List<JsonNode> shards(Function<String, JsonNode> file, String kind, JsonNode starts, String key,
                                         boolean prefix) {
        List<JsonNode> out = new ArrayList<>();
        if (starts.isEmpty()) return out;
        int first = locate(starts, key);
        int last = prefix ? Math.min(locate(starts, key + '\uffff'), first + MAX_PREFIX_SHARDS - 1) : first;
        for (int i = first; i <= last; i++) out.add(file.apply(kind + "/" + i + ".json"));
        return out;
    }

    /** The last shard starting at or before the key (the first one when none does). */
    private static int locate(JsonNode starts, String key) {
        int found = 0;
        for (int lo = 0, hi = starts.size() - 1; lo <= hi; ) {
            int mid = (lo + hi) >>> 1;
            if (starts.get(mid).asText().compareTo(key) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Per document: how often the accepted written forms under the key occur, and the best part they stand in. */
    private static Map<Integer, Match> collect(List<JsonNode> shards, String key, boolean prefix, Predicate<String> accepts) {
        Map<Integer, Match> into = new HashMap<>();
        for (JsonNode shard : shards) {
            shard.fields().forEachRemaining(entry -> {
                if (!entry.getKey().equals(key) && !(prefix && entry.getKey().startsWith(key))) return;
                for (JsonNode variant : entry.getValue()) {
                    if (!accepts.test(variant.get(0).asText())) continue;
                    for (PostingCodec.Posting p : PostingCodec.decode(variant.get(1).asText())) {
                        into.merge(p.doc(), new Match(p.count(), p.part().ordinal()),
                                (a, b) -> new Match(a.count() + b.count(), Math.max(a.part(), b.part())));
                    }
                }
            });
        }
        return into;
    }

    /** {@link SearchText#finds} past the folded forms, which the shard key already matched. */
    private static boolean sameMarks(Term term, String writtenExact, boolean prefix) {
        return !term.marked() || SearchText.sameMarks(SearchText.marks(SearchText.exact(term.typed())),
                SearchText.marks(writtenExact), prefix);
    }
}
