package org.khotin.taxonomy;

import java.util.List;

/**
 * Keywords for every article of an archive, chosen together: what {@code khotin import} assigns to a batch
 * of scraped articles and what {@code khotin keywords bench --corpus} measures.
 */
public final class ArchiveKeywords {
    private final KeywordExtractor extractor;

    public ArchiveKeywords(KeywordExtractor extractor) {
        this.extractor = extractor;
    }

    /** The keywords of each article, in the order given. */
    public List<List<String>> suggest(List<ArticleText> articles) {
        KeywordExtractor.DocumentFrequencies df = KeywordExtractor.DocumentFrequencies.of(
                articles.stream().map(extractor::candidateKeys).toList());
        return articles.stream().map(a -> extractor.suggest(a, df)).toList();
    }
}
