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
            List<Postings> words = new ArrayList<>();
            PairPostings pairs = new PairPostings();
            List<String> results = new ArrayList<>(articles.size());
            // Documents are read in parallel a batch at a time (memory stays bounded); their terms are then
            // added in document order, so numbering and posting lists do not depend on timing.
            for (int from = 0; from < articles.size(); from += BATCH) {
                List<Document> batch = articles.subList(from, Math.min(articles.size(), from + BATCH)).parallelStream()
                        .map(a -> document(a, lang, keywords, zone, dateText, vocabulary)).toList();
                for (Document d : batch) {
                    int n = results.size();
                    for (int i = 0; i < d.words().keys().length; i++) {
                        int id = (int) d.words().keys()[i];
                        while (words.size() <= id) words.add(null);
                        if (words.get(id) == null) words.set(id, new Postings());
                        words.get(id).add(n, d.words().weights()[i]);
                    }
                    for (int i = 0; i < d.pairs().keys().length; i++) {
                        pairs.get(d.pairs().keys()[i]).add(n, d.pairs().weights()[i]);
                    }
                    results.add(d.json());
                }
            }
            Variant[] byId = vocabulary.byId();
            Map<String, Map<String, Postings>> wordKeys = new HashMap<>();
            for (int id = 0; id < words.size(); id++) {
                if (words.get(id) == null) continue;
                Variant v = byId[id];
                wordKeys.computeIfAbsent(v.folded, k -> new HashMap<>(4)).put(v.exact, words.get(id));
            }
            Map<String, Map<String, Postings>> pairKeys = new HashMap<>();
            pairs.forEach((key, postings) -> {
                Variant first = byId[(int) (key >>> PAIR_SHIFT)];
                Variant second = byId[(int) (key & PAIR_MASK)];
                pairKeys.computeIfAbsent(first.folded + " " + second.folded, k -> new HashMap<>(4))
                        .put(first.exact + " " + second.exact, postings);
            });
            out.putAll(language(lang, wordKeys, pairKeys, results, shardBytes));
        }
        return out;
    }

    /** Documents read in parallel at a time. */
    private static final int BATCH = 1024;
    /** A pair of word ids in one long: the first id above, the second below this many bits. */
    private static final int PAIR_SHIFT = 28;
    private static final long PAIR_MASK = (1L << PAIR_SHIFT) - 1;

    /**
     * One written form of a word, folded and exact, shared by all its occurrences. Its id only stands for it
     * while the index is built (ids are handed out as words are first met, in no fixed order); every output
     * is ordered by the strings.
     */
    private record Variant(String folded, String exact, int id) {}

    /** Word as written → its variant; one variant per (folded, exact), whatever the case or tone placement. */
    private static final class Vocabulary {
        private final Map<String, Variant> byWritten = new ConcurrentHashMap<>();
        private final Map<String, Variant> byForms = new ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger nextId = new java.util.concurrent.atomic.AtomicInteger();

        Variant of(String written) {
            Variant known = byWritten.get(written);
            if (known != null) return known;
            return byWritten.computeIfAbsent(written, w -> {
                String folded = SearchText.folded(w);
                String exact = SearchText.exact(w);
                return byForms.computeIfAbsent(folded + "\u0000" + exact, k -> {
                    int id = nextId.getAndIncrement();
                    if (id > PAIR_MASK) throw new IllegalStateException("more distinct words than the index can number");
                    return new Variant(folded, exact, id);
                });
            });
        }

        Variant[] byId() {
            Variant[] out = new Variant[nextId.get()];
            for (Variant v : byForms.values()) out[v.id()] = v;
            return out;
        }
    }

    /** A document's distinct terms (word ids, or pairs of them) in increasing order, with their weighted counts. */
    private record Terms(long[] keys, int[] weights) {}

    /** One article as search sees it: its words and adjacent pairs, and what a result shows. */
    private record Document(Terms words, Terms pairs, String json) {}

    /** Term occurrences while a document is read, each as (term << 8 | weight): sorting groups a term's occurrences. */
    private static final class Occurrences {
        private long[] items = new long[512];
        private int size;

        void add(long term, int weight) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = term << 8 | weight;
        }

        Terms terms() {
            Arrays.sort(items, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) if (i == 0 || items[i] >>> 8 != items[i - 1] >>> 8) distinct++;
            long[] keys = new long[distinct];
            int[] weights = new int[distinct];
            int k = -1;
            for (int i = 0; i < size; i++) {
                if (i == 0 || items[i] >>> 8 != items[i - 1] >>> 8) keys[++k] = items[i] >>> 8;
                weights[k] += (int) (items[i] & 0xff);
            }
            return new Terms(keys, weights);
        }
    }

    private static Document document(Article a, Language lang, KeywordIndex keywords, ZoneId zone,
                                     BiFunction<Language, ZonedDateTime, String> dateText, Vocabulary vocabulary) {
        ArticleText text = ArticleText.fromMarkdown(a.meta().title(), a.meta().summary(), a.body().text());
        List<Keyword> kws = keywords.idsOf(a).stream().flatMap(id -> keywords.byId(id).stream()).toList();
        Occurrences words = new Occurrences();
        Occurrences pairs = new Occurrences();
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
        return new Document(words.terms(), pairs.terms(), json.toString());
    }

    private static void addTerms(String text, int weight, Vocabulary vocabulary, Occurrences words, Occurrences pairs) {
        for (List<String> phrase : SearchText.phrases(text)) {
            int previous = -1;
            for (String w : phrase) {
                int id = vocabulary.of(w).id();
                words.add(id, weight);
                if (previous >= 0) pairs.add((long) previous << PAIR_SHIFT | id, weight);
                previous = id;
            }
        }
    }

    /** Posting lists of word pairs, by the pair's two ids in one long (open addressing: no boxing per lookup). */
    private static final class PairPostings {
        private long[] keys = new long[1 << 16];
        private Postings[] values = new Postings[1 << 16];
        private int size;

        Postings get(long key) {
            if (size * 2 >= keys.length) grow();
            int i = slot(key, keys.length);
            while (values[i] != null) {
                if (keys[i] == key) return values[i];
                i = (i + 1) & (keys.length - 1);
            }
            keys[i] = key;
            size++;
            return values[i] = new Postings();
        }

        void forEach(java.util.function.BiConsumer<Long, Postings> action) {
            for (int i = 0; i < keys.length; i++) if (values[i] != null) action.accept(keys[i], values[i]);
        }

        private static int slot(long key, int length) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & (length - 1);
        }

        private void grow() {
            long[] oldKeys = keys;
            Postings[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new Postings[oldValues.length * 2];
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldValues[j] == null) continue;
                int i = slot(oldKeys[j], keys.length);
                while (values[i] != null) i = (i + 1) & (keys.length - 1);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
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
