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
 *   <li>{@code manifest.json}: the number of documents, the first key of every shard, and from how many words on a
 *   query lists articles that hold its words apart ({@code apartFrom});</li>
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
            ShardEntries entries;
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
                entries = new ShardEntries(false);
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
            Json.strings(manifest, pairStarts);
            // from how many words on a query lists articles with its words apart: two English words are two words,
            // two Vietnamese syllables mostly one word
            manifest.append(",\"apartFrom\":").append(lang == Language.EN ? 2 : SearchQuery.MIN_APART_WORDS).append('}');
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
    private record Postings(ShardEntries entries, PostingLists words, PairTable pairs, PostingLists pairPostings) {}

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
            Postings made = new Postings(new ShardEntries(true), new PostingLists(), new PairTable(), new PostingLists());
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
            ShardEntries entries = new ShardEntries(true);
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
    record Variant(String folded, String exact, int id) {}

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
    record Terms(long[] keys, int[] weights) {}

    /** One article as search sees it: its words and adjacent pairs, and what a result shows (its file's bytes). */
    /** @param digest the SHA-256 of {@code json}, made with it (in parallel, and once for a kept document) */
    record Document(Terms words, Terms pairs, byte[] json, byte[] digest) {}

    private static Document document(Article a, Language lang, List<Keyword> kws, ZoneId zone,
                                     BiFunction<Language, ZonedDateTime, String> dateText, Vocabulary vocabulary) {
        ArticleText text = ArticleText.fromMarkdown(a.meta().title(), a.meta().summary(), a.body().text());
        TermOccurrences words = new TermOccurrences();
        TermOccurrences pairs = new TermOccurrences();
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

    private static void addTerms(String text, PostingCodec.Part part, Vocabulary vocabulary, TermOccurrences words,
                                 TermOccurrences pairs) {
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

    static int firstWord(long pair) {
        return (int) (pair >>> PAIR_SHIFT);
    }

    static int secondWord(long pair) {
        return (int) (pair & PAIR_MASK);
    }

    private static List<String> wordShards(VocabularyOrder order, PostingLists words, ShardEntries entries, Shards shards) {
        Variant[] sorted = order.sorted;
        for (int from = 0, to; from < sorted.length; from = to) {
            to = order.foldedRunEnd(from);
            String key = sorted[from].folded();
            byte[] json;
            if (entries.makesWord(key)) {
                boolean any = false;
                for (int i = from; i < to && !any; i++) any = !words.isEmpty(sorted[i].id());
                if (!any) continue;
                ShardEntry entry = new ShardEntry(key);
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
                                           LongPredicate include, ShardEntries entries, Shards shards) {
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
                ShardEntry entry = new ShardEntry(key);
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

    /** The result file that holds document {@code n} of a language's index, relative to the index's folder. */
    public static String documentFile(int n) {
        return DocumentPacks.path(n);
    }

    /**
     * Hands files on and hashes them as they pass: their paths and the SHA-256 of each. The hash is the
     * index's version: readers' browsers fetch shards with it, so a new build is never mixed with a cached
     * old one. A document brings its file's hash along, made once when it was read.
     */
    static final class HashingOutput implements BiConsumer<String, byte[]> {
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

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
