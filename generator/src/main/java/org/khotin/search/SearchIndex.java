package org.khotin.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.LongPredicate;
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
 *   <li>{@code w/<n>.json}: word shards, folded word → [[exact form, postings], …], keys in sorted ranges;
 *       a posting says how often the word occurs in a document and in which part at best (title, keywords,
 *       lead, body);</li>
 *   <li>{@code p/<n>.json}: the same for pairs of adjacent words ({@code xay dung}), which is how a query
 *       matches as a phrase, without storing word positions;</li>
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
    /** Snippets come from the first this many characters of an article. */
    static final int SNIPPET_TEXT_CHARS = 20_000;

    private SearchIndex() {}

    /** Where a language's index lives, relative to the site root. */
    public static String folder(Language lang) {
        return "search/" + lang.code() + "/";
    }

    /** Whether an index file is a result file (a pack of documents): they count the search stage's progress. */
    public static boolean isResultFile(String path) {
        return path.startsWith("search/") && path.contains("/d/");
    }

    /** How many result files the index of {@code corpus} has, over both languages. */
    public static int resultFiles(Corpus corpus) {
        int files = 0;
        for (Language lang : Language.values()) files += (corpus.articles(lang).size() + DOCS_PER_PACK - 1) / DOCS_PER_PACK;
        return files;
    }

    /**
     * Hands each index file to {@code out} as soon as it is made, so the index is never held whole: per
     * language, the documents as they are read, then the word and pair shards, then the manifest (it carries
     * a hash of the others). The order of the files is the same on every build.
     *
     * @param dateText how a page of that language writes a short date
     * @param out takes output path and bytes
     */
    public static void build(Corpus corpus, KeywordIndex keywords, ZoneId zone,
                             BiFunction<Language, ZonedDateTime, String> dateText, BiConsumer<String, byte[]> out) {
        build(corpus, keywords, zone, dateText, Documents.forOneBuild(), SHARD_BYTES, out);
    }

    /**
     * @param documents what earlier builds in this process read, for the same time zone and date texts; it
     *                  keeps this build's documents and forgets the others
     */
    public static void build(Corpus corpus, KeywordIndex keywords, ZoneId zone,
                             BiFunction<Language, ZonedDateTime, String> dateText, Documents documents,
                             BiConsumer<String, byte[]> out) {
        build(corpus, keywords, zone, dateText, documents, SHARD_BYTES, out);
    }

    static void build(Corpus corpus, KeywordIndex keywords, ZoneId zone,
                      BiFunction<Language, ZonedDateTime, String> dateText, Documents documents, int shardBytes,
                      BiConsumer<String, byte[]> out) {
        Vocabulary vocabulary = documents.vocabulary;
        for (Language lang : Language.values()) {
            String dir = folder(lang);
            HashingOutput files = new HashingOutput(out);
            List<Article> articles = corpus.articles(lang);
            PostingLists words = new PostingLists();
            PairTable pairs = new PairTable();
            PostingLists pairPostings = new PostingLists();
            Entries entries;
            VocabularyOrder order;
            LongPredicate includePair = pair -> true;
            if (documents.remembers) {
                // Every document is in memory anyway: read them all, then add only the terms of the entries
                // that must be made again (all of them unless the last build's entries can be reused).
                Document[] read = articles.parallelStream().map(a -> documents.of(a, lang, keywords, zone, dateText))
                        .toArray(Document[]::new);
                Variant[] byId = vocabulary.byId();
                order = documents.order(byId); // the documents read, no word is added after this
                Postings postings = documents.postings(lang, articles, read, byId);
                entries = postings.entries();
                words = postings.words();
                pairs = postings.pairs();
                pairPostings = postings.pairPostings();
                includePair = entries.pairsToMake(order);
                DocumentPacks packs = documents.packs(lang);
                for (int from = 0; from < read.length; from += DOCS_PER_PACK) {
                    packs.write(dir, from, List.of(read).subList(from, Math.min(read.length, from + DOCS_PER_PACK)), files);
                }
                packs.forgetFrom(read.length);
            } else {
                entries = new Entries(false);
                // Documents are read in parallel a batch at a time (memory stays bounded); their terms are then
                // added in document order, so numbering and posting lists do not depend on timing.
                for (int from = 0; from < articles.size(); from += BATCH) {
                    List<Document> batch = articles.subList(from, Math.min(articles.size(), from + BATCH)).parallelStream()
                            .map(a -> documents.of(a, lang, keywords, zone, dateText)).toList();
                    for (int i = 0; i < batch.size(); i++) add(batch.get(i), from + i, words, pairs, pairPostings);
                    // a batch holds whole packs (BATCH is a multiple of DOCS_PER_PACK): they are compressed in parallel
                    int first = from;
                    List<byte[][]> written = java.util.stream.IntStream.range(0, (batch.size() + DOCS_PER_PACK - 1) / DOCS_PER_PACK)
                            .parallel().mapToObj(k -> DocumentPacks.pack(batch.subList(k * DOCS_PER_PACK,
                                    Math.min(batch.size(), (k + 1) * DOCS_PER_PACK)))).toList();
                    for (int k = 0; k < written.size(); k++) {
                        files.accept(dir + DocumentPacks.path(first + k * DOCS_PER_PACK), written.get(k)[0], written.get(k)[1]);
                    }
                }
                order = new VocabularyOrder(vocabulary.byId());
            }
            List<String> wordStarts = wordShards(order, words, entries,
                    new Shards(dir + "w/", shardBytes, files, entries.lastWordShards(), entries.wordShards));
            List<String> pairStarts = pairShards(order, pairs, pairPostings, includePair, entries,
                    new Shards(dir + "p/", shardBytes, files, entries.lastPairShards(), entries.pairShards));

            StringBuilder manifest = new StringBuilder("{");
            Json.field(manifest, "version", files.version()).append(",\"docs\":").append(articles.size())
                    .append(",\"words\":");
            Json.strings(manifest, wordStarts).append(",\"pairs\":");
            Json.strings(manifest, pairStarts).append('}');
            out.accept(dir + "manifest.json", utf8(manifest.toString()));
        }
        documents.retain(corpus.articles());
    }

    /** Adds document {@code n}'s terms to the posting lists. */
    private static void add(Document d, int n, PostingLists words, PairTable pairs, PostingLists pairPostings) {
        for (int t = 0; t < d.words().keys().length; t++) words.add((int) d.words().keys()[t], n, d.words().weights()[t]);
        for (int t = 0; t < d.pairs().keys().length; t++) {
            pairPostings.add(pairs.list(d.pairs().keys()[t]), n, d.pairs().weights()[t]);
        }
    }

    /**
     * A language's posting lists and the entries to make of them, in a build that remembers them.
     */
    private record Postings(Entries entries, PostingLists words, PairTable pairs, PostingLists pairPostings) {}

    /**
     * The documents (an article's terms and result file) of earlier builds in this process, so that a
     * rebuild reads again only the articles that changed. Valid for one time zone and one way of writing
     * dates: a build with others needs new documents.
     */
    public static final class Documents {
        /**
         * A document and what it shows of its keywords: their ids and labels, which a glossary edit can change;
         * and the keyword index they were read from, so that a build with the same index need not read them again.
         */
        private record Read(Article article, List<String> keywords, Document document, KeywordIndex readFrom) {}

        /** A language's documents in the order of the last build, its posting lists and its shard entries. */
        private record LastOrder(List<String> ids, Document[] documents, Postings postings) {}

        // An archive repeats a few tens of thousands of word forms millions of times: fold each form once.
        private final Vocabulary vocabulary = new Vocabulary();
        /**
         * By article id, each read from the article object it holds: a preview reuses the objects of unchanged
         * files (comparing whole articles would cost), and an edit replaces its article's entry.
         */
        private final Map<String, Read> byArticle = new ConcurrentHashMap<>();
        private final Map<Language, LastOrder> lastOrder = new java.util.EnumMap<>(Language.class);
        private VocabularyOrder lastVocabularyOrder;
        private final boolean remembers;

        private Documents(boolean remembers) {
            this.remembers = remembers;
        }

        /** Documents that later builds in this process reuse for articles that did not change. */
        public static Documents remembered() {
            return new Documents(true);
        }

        /** Documents for one build: none is kept, so a large archive's never need fit in memory at once. */
        public static Documents forOneBuild() {
            return new Documents(false);
        }

        private Document of(Article a, Language lang, KeywordIndex keywords, ZoneId zone,
                            BiFunction<Language, ZonedDateTime, String> dateText) {
            Read known = remembers ? byArticle.get(a.id()) : null;
            if (known != null && known.article() != a) known = null;
            if (known != null && known.readFrom() == keywords) return known.document();
            List<Keyword> kws = keywords.idsOf(a).stream().flatMap(id -> keywords.byId(id).stream()).toList();
            if (!remembers) return document(a, lang, kws, zone, dateText, vocabulary);
            List<String> shown = new ArrayList<>(3 * kws.size());
            for (Keyword k : kws) {
                shown.add(k.id());
                shown.add(k.label(lang));
                shown.add(k.labelLang(lang));
            }
            // kept with the new index either way, so that no earlier index stays in memory
            Document d = known != null && known.keywords().equals(shown) ? known.document()
                    : document(a, lang, kws, zone, dateText, vocabulary);
            byArticle.put(a.id(), new Read(a, shown, d, keywords));
            return d;
        }

        /** A language's document packs as last written: a preview compresses again only the packs that changed. */
        private final Map<Language, DocumentPacks> packs = new java.util.EnumMap<>(Language.class);

        private synchronized DocumentPacks packs(Language lang) {
            return packs.computeIfAbsent(lang, l -> new DocumentPacks());
        }

        private void retain(List<Article> articles) {
            if (remembers) Article.keepOnlyThese(byArticle, articles);
        }

        /** The vocabulary in shard order; the last one while no word form has been added since. */
        private synchronized VocabularyOrder order(Variant[] byId) {
            if (lastVocabularyOrder == null || lastVocabularyOrder.byId.length != byId.length) {
                lastVocabularyOrder = new VocabularyOrder(byId);
            }
            return lastVocabularyOrder;
        }

        /**
         * This build's posting lists, and the shard entries of the last build it can take as they were. When
         * the documents are numbered as last time, the last build's lists with the changed documents' terms
         * taken out and put in again, and every entry but those of a word or pair in a changed document;
         * otherwise lists made from every document, and every entry made. Remembers them for the next build.
         */
        private synchronized Postings postings(Language lang, List<Article> articles, Document[] read, Variant[] byId) {
            List<String> ids = articles.stream().map(Article::id).toList();
            LastOrder last = lastOrder.get(lang);
            Postings made = last != null && last.ids().equals(ids) ? patched(last, read, byId) : fresh(read);
            lastOrder.put(lang, new LastOrder(ids, read, made));
            return made;
        }

        private static Postings fresh(Document[] read) {
            Postings made = new Postings(new Entries(true), new PostingLists(), new PairTable(), new PostingLists());
            for (int n = 0; n < read.length; n++) add(read[n], n, made.words(), made.pairs(), made.pairPostings());
            return made;
        }

        private static Postings patched(LastOrder last, Document[] read, Variant[] byId) {
            PostingLists words = last.postings().words().copy();
            PairTable pairs = last.postings().pairs().copy();
            PostingLists pairPostings = last.postings().pairPostings().copy();
            // the documents that changed, the terms whose weight in them changed (a term an edit adds, removes or
            // counts differently), and the keys of the entries those terms are in
            List<Integer> changed = new ArrayList<>();
            Set<Long> wordIds = new java.util.TreeSet<>();
            Set<Long> pairKeys = new java.util.TreeSet<>();
            for (int n = 0; n < read.length; n++) {
                if (last.documents()[n] == read[n]) continue;
                changed.add(n);
                weighedDifferently(last.documents()[n].words(), read[n].words(), wordIds);
                weighedDifferently(last.documents()[n].pairs(), read[n].pairs(), pairKeys);
            }
            Set<String> wordKeys = new java.util.HashSet<>();
            for (long w : wordIds) wordKeys.add(byId[(int) w].folded());
            Set<String> pairEntryKeys = new java.util.HashSet<>();
            for (long pair : pairKeys) {
                pairEntryKeys.add(byId[firstWord(pair)].folded() + " " + byId[secondWord(pair)].folded());
            }
            for (long w : wordIds) words.replace((int) w, patch(words.postings((int) w), changed, read, d -> d.words(), w));
            for (long pair : pairKeys) {
                pairPostings.replace(pairs.list(pair), patch(pairPostings.postings(pairs.list(pair)), changed, read, d -> d.pairs(), pair));
            }
            Entries entries = new Entries(true);
            entries.reuse(last.postings().entries(), wordKeys, pairEntryKeys);
            return new Postings(entries, words, pairs, pairPostings);
        }

        /** Adds to {@code into} each term that one document version has and the other has not, or weighs otherwise. */
        private static void weighedDifferently(Terms before, Terms after, Set<Long> into) {
            Map<Long, Integer> was = new java.util.HashMap<>();
            for (int k = 0; k < before.keys().length; k++) was.put(before.keys()[k], before.weights()[k]);
            for (int k = 0; k < after.keys().length; k++) {
                Integer weight = was.remove(after.keys()[k]);
                if (weight == null || weight != after.weights()[k]) into.add(after.keys()[k]);
            }
            into.addAll(was.keySet());
        }

        /** A term's postings with the changed documents' ones taken out and their new ones put in, in order. */
        private static List<PostingCodec.Posting> patch(List<PostingCodec.Posting> before, List<Integer> changed,
                                                       Document[] read, java.util.function.Function<Document, Terms> terms,
                                                       long term) {
            List<PostingCodec.Posting> out = new ArrayList<>(before.size() + changed.size());
            for (PostingCodec.Posting p : before) {
                if (java.util.Collections.binarySearch(changed, p.doc()) < 0) out.add(p);
            }
            for (int n : changed) {
                Terms t = terms.apply(read[n]);
                for (int k = 0; k < t.keys().length; k++) {
                    if (t.keys()[k] == term) out.add(new PostingCodec.Posting(n, t.weights()[k]));
                }
            }
            out.sort(java.util.Comparator.comparingInt(PostingCodec.Posting::doc));
            return out;
        }
    }

    /** Documents read in parallel at a time. */
    private static final int BATCH = 256;
    /** Documents a search result file holds, compressed together: a first page of results fetches up to 10. */
    public static final int DOCS_PER_PACK = 4;
    /** A pair of word ids in one long: the first id above, the second below this many bits. */
    private static final int PAIR_SHIFT = 28;
    private static final long PAIR_MASK = (1L << PAIR_SHIFT) - 1;

    /**
     * One written form of a word, folded and exact, shared by all its occurrences. Its id only stands for it
     * while the index is built (ids are handed out as words are first met, in no fixed order); every output
     * is ordered by the strings.
     */
    private record Variant(String folded, String exact, int id) {}

    /** A variant's two forms as a key: it shares their strings rather than joining a copy. */
    private record Forms(String folded, String exact) {}

    /** Word as written → its variant; one variant per (folded, exact), whatever the case or tone placement. */
    private static final class Vocabulary {
        private final Map<String, Variant> byWritten = new ConcurrentHashMap<>();
        private final Map<Forms, Variant> byForms = new ConcurrentHashMap<>();
        private final AtomicInteger nextId = new AtomicInteger();

        Variant of(String written) {
            Variant known = byWritten.get(written);
            if (known != null) return known;
            return byWritten.computeIfAbsent(written, w -> {
                String folded = SearchText.folded(w);
                String exact = SearchText.exact(w);
                return byForms.computeIfAbsent(new Forms(folded, exact), k -> {
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

    /**
     * A document's distinct terms (word ids, or pairs of them) in the order they first occur, with their
     * weights ({@link PostingCodec.Posting}). The order is the text's, so the same on every build; the output
     * is sorted by word later.
     */
    private record Terms(long[] keys, int[] weights) {}

    /** One article as search sees it: its words and adjacent pairs, and what a result shows (its file's bytes). */
    /** @param digest the SHA-256 of {@code json}, made with it (in parallel, and once for a kept document) */
    private record Document(Terms words, Terms pairs, byte[] json, byte[] digest) {}

    /**
     * A document's term occurrences per term as they are read, counted with the best part each stands in
     * (open addressing: no boxing, no sort).
     */
    private static final class Occurrences {
        private long[] keys = new long[256];
        private int[] counts = new int[256];
        private int[] parts = new int[256];
        private int size;
        /** Index + 1 into keys of the term at each slot; 0 where free. */
        private int[] slots = new int[1024];

        void add(long term, PostingCodec.Part part) {
            int mask = slots.length - 1;
            for (int i = slot(term, mask); ; i = (i + 1) & mask) {
                int at = slots[i];
                if (at == 0) {
                    if (size == keys.length) {
                        keys = Arrays.copyOf(keys, size * 2);
                        counts = Arrays.copyOf(counts, size * 2);
                        parts = Arrays.copyOf(parts, size * 2);
                    }
                    keys[size] = term;
                    counts[size] = 1;
                    parts[size] = part.ordinal();
                    slots[i] = ++size;
                    if (size * 2 > slots.length) rehash(slots.length * 2);
                    return;
                }
                if (keys[at - 1] == term) {
                    counts[at - 1]++;
                    parts[at - 1] = Math.max(parts[at - 1], part.ordinal());
                    return;
                }
            }
        }

        private static int slot(long term, int mask) {
            long h = term * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }

        private void rehash(int length) {
            slots = new int[length];
            int mask = length - 1;
            for (int k = 0; k < size; k++) {
                int i = slot(keys[k], mask);
                while (slots[i] != 0) i = (i + 1) & mask;
                slots[i] = k + 1;
            }
        }

        Terms terms() {
            int[] weights = new int[size];
            PostingCodec.Part[] byOrdinal = PostingCodec.Part.values();
            for (int k = 0; k < size; k++) weights[k] = PostingCodec.weight(counts[k], byOrdinal[parts[k]]);
            return new Terms(Arrays.copyOf(keys, size), weights);
        }
    }

    private static Document document(Article a, Language lang, List<Keyword> kws, ZoneId zone,
                                     BiFunction<Language, ZonedDateTime, String> dateText, Vocabulary vocabulary) {
        ArticleText text = ArticleText.fromMarkdown(a.meta().title(), a.meta().summary(), a.body().text());
        Occurrences words = new Occurrences();
        Occurrences pairs = new Occurrences();
        addTerms(text.title(), PostingCodec.Part.TITLE, vocabulary, words, pairs);
        for (Keyword k : kws) addTerms(k.label(lang), PostingCodec.Part.KEYWORDS, vocabulary, words, pairs);
        addTerms(text.lead(), PostingCodec.Part.LEAD, vocabulary, words, pairs);
        for (String p : text.paragraphs()) addTerms(p, PostingCodec.Part.BODY, vocabulary, words, pairs);

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
        byte[] bytes = utf8(json.toString());
        return new Document(words.terms(), pairs.terms(), bytes, HashingOutput.sha256(bytes));
    }

    private static void addTerms(String text, PostingCodec.Part part, Vocabulary vocabulary, Occurrences words,
                                 Occurrences pairs) {
        for (List<String> phrase : SearchText.phrases(text)) {
            int previous = -1;
            for (String w : phrase) {
                int id = vocabulary.of(w).id();
                words.add(id, part);
                if (previous >= 0) pairs.add((long) previous << PAIR_SHIFT | id, part);
                previous = id;
            }
        }
    }

    /** Pair numbers by the pair's two ids in one long (open addressing: no boxing per lookup). */
    private static final class PairTable {
        /** Pair number + 1 at the key's slot; 0 where free. */
        private int[] slots = new int[1 << 16];
        /** By pair number. */
        private long[] keys = new long[1 << 15];
        private int size;

        /** The pair's number, numbering pairs as they are first met. */
        int list(long key) {
            if (size * 2 >= slots.length) grow();
            int i = slot(key, slots.length);
            while (slots[i] != 0) {
                if (keys[slots[i] - 1] == key) return slots[i] - 1;
                i = (i + 1) & (slots.length - 1);
            }
            if (size == keys.length) keys = Arrays.copyOf(keys, size * 2);
            keys[size] = key;
            slots[i] = ++size;
            return size - 1;
        }

        int size() {
            return size;
        }

        /** A copy that can be added to without changing this one. */
        PairTable copy() {
            PairTable out = new PairTable();
            out.slots = slots.clone();
            out.keys = keys.clone();
            out.size = size;
            return out;
        }

        long key(int list) {
            return keys[list];
        }

        private static int slot(long key, int length) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & (length - 1);
        }

        private void grow() {
            slots = new int[slots.length * 2];
            for (int list = 0; list < size; list++) {
                int i = slot(keys[list], slots.length);
                while (slots[i] != 0) i = (i + 1) & (slots.length - 1);
                slots[i] = list + 1;
            }
        }
    }

    private static int firstWord(long pair) {
        return (int) (pair >>> PAIR_SHIFT);
    }

    private static int secondWord(long pair) {
        return (int) (pair & PAIR_MASK);
    }

    /** The variants in the order the shards list them, by folded then exact form, and each one's place in it. */
    private static final class VocabularyOrder {
        final Variant[] byId;
        final Variant[] sorted;
        /** By id: the position in {@link #sorted}. */
        final int[] rank;
        /** By id: the same for variants of one folded form, increasing with it. */
        final int[] foldedRank;

        VocabularyOrder(Variant[] byId) {
            this.byId = byId;
            sorted = byId.clone();
            Arrays.sort(sorted, Comparator.comparing(Variant::folded).thenComparing(Variant::exact));
            rank = new int[byId.length];
            foldedRank = new int[byId.length];
            for (int i = 0; i < sorted.length; i++) {
                rank[sorted[i].id()] = i;
                boolean sameFolded = i > 0 && sorted[i].folded().equals(sorted[i - 1].folded());
                foldedRank[sorted[i].id()] = i == 0 ? 0 : foldedRank[sorted[i - 1].id()] + (sameFolded ? 0 : 1);
            }
        }

        /** The folded rank of a folded form that some variant has. */
        int foldedRankOf(String folded) {
            int at = Arrays.binarySearch(sorted, new Variant(folded, "", -1),
                    Comparator.comparing(Variant::folded).thenComparing(Variant::exact));
            return foldedRank[sorted[at < 0 ? -at - 1 : at].id()];
        }

        /** Where the run of variants that share the folded form of {@code sorted[from]} ends. */
        int foldedRunEnd(int from) {
            int end = from + 1;
            while (end < sorted.length && foldedRank[sorted[end].id()] == foldedRank[sorted[from].id()]) end++;
            return end;
        }
    }

    private static List<String> wordShards(VocabularyOrder order, PostingLists words, Entries entries, Shards shards) {
        Variant[] sorted = order.sorted;
        for (int from = 0, to; from < sorted.length; from = to) {
            to = order.foldedRunEnd(from);
            String key = sorted[from].folded();
            byte[] json;
            if (entries.makesWord(key)) {
                boolean any = false;
                for (int i = from; i < to && !any; i++) any = !words.isEmpty(sorted[i].id());
                if (!any) continue;
                Entry entry = new Entry(key);
                for (int i = from; i < to; i++) {
                    int id = sorted[i].id();
                    if (!words.isEmpty(id)) entry.variant(sorted[i].exact(), words.postings(id));
                }
                json = entry.bytes();
            } else {
                json = entries.lastWord(key);
                if (json == null) continue; // it had no entry, and no changed document gives it one
            }
            entries.madeWord(key, json);
            shards.add(key, json);
        }
        return shards.finish();
    }

    /**
     * Pairs are listed by their joined folded forms ({@code xay dung}), then their joined exact ones. Words
     * hold no spaces, so that is the order of the first word's folded form, the second's, then the exact forms
     * in turn: pairs are taken by their first word's folded run and only each run's pairs are sorted.
     */
    private static List<String> pairShards(VocabularyOrder order, PairTable pairs, PostingLists postings,
                                           LongPredicate include, Entries entries, Shards shards) {
        // The pairs of the entries made (those with postings), grouped by first word id (a counting sort):
        // byFirst[start[id] .. start[id + 1]).
        int[] start = new int[order.byId.length + 1];
        for (int p = 0; p < pairs.size(); p++) {
            if (!postings.isEmpty(p) && include.test(pairs.key(p))) start[firstWord(pairs.key(p)) + 1]++;
        }
        for (int id = 0; id < order.byId.length; id++) start[id + 1] += start[id];
        int[] byFirst = new int[start[order.byId.length]];
        int[] next = Arrays.copyOf(start, order.byId.length);
        for (int p = 0; p < pairs.size(); p++) {
            if (!postings.isEmpty(p) && include.test(pairs.key(p))) byFirst[next[firstWord(pairs.key(p))]++] = p;
        }

        Comparator<Integer> bySecondFoldedThenExact = Comparator
                .<Integer>comparingInt(p -> order.foldedRank[secondWord(pairs.key(p))])
                .thenComparingInt(p -> order.rank[firstWord(pairs.key(p))])
                .thenComparingInt(p -> order.rank[secondWord(pairs.key(p))]);
        Variant[] sorted = order.sorted;
        BiConsumer<String, byte[]> emit = entries.pairsInto(shards);
        List<Integer> run = new ArrayList<>();
        for (int from = 0, to; from < sorted.length; from = to) {
            to = order.foldedRunEnd(from);
            run.clear();
            for (int i = from; i < to; i++) {
                int id = sorted[i].id();
                for (int k = start[id]; k < start[id + 1]; k++) run.add(byFirst[k]);
            }
            run.sort(bySecondFoldedThenExact);
            // an entry per second word's folded form: the run's pairs from k on that share it
            for (int k = 0, end; k < run.size(); k = end) {
                int second = order.foldedRank[secondWord(pairs.key(run.get(k)))];
                end = k + 1;
                while (end < run.size() && order.foldedRank[secondWord(pairs.key(run.get(end)))] == second) end++;
                List<Integer> entryPairs = run.subList(k, end);
                String key = order.byId[firstWord(pairs.key(run.get(k)))].folded() + " "
                        + order.byId[secondWord(pairs.key(run.get(k)))].folded();
                Entry entry = new Entry(key);
                for (int p : entryPairs) {
                    entry.variant(order.byId[firstWord(pairs.key(p))].exact() + " "
                            + order.byId[secondWord(pairs.key(p))].exact(), postings.postings(p));
                }
                emit.accept(key, entry.bytes());
            }
        }
        emit.accept(null, null); // the last build's entries after the last one made
        return shards.finish();
    }

    /**
     * The JSON (UTF-8) of each shard entry this build makes, by key and in order, and the shards cut from
     * them, for the next build to reuse; and those of the last build this one reuses: every entry that no
     * changed document holds a term of, and every shard made of the same entries.
     */
    private static final class Entries {
        private final boolean remembers;
        final Map<String, byte[]> words = new java.util.HashMap<>();
        /** Pair entries in key order: a merge reads them in turn. */
        final List<String> pairKeys = new ArrayList<>();
        final List<byte[]> pairJsons = new ArrayList<>();
        /** The shards this build cut, when it remembers them; else null. */
        final List<Shard> wordShards;
        final List<Shard> pairShards;
        private Entries last;
        private Set<String> changedWords = Set.of();
        private Set<String> changedPairs = Set.of();

        Entries(boolean remembers) {
            this.remembers = remembers;
            this.wordShards = remembers ? new ArrayList<>() : null;
            this.pairShards = remembers ? new ArrayList<>() : null;
        }

        void reuse(Entries last, Set<String> changedWords, Set<String> changedPairs) {
            this.last = last;
            this.changedWords = changedWords;
            this.changedPairs = changedPairs;
        }

        List<Shard> lastWordShards() {
            return last == null ? List.of() : last.wordShards;
        }

        List<Shard> lastPairShards() {
            return last == null ? List.of() : last.pairShards;
        }

        /** Whether the word entry with this key must be made (else the last build's is taken, if it had one). */
        boolean makesWord(String key) {
            return last == null || changedWords.contains(key);
        }

        byte[] lastWord(String key) {
            return last.words.get(key);
        }

        /** Whether a pair (by its two word ids) is in an entry that is made: all when nothing is reused. */
        LongPredicate pairsToMake(VocabularyOrder order) {
            if (last == null) return pair -> true;
            // the changed entries as the folded ranks of their two words, sorted for a binary search, and which
            // first words they have (a quick no for most pairs)
            long[] changed = changedPairs.stream().mapToLong(key -> {
                int space = key.indexOf(' ');
                return (long) order.foldedRankOf(key.substring(0, space)) << 32 | order.foldedRankOf(key.substring(space + 1));
            }).sorted().toArray();
            boolean[] first = new boolean[order.byId.length];
            for (long c : changed) first[(int) (c >>> 32)] = true;
            return pair -> first[order.foldedRank[firstWord(pair)]] && Arrays.binarySearch(changed,
                    (long) order.foldedRank[firstWord(pair)] << 32 | order.foldedRank[secondWord(pair)]) >= 0;
        }

        /**
         * Hands pair entries to the shards in key order: those made now (key and JSON; both null after the
         * last), and between them the last build's that are not made again and that no changed document holds.
         * Keys sort as their entries are listed (words hold no spaces or control characters), so a merge by
         * key keeps the order.
         */
        BiConsumer<String, byte[]> pairsInto(Shards shards) {
            List<String> keptKeys = last == null ? List.of() : last.pairKeys;
            List<byte[]> keptJsons = last == null ? List.of() : last.pairJsons;
            return new BiConsumer<>() {
                private int next;

                @Override
                public void accept(String madeKey, byte[] madeJson) {
                    for (; next < keptKeys.size() && (madeKey == null || keptKeys.get(next).compareTo(madeKey) <= 0); next++) {
                        String key = keptKeys.get(next);
                        boolean replaced = key.equals(madeKey);
                        if (!replaced && !changedPairs.contains(key)) add(key, keptJsons.get(next));
                    }
                    if (madeKey != null) add(madeKey, madeJson);
                }

                private void add(String key, byte[] json) {
                    if (remembers) {
                        pairKeys.add(key);
                        pairJsons.add(json);
                    }
                    shards.add(key, json);
                }
            };
        }

        void madeWord(String key, byte[] json) {
            if (remembers) words.put(key, json);
        }
    }

    /** One key of a shard with its variants, added in order: {@code "dang":[["đang","…"],["đảng","…"]]}. */
    private static final class Entry {
        private final StringBuilder json = new StringBuilder();
        private boolean empty = true;

        Entry(String key) {
            Json.string(json, key).append(":[");
        }

        void variant(String exact, List<PostingCodec.Posting> postings) {
            if (!empty) json.append(',');
            empty = false;
            json.append('[');
            Json.string(json, exact).append(',');
            PostingCodec.encode(postings, json.append('"')).append("\"]");
        }

        byte[] bytes() {
            return utf8(json.append(']').toString());
        }
    }

    /** A shard file as cut: the entries in it, its bytes and their SHA-256. */
    private record Shard(List<byte[]> entries, byte[] bytes, byte[] digest) {}

    /**
     * Cuts sorted entries into shard files of about {@code shardBytes}, each handed on as soon as it is full.
     * A shard of the very entries (the same arrays) the last build's shard in its place had is that shard:
     * after a save, most are.
     */
    private static final class Shards {
        private final String dir;
        private final int shardBytes;
        private final HashingOutput out;
        private final List<Shard> last;
        /** Receives each shard cut, or null when none is remembered. */
        private final List<Shard> made;
        /** Each shard's first key. */
        private final List<String> starts = new ArrayList<>();
        private List<byte[]> entries = new ArrayList<>();
        private int shardSize;

        Shards(String dir, int shardBytes, HashingOutput out, List<Shard> last, List<Shard> made) {
            this.dir = dir;
            this.shardBytes = shardBytes;
            this.out = out;
            this.last = last;
            this.made = made;
        }

        void add(String key, byte[] json) {
            // +1 for the comma or brace before the entry, +1 for the closing brace
            if (!entries.isEmpty() && shardSize + json.length + 2 > shardBytes) cut();
            if (entries.isEmpty()) {
                starts.add(key);
                shardSize = 1;
            } else {
                shardSize++;
            }
            entries.add(json);
            shardSize += json.length;
        }

        /** Hands on the last shard; returns each shard's first key. */
        List<String> finish() {
            if (!entries.isEmpty()) cut();
            return starts;
        }

        private void cut() {
            int n = starts.size() - 1;
            String path = dir + n + ".json";
            Shard same = n < last.size() ? last.get(n) : null;
            if (same != null && sameArrays(same.entries(), entries)) {
                out.accept(path, same.bytes(), same.digest());
                if (made != null) made.add(same);
            } else {
                byte[] bytes = new byte[shardSize + 1];
                bytes[0] = '{';
                int at = 1;
                for (byte[] entry : entries) {
                    if (at > 1) bytes[at++] = ',';
                    System.arraycopy(entry, 0, bytes, at, entry.length);
                    at += entry.length;
                }
                bytes[at] = '}';
                if (made == null) {
                    out.accept(path, bytes);
                } else {
                    Shard shard = new Shard(entries, bytes, HashingOutput.sha256(bytes));
                    out.accept(path, shard.bytes(), shard.digest());
                    made.add(shard);
                }
            }
            entries = new ArrayList<>();
        }

        private static boolean sameArrays(List<byte[]> a, List<byte[]> b) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
            return true;
        }
    }

    /** The result file that holds document {@code n} of a language's index, relative to the index's folder. */
    public static String documentFile(int n) {
        return DocumentPacks.path(n);
    }

    /**
     * Search result files: {@link #DOCS_PER_PACK} documents in a JSON array, gzip-compressed ({@code search.js} reads
     * them with the browser's {@code DecompressionStream}). Fewer, smaller files than one JSON file a document.
     * Remembers what it wrote, by the documents' digests, to skip compressing an unchanged pack again.
     */
    static final class DocumentPacks {
        private record Written(byte[] documentsDigest, byte[] bytes, byte[] digest) {}

        private final Map<Integer, Written> written = new java.util.HashMap<>();

        static String path(int firstDocument) {
            return "d/" + firstDocument / DOCS_PER_PACK + ".json.gz";
        }

        void write(String dir, int from, List<Document> pack, HashingOutput files) {
            MessageDigest d = HashingOutput.newSha256();
            for (Document doc : pack) d.update(doc.digest());
            byte[] documentsDigest = d.digest();
            Written last = written.get(from);
            if (last == null || !java.util.Arrays.equals(last.documentsDigest(), documentsDigest)) {
                byte[][] made = pack(pack);
                last = new Written(documentsDigest, made[0], made[1]);
                written.put(from, last);
            }
            files.accept(dir + path(from), last.bytes(), last.digest());
        }

        void forgetFrom(int documents) {
            written.keySet().removeIf(from -> from >= documents);
        }

        /** The pack's gzip bytes and their digest; deterministic (no time or name in the gzip header). */
        static byte[][] pack(List<Document> pack) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(pack.size() * 2048);
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out, 8192)) {
                gz.write('[');
                for (int i = 0; i < pack.size(); i++) {
                    if (i > 0) gz.write(',');
                    gz.write(pack.get(i).json());
                }
                gz.write(']');
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            byte[] bytes = out.toByteArray();
            return new byte[][] {bytes, HashingOutput.sha256(bytes)};
        }
    }

    /**
     * Hands files on and hashes them as they pass: their paths and the SHA-256 of each. The hash is the
     * index's version: readers' browsers fetch shards with it, so a new build is never mixed with a cached
     * old one. A document brings its file's hash along, made once when it was read.
     */
    private static final class HashingOutput implements BiConsumer<String, byte[]> {
        private final BiConsumer<String, byte[]> out;
        private final MessageDigest digest;

        HashingOutput(BiConsumer<String, byte[]> out) {
            this.out = out;
            this.digest = newSha256();
        }

        static MessageDigest newSha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void accept(String path, byte[] bytes) {
            accept(path, bytes, sha256(bytes));
        }

        void accept(String path, byte[] bytes, byte[] bytesDigest) {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update(bytesDigest);
            out.accept(path, bytes);
        }

        static byte[] sha256(byte[] bytes) {
            return newSha256().digest(bytes);
        }

        /** A hash of every file handed on so far. */
        String version() {
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
