package org.khotin.render;

import java.util.List;
import java.util.Map;

/**
 * The records templates see, and nothing else: every value is computed before rendering. Text fields are
 * plain text (templates escape them); only {@code bodyHtml} is HTML, sanitised by the Markdown stage.
 * A {@code lang} field is empty when the text is in the page's language, else the language code to mark it.
 */
public final class Views {
    private Views() {}

    public record Link(String href, String label, String lang) {}

    public record Alternate(String hreflang, String href) {}

    /** What every page has: head metadata, header, language switch, breadcrumbs. */
    public record Page(
            String lang,
            String documentTitle,
            String description,
            String canonical,
            String root,
            String siteTitle,
            String homeHref,
            String keywordsHref,
            List<Alternate> alternates,
            Link languageSwitch,
            boolean switchIsCounterpart,
            List<Link> breadcrumbs,
            String prevHref,
            String nextHref,
            Map<String, String> t) {
        public Page {
            alternates = List.copyOf(alternates);
            breadcrumbs = List.copyOf(breadcrumbs);
            t = Map.copyOf(t);
        }
    }

    public record Article(
            String kicker,
            String title,
            String dateIso,
            String dateText,
            String author,
            String authorOrg,
            String source,
            String category,
            String summary,
            String bodyHtml,
            List<Link> keywords,
            List<Link> translations) {
        public Article {
            keywords = List.copyOf(keywords);
            translations = List.copyOf(translations);
        }
    }

    /** One article in a list. */
    public record Teaser(String href, String title, String lang, String kicker, String dateIso, String dateText,
                         String summary) {}

    public record PageNumber(int number, String href, boolean current) {}

    public record Pagination(int current, int total, String prevHref, String nextHref, List<PageNumber> pages) {
        public Pagination {
            pages = List.copyOf(pages);
        }
    }

    public record ArticleList(String heading, String intro, List<Teaser> items, Pagination pagination) {
        public ArticleList {
            items = List.copyOf(items);
        }
    }

    public record KeywordEntry(String label, String href, int count, String lang) {}

    public record KeywordIndex(String heading, List<KeywordEntry> keywords) {
        public KeywordIndex {
            keywords = List.copyOf(keywords);
        }
    }

    public record LanguageChoice(String href, String label, String lang, String siteTitle) {}
}
