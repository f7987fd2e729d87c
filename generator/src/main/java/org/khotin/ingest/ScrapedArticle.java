package org.khotin.ingest;

import java.time.OffsetDateTime;
import java.util.List;
import org.khotin.config.Language;

/**
 * What the importer understood of one scraped page, before it becomes Markdown. Absent text fields are empty
 * strings. {@code titleDerived} and {@code dateEstimated} mean an editor should check them.
 *
 * @param dateRaw the date as the page printed it; empty when the date was estimated
 * @param keywords the page's own keyword list; empty when it had none
 */
public record ScrapedArticle(
        String title,
        boolean titleDerived,
        String kicker,
        OffsetDateTime date,
        String dateRaw,
        boolean dateEstimated,
        String dateEstimateReason,
        Language lang,
        String category,
        String summary,
        List<String> keywords,
        String author,
        String authorOrg,
        String source,
        List<String> media,
        List<Block> blocks) {

    public ScrapedArticle {
        keywords = List.copyOf(keywords);
        media = List.copyOf(media);
        blocks = List.copyOf(blocks);
    }

    public ScrapedArticle withKeywords(List<String> newKeywords) {
        return new ScrapedArticle(title, titleDerived, kicker, date, dateRaw, dateEstimated, dateEstimateReason, lang,
                category, summary, newKeywords, author, authorOrg, source, media, blocks);
    }
}
