package org.khotin.ingest;

import java.util.List;
import java.util.Optional;
import org.khotin.config.Language;

/**
 * What the importer understood of one scraped page, before it becomes Markdown. Absent text fields are empty
 * strings. {@code titleDerived}, and a date that could not be read, mean an editor should check them.
 *
 * @param date         the publication date, printed on the page or read as {@code dateNote} says; empty when
 *                     it could not be read: the article is then a draft until an editor dates it
 * @param dateNote     how the date was found when the page did not print it ({@code --date}, the text), or why
 *                     a day the text names was not used; empty when the page printed it
 * @param dateEstimate a guess from the text, for the editor only; never the article's date
 * @param keywords     the page's own keyword list; empty when it had none
 */
public record ScrapedArticle(
        String title,
        boolean titleDerived,
        String kicker,
        Optional<DateParser.ParsedDate> date,
        String dateNote,
        Optional<DateEstimate> dateEstimate,
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

    /** The date as the page or the text gave it; empty when there is none. */
    public String dateRaw() {
        return date.map(DateParser.ParsedDate::raw).orElse("");
    }

    /** What an editor must check: the title when it was derived, the date when it could not be read. */
    public List<String> needsReview() {
        if (titleDerived && date.isEmpty()) return List.of("title", "date");
        if (titleDerived) return List.of("title");
        return date.isEmpty() ? List.of("date") : List.of();
    }

    public ScrapedArticle withKeywords(List<String> newKeywords) {
        return new ScrapedArticle(title, titleDerived, kicker, date, dateNote, dateEstimate, lang, category, summary,
                newKeywords, author, authorOrg, source, media, blocks);
    }

    public ScrapedArticle withBlocks(List<Block> newBlocks) {
        return new ScrapedArticle(title, titleDerived, kicker, date, dateNote, dateEstimate, lang, category, summary,
                keywords, author, authorOrg, source, media, newBlocks);
    }
}
