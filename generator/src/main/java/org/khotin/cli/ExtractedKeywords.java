package org.khotin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.khotin.config.Language;
import org.khotin.ingest.Block;
import org.khotin.ingest.ExportRows;
import org.khotin.ingest.Importer;
import org.khotin.ingest.KeywordSuggester;
import org.khotin.ingest.KeywordSuggester.Tagged;
import org.khotin.ingest.Result;
import org.khotin.ingest.ScrapedArticle;
import org.khotin.taxonomy.ArchiveKeywords;
import org.khotin.taxonomy.ArticleText;
import org.khotin.taxonomy.KeywordExtractor;

/**
 * The importer's keyword suggestions, from the taxonomy's extractor for both languages. {@link #batchImporter} chooses the keywords of a whole import together ({@link
 * ArchiveKeywords}): the inputs are read (not converted) before the import, on the first suggestion asked for, and the
 * import converts those reads (see {@link Importer#withSuggester}).
 */
public final class ExtractedKeywords implements KeywordSuggester {
    private final KeywordExtractor extractor = new KeywordExtractor();
    private final KeywordExtractor english = new KeywordExtractor(Language.EN);
    /** The import whose keywords are chosen together, if any. */
    private final Optional<Batch> batch;
    private final Supplier<Map<ArticleText, List<String>>> chosen;

    /** The inputs of an import, and the importer that reads them as the import does. */
    private record Batch(Importer reader, List<Importer.Input> inputs) {}

    /** Each article on its own. */
    public ExtractedKeywords() {
        this(Optional.empty(), List.of(), Optional.empty());
    }

    private ExtractedKeywords(Optional<Batch> batch, List<Tagged> archive, Optional<Path> contentDir) {
        this.batch = batch;
        this.chosen = batch.isEmpty() ? Map::of : memoized(() -> chooseTogether(batch.get(), archive, contentDir));
    }

    /**
     * The import of {@code inputs} with their keywords chosen together over the Vietnamese ones that list none of
     * their own, and beside the keywords of the content folder it imports into; {@code base} reads as the import
     * should.
     */
    public static Importer batchImporter(Importer base, List<Importer.Input> inputs) {
        Importer reader = base.withSuggester(article -> List.of());
        return reader.withSuggester(new ExtractedKeywords(Optional.of(new Batch(reader, inputs)), List.of(), Optional.empty()));
    }

    /** The keywords the content folder's articles and glossary carry count as shared, as the other inputs' do. */
    @Override
    public KeywordSuggester into(Path contentDir, List<Tagged> archive) {
        return batch.isEmpty() ? this : new ExtractedKeywords(batch, archive, Optional.of(contentDir));
    }

    private static Map<ArticleText, List<String>> chooseTogether(Batch batch, List<Tagged> archive, Optional<Path> contentDir) {
        Set<String> inputHashes = ConcurrentHashMap.newKeySet();
        // an export's rows are suggested one by one: most carry the site's own keywords
        List<ArticleText> texts = Importer.expand(batch.inputs()).stream()
                .filter(input -> input.path().getFileName() == null || !ExportRows.isExport(input.path().getFileName().toString()))
                .toList().parallelStream().map(input -> {
            try {
                String name = input.path().getFileName() == null ? input.display() : input.path().getFileName().toString();
                byte[] bytes = Files.readAllBytes(input.path());
                inputHashes.add(Importer.sha256(bytes));
                Result<ScrapedArticle> read = batch.reader().read(bytes, name);
                if (read instanceof Result.Ok<ScrapedArticle> ok && ok.value().lang() == Language.VI && ok.value().keywords().isEmpty()) {
                    return Optional.of(text(ok.value()));
                }
            } catch (IOException | RuntimeException e) {
                // the import reports the input; here it only has no say in the others' keywords
            }
            return Optional.<ArticleText>empty();
        }).flatMap(Optional::stream).toList();
        // an article imported before from one of these inputs is about to be replaced: it is no other article
        Set<String> carried = contentDir.map(dir -> CarriedKeywords.of(archive, inputHashes, dir)).orElse(Set.of());
        List<List<String>> chosen = new ArchiveKeywords(new KeywordExtractor()).suggest(texts, carried);
        Map<ArticleText, List<String>> out = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) out.putIfAbsent(texts.get(i), chosen.get(i));
        return out;
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        List<T> value = new ArrayList<>(1);
        return () -> {
            synchronized (value) {
                if (value.isEmpty()) value.add(supplier.get());
                return value.get(0);
            }
        };
    }

    @Override
    public List<String> suggest(ScrapedArticle article) {
        if (article.lang() != Language.VI) return english.suggest(text(article), KeywordExtractor.DocumentFrequencies.NONE);
        ArticleText text = text(article);
        List<String> together = chosen.get().get(text);
        return together != null ? together : extractor.suggest(text, KeywordExtractor.DocumentFrequencies.NONE);
    }

    /**
     * What the extractor reads of a scraped article: title, lead and paragraphs, without captions (they repeat
     * names) unless they hold most of the text (a story told in photos).
     */
    static ArticleText text(ScrapedArticle article) {
        int captions = article.blocks().stream().filter(b -> b instanceof Block.Caption || b instanceof Block.Photo).mapToInt(b -> b.text().length()).sum();
        int rest = article.blocks().stream().filter(b -> !(b instanceof Block.Caption || b instanceof Block.Photo)).mapToInt(b -> b.text().length()).sum();
        List<String> paragraphs = article.blocks().stream()
                .filter(b -> !(b instanceof Block.Caption || b instanceof Block.Photo) || captions > rest)
                .map(Block::text)
                .toList();
        // The lead is the first paragraph; pass it once, as the lead, so it is not counted twice.
        if (paragraphs.isEmpty()) return new ArticleText(article.title(), article.summary(), List.of());
        return new ArticleText(article.title(), paragraphs.get(0), paragraphs.subList(1, paragraphs.size()));
    }
}
