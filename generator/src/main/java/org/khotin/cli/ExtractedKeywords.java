package org.khotin.cli;

import java.util.List;
import org.khotin.config.Language;
import org.khotin.ingest.Block;
import org.khotin.ingest.KeywordSuggester;
import org.khotin.ingest.ScrapedArticle;
import org.khotin.ingest.SimpleKeywordSuggester;
import org.khotin.taxonomy.ArticleText;
import org.khotin.taxonomy.KeywordExtractor;

/**
 * The importer's keyword suggestions from the taxonomy's extractor (compounds, document references,
 * names, TF-IDF) for Vietnamese articles; English ones keep the importer's simpler suggester.
 */
final class ExtractedKeywords implements KeywordSuggester {
    private final KeywordExtractor extractor = new KeywordExtractor();
    private final KeywordSuggester english = new SimpleKeywordSuggester();

    @Override
    public List<String> suggest(ScrapedArticle article) {
        if (article.lang() != Language.VI) return english.suggest(article);
        return extractor.suggest(text(article), KeywordExtractor.DocumentFrequencies.NONE);
    }

    /** What the extractor reads of a scraped article: title, lead and paragraphs, without captions. */
    static ArticleText text(ScrapedArticle article) {
        List<String> paragraphs = article.blocks().stream()
                .filter(b -> !(b instanceof Block.Caption))
                .map(Block::text)
                .toList();
        // The lead is the first paragraph; pass it once, as the lead, so it is not counted twice.
        if (paragraphs.isEmpty()) return new ArticleText(article.title(), article.summary(), List.of());
        return new ArticleText(article.title(), paragraphs.get(0), paragraphs.subList(1, paragraphs.size()));
    }
}
