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
            String feedHref,
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
            List<Link> translations,
            Related related) {
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

    /** @param headingLang empty, or the language of a heading that is not in the page's language */
    public record ArticleList(String heading, String headingLang, String intro, List<Teaser> items,
                              Pagination pagination, String feedHref) {
        public ArticleList {
            items = List.copyOf(items);
        }
    }

    /** @param popular whether the keyword is among the most used tenth, which the index makes stand out */
    public record KeywordEntry(String label, String href, int count, String lang, boolean popular) {}

    /** Keywords under one letter heading; {@code anchor} is the heading's id, e.g. {@code letter-dd} for Đ. */
    public record LetterGroup(String letter, String anchor, List<KeywordEntry> keywords) {
        public LetterGroup {
            keywords = List.copyOf(keywords);
        }
    }

    public record KeywordIndex(String heading, List<LetterGroup> groups, List<KeywordEntry> mostUsed, int total) {
        public KeywordIndex {
            groups = List.copyOf(groups);
            mostUsed = List.copyOf(mostUsed);
        }
    }

    /** Articles related to the one on the page. */
    public record Related(String heading, List<Teaser> items) {
        public Related {
            items = List.copyOf(items);
        }
    }

    /** An Atom feed; every URL absolute, dates RFC 3339. */
    public record Feed(String lang, String title, String subtitle, String id, String selfHref, String pageHref,
                       String updated, String author, List<FeedEntry> entries) {
        public Feed {
            entries = List.copyOf(entries);
        }
    }

    public record FeedEntry(String title, String href, String id, String published, String updated, String summary,
                            String lang) {}

    public record LanguageChoice(String href, String label, String lang, String siteTitle) {}
}
