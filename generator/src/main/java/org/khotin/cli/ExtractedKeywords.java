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
import org.khotin.ingest.Result;
import org.khotin.ingest.ScrapedArticle;
import org.khotin.taxonomy.ArchiveKeywords;
import org.khotin.taxonomy.ArticleText;
import org.khotin.taxonomy.KeywordExtractor;

/**
 * The importer's keyword suggestions, from the taxonomy's extractor for both languages. {@link #forBatch} chooses the keywords of a whole import together ({@link
 * ArchiveKeywords}): the inputs are read (not converted) before the import, on the first suggestion asked for, and the
 * import converts those reads (see {@link Importer#withSuggester}).
 */
public final class ExtractedKeywords implements KeywordSuggester {
    private final KeywordExtractor extractor = new KeywordExtractor();
    private final KeywordExtractor english = new KeywordExtractor(Language.EN);
    private final Supplier<Map<ArticleText, List<String>>> batch;

    /** Each article on its own. */
    public ExtractedKeywords() {
        this.batch = Map::of;
    }

    private ExtractedKeywords(Supplier<Map<ArticleText, List<String>>> batch) {
        this.batch = batch;
    }

    /**
     * Keywords chosen over the Vietnamese articles among {@code inputs} that list none of their own, read as
     * {@code khotin import} reads them (an input that cannot be read is left to the import to report).
     */
    static ExtractedKeywords forBatch(Importer reader, List<Importer.Input> inputs, Optional<Path> archive) {
        return new ExtractedKeywords(memoized(() -> chooseTogether(reader, inputs, archive)));
    }

    /** The import of {@code inputs} with their keywords chosen together; {@code base} reads as the import should. */
    public static Importer batchImporter(Importer base, List<Importer.Input> inputs) {
        return batchImporter(base, inputs, Optional.empty());
    }

    /**
     * The same, into the content folder {@code archive}: the keywords its articles already carry count as shared,
     * as those of the other inputs do, so that a day's few articles join the archive's keyword pages.
     */
    public static Importer batchImporter(Importer base, List<Importer.Input> inputs, Optional<Path> archive) {
        Importer reader = base.withSuggester(article -> List.of());
        return reader.withSuggester(forBatch(reader, inputs, archive));
    }

    private static Map<ArticleText, List<String>> chooseTogether(Importer reader, List<Importer.Input> inputs, Optional<Path> archive) {
        Set<String> inputHashes = ConcurrentHashMap.newKeySet();
        // an export's rows are suggested one by one: most carry the site's own keywords
        List<ArticleText> texts = Importer.expand(inputs).stream()
                .filter(input -> input.path().getFileName() == null || !ExportRows.isExport(input.path().getFileName().toString()))
                .toList().parallelStream().map(input -> {
            try {
                String name = input.path().getFileName() == null ? input.display() : input.path().getFileName().toString();
                byte[] bytes = Files.readAllBytes(input.path());
                inputHashes.add(Importer.sha256(bytes));
                Result<ScrapedArticle> read = reader.read(bytes, name);
                if (read instanceof Result.Ok<ScrapedArticle> ok && ok.value().lang() == Language.VI && ok.value().keywords().isEmpty()) {
                    return Optional.of(text(ok.value()));
                }
            } catch (IOException | RuntimeException e) {
                // the import reports the input; here it only has no say in the others' keywords
            }
            return Optional.<ArticleText>empty();
        }).flatMap(Optional::stream).toList();
        // an article imported before from one of these inputs is about to be replaced: it is no other article
        Map<String, Integer> archiveUses = archive.map(dir -> ArchiveKeywordUses.of(dir, inputHashes)).orElse(Map.of());
        List<List<String>> chosen = new ArchiveKeywords(new KeywordExtractor()).suggest(texts, archiveUses);
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
        List<String> chosen = batch.get().get(text);
        return chosen != null ? chosen : extractor.suggest(text, KeywordExtractor.DocumentFrequencies.NONE);
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
