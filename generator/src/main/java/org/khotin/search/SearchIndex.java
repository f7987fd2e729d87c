package org.khotin.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.khotin.config.Language;
import org.khotin.content.Article;
import org.khotin.content.Corpus;
import org.khotin.taxonomy.ArticleText;
import org.khotin.taxonomy.Keyword;
import org.khotin.taxonomy.KeywordIndex;

/**
 * The search index of each language, as static files under {@code search/<lang>/}:
 * <ul>
 *   <li>{@code manifest.json}: the number of documents and the first key of every shard;</li>
 *   <li>{@code w/<n>.json}: word shards, folded word → [[exact form, postings], …], keys in sorted ranges;</li>
 *   <li>{@code p/<n>.json}: the same for pairs of adjacent words ({@code xay dung}), which is how a phrase
 *       ranks above the same words scattered, without storing word positions;</li>
 *   <li>{@code d/<n>.json}: one file per document, what a result shows: URL, title, date, keywords, text for
 *       the snippet. Only the results on screen are fetched.</li>
 * </ul>
 * A query fetches the manifest, the shards its words fall into and the documents it shows. Shards are cut
 * by size, so the bytes a query needs stay bounded however large the archive grows. Everything is
 * ordered (sorted keys, documents newest first), so the files are the same on every build.
 */
public final class SearchIndex {
    /** Roughly how large a shard grows before the next key starts a new one; a single larger key gets its own. */
    static final int SHARD_BYTES = 12 * 1024;
    /** Words of a title count this many times, so that a title match ranks above a passing mention. */
    static final int TITLE_WEIGHT = 5;
    static final int KEYWORD_WEIGHT = 3;
    /** Snippets come from the first this many characters of an article. */
    static final int SNIPPET_TEXT_CHARS = 20_000;

    private SearchIndex() {}

    /** Where a language's index lives, relative to the site root. */
    public static String folder(Language lang) {
        return "search/" + lang.code() + "/";
    }

    /**
     * @param dateText how a page of that language writes a short date
     * @return output path → bytes, in a fixed order
     */
    public static Map<String, byte[]> build(Corpus corpus, KeywordIndex keywords, ZoneId zone,
                                            BiFunction<Language, ZonedDateTime, String> dateText) {
        return build(corpus, keywords, zone, dateText, SHARD_BYTES);
    }

    static Map<String, byte[]> build(Corpus corpus, KeywordIndex keywords, ZoneId zone,
                                     BiFunction<Language, ZonedDateTime, String> dateText, int shardBytes) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        // An archive repeats a few tens of thousands of word forms millions of times: fold each form once.
        Vocabulary vocabulary = new Vocabulary();
        for (Language lang : Language.values()) {
            List<Article> articles = corpus.articles(lang);
            Map<Variant, Postings> words = new HashMap<>();
            Map<Pair, Postings> pairs = new HashMap<>();
            List<String> results = new ArrayList<>(articles.size());
            // Documents are read in parallel a batch at a time (memory stays bounded); their terms are then
            // added in document order, so numbering and posting lists do not depend on timing.
            for (int from = 0; from < articles.size(); from += BATCH) {
                List<Document> batch = articles.subList(from, Math.min(articles.size(), from + BATCH)).parallelStream()
                        .map(a -> document(a, lang, keywords, zone, dateText, vocabulary)).toList();
                for (Document d : batch) {
                    int n = results.size();
                    d.words().forEach((v, count) -> words.computeIfAbsent(v, k -> new Postings()).add(n, count[0]));
                    d.pairs().forEach((p, count) -> pairs.computeIfAbsent(p, k -> new Postings()).add(n, count[0]));
                    results.add(d.json());
                }
            }
            Map<String, Map<String, Postings>> wordKeys = new HashMap<>();
            words.forEach((v, postings) -> wordKeys.computeIfAbsent(v.folded, k -> new HashMap<>(4)).put(v.exact, postings));
            Map<String, Map<String, Postings>> pairKeys = new HashMap<>();
            pairs.forEach((p, postings) -> pairKeys.computeIfAbsent(p.first().folded + " " + p.second().folded,
                    k -> new HashMap<>(4)).put(p.first().exact + " " + p.second().exact, postings));
            out.putAll(language(lang, wordKeys, pairKeys, results, shardBytes));
        }
        return out;
    }

    /** Documents read in parallel at a time. */
    private static final int BATCH = 1024;

    /**
     * One written form of a word, folded and exact, shared by all its occurrences: compared by identity, so
     * counting occurrences hashes no strings.
     */
    private static final class Variant {
        final String folded;
        final String exact;

        Variant(String folded, String exact) {
            this.folded = folded;
            this.exact = exact;
        }
    }

    /** Two words that stand together. */
    private record Pair(Variant first, Variant second) {}

    /** Word as written → its variant; one variant per (folded, exact), whatever the case or tone placement. */
    private static final class Vocabulary {
        private final Map<String, Variant> byWritten = new ConcurrentHashMap<>();
        private final Map<String, Variant> byForms = new ConcurrentHashMap<>();

        Variant of(String written) {
            return byWritten.computeIfAbsent(written, w -> {
                String folded = SearchText.folded(w);
                String exact = SearchText.exact(w);
                return byForms.computeIfAbsent(folded + "\u0000" + exact, k -> new Variant(folded, exact));
            });
        }
    }

    /** One article as search sees it: its terms with weighted counts, and what a result shows. */
    private record Document(Map<Variant, int[]> words, Map<Pair, int[]> pairs, String json) {}

    private static Document document(Article a, Language lang, KeywordIndex keywords, ZoneId zone,
                                     BiFunction<Language, ZonedDateTime, String> dateText, Vocabulary vocabulary) {
        ArticleText text = ArticleText.fromMarkdown(a.meta().title(), a.meta().summary(), a.body());
        List<Keyword> kws = keywords.idsOf(a).stream().flatMap(id -> keywords.byId(id).stream()).toList();
        Map<Variant, int[]> words = new HashMap<>();
        Map<Pair, int[]> pairs = new HashMap<>();
        addTerms(text.title(), TITLE_WEIGHT, vocabulary, words, pairs);
        for (Keyword k : kws) addTerms(k.label(lang), KEYWORD_WEIGHT, vocabulary, words, pairs);
        addTerms(text.lead(), 1, vocabulary, words, pairs);
        for (String p : text.paragraphs()) addTerms(p, 1, vocabulary, words, pairs);

        StringBuilder body = new StringBuilder(text.lead());
        for (String p : text.paragraphs()) {
            if (body.length() >= SNIPPET_TEXT_CHARS) break;
            body.append('\n').append(p);
        }
        String snippetText = body.length() > SNIPPET_TEXT_CHARS ? body.substring(0, SNIPPET_TEXT_CHARS) : body.toString();
        StringBuilder json = new StringBuilder(snippetText.length() + 256).append('{');
        Json.field(json, "url", a.urlPath()).append(',');
        Json.field(json, "title", a.meta().title()).append(',');
        ZonedDateTime date = a.localDate(zone);
        Json.field(json, "date", dateText.apply(lang, date)).append(',');
        Json.field(json, "iso", date.toLocalDate().toString()).append(",\"keywords\":[");
        for (int i = 0; i < kws.size(); i++) {
            Keyword k = kws.get(i);
            if (i > 0) json.append(',');
            json.append('[');
            Json.string(json, k.label(lang)).append(',');
            Json.string(json, k.id()).append(',');
            Json.string(json, k.labelLang(lang)).append(']');
        }
        json.append("],");
        Json.field(json, "text", snippetText).append('}');
        return new Document(words, pairs, json.toString());
    }

    private static void addTerms(String text, int weight, Vocabulary vocabulary, Map<Variant, int[]> words,
                                 Map<Pair, int[]> pairs) {
        for (List<String> phrase : SearchText.phrases(text)) {
            Variant previous = null;
            for (String w : phrase) {
                Variant v = vocabulary.of(w);
                words.computeIfAbsent(v, k -> new int[1])[0] += weight;
                if (previous != null) pairs.computeIfAbsent(new Pair(previous, v), k -> new int[1])[0] += weight;
                previous = v;
            }
        }
    }

    private static Map<String, byte[]> language(Language lang, Map<String, Map<String, Postings>> words,
                                                Map<String, Map<String, Postings>> pairs, List<String> results,
                                                int shardBytes) {
        String dir = folder(lang);
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> wordStarts = shards(words, shardBytes, dir + "w/", files);
        List<String> pairStarts = shards(pairs, shardBytes, dir + "p/", files);
        for (int n = 0; n < results.size(); n++) files.put(dir + "d/" + n + ".json", utf8(results.get(n)));

        StringBuilder manifest = new StringBuilder("{");
        Json.field(manifest, "version", version(files)).append(",\"docs\":").append(results.size()).append(",\"words\":");
        Json.strings(manifest, wordStarts).append(",\"pairs\":");
        Json.strings(manifest, pairStarts).append('}');
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(dir + "manifest.json", utf8(manifest.toString()));
        out.putAll(files);
        return out;
    }

    /** A posting list while it grows: documents in increasing order, with their counts. */
    private static final class Postings {
        int[] docs = new int[4];
        int[] counts = new int[4];
        int size;

        void add(int doc, int count) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            docs[size] = doc;
            counts[size++] = count;
        }

        List<PostingCodec.Posting> list() {
            List<PostingCodec.Posting> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) out.add(new PostingCodec.Posting(docs[i], counts[i]));
            return out;
        }
    }

    /** Cuts the sorted keys into shard files of about {@code shardBytes}; returns each shard's first key. */
    private static List<String> shards(Map<String, Map<String, Postings>> terms, int shardBytes, String dir,
                                       Map<String, byte[]> files) {
        List<String> starts = new ArrayList<>();
        StringBuilder shard = new StringBuilder();
        int shardSize = 0;
        for (Map.Entry<String, Map<String, Postings>> term : new TreeMap<>(terms).entrySet()) {
            StringBuilder entry = new StringBuilder();
            Json.string(entry, term.getKey()).append(":[");
            boolean first = true;
            for (Map.Entry<String, Postings> variant : new TreeMap<>(term.getValue()).entrySet()) {
                if (!first) entry.append(',');
                first = false;
                entry.append('[');
                Json.string(entry, variant.getKey()).append(',');
                Json.string(entry, PostingCodec.encode(variant.getValue().list())).append(']');
            }
            entry.append(']');
            int entryBytes = utf8(entry.toString()).length;
            // +1 for the comma or brace before the entry, +1 for the closing brace
            if (shard.length() > 0 && shardSize + entryBytes + 2 > shardBytes) {
                files.put(dir + (starts.size() - 1) + ".json", utf8(shard.append('}').toString()));
                shard.setLength(0);
            }
            if (shard.length() == 0) {
                starts.add(term.getKey());
                shard.append('{');
                shardSize = 1;
            } else {
                shard.append(',');
                shardSize++;
            }
            shard.append(entry);
            shardSize += entryBytes;
        }
        if (shard.length() > 0) files.put(dir + (starts.size() - 1) + ".json", utf8(shard.append('}').toString()));
        return starts;
    }

    /** A hash of every index file: readers' browsers fetch shards with it, so a new build is never mixed with a cached old one. */
    private static String version(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, bytes) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
