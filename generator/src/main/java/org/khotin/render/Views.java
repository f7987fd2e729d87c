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

    /**
     * What every page has: head metadata, header, language switch, breadcrumbs.
     *
     * @param title         the page's own title, as a shared link's card shows it beside the site's name
     * @param documentTitle the title with the site's name, for the browser's tab and search results
     */
    public record Page(
            String lang,
            String title,
            String documentTitle,
            String description,
            String canonical,
            String root,
            String siteTitle,
            String homeHref,
            String keywordsHref,
            String archiveHref,
            String categoriesHref,
            String searchHref,
            List<Alternate> alternates,
            Link languageSwitch,
            boolean switchIsCounterpart,
            List<Link> breadcrumbs,
            String prevHref,
            String nextHref,
            Meta meta,
            Map<String, String> t) {
        public Page {
            alternates = List.copyOf(alternates);
            breadcrumbs = List.copyOf(breadcrumbs);
            t = Map.copyOf(t);
        }
    }

    /**
     * Metadata for search engines, social networks and feed readers.
     *
     * @param jsonLd    structured data (BreadcrumbList, NewsArticle), already JSON with '<' escaped
     * @param lastmod   when the page's content last changed (ISO 8601), for the sitemap
     * @param indexable whether the page belongs in the sitemap
     * @param images    the page's image for social networks (an article's first photo), or none
     */
    public record Meta(String ogType, String ogLocale, String ogLocaleAlternate, String feedHref, String feedTitle,
                       String jsonLd, String lastmod, boolean indexable, List<Image> images) {}

    /**
     * The summary as a Vietnamese paper sets it, in bold between headline and body: the lead paragraph itself when
     * it says the same ({@code leadIsSapo}), else the summary above the body ({@code text}); neither without one.
     */
    public record Sapo(String text, boolean leadIsSapo) {}

    /** An image by its absolute address, with its pixels. */
    public record Image(String url, int width, int height) {}

    /**
     * @param updatedText  when the story was last changed in substance ({@code updated}), shown when it is later than
     *                     its publication; empty otherwise
     * @param categoryHref the page of the section the story is filed under ({@code category}), when it has one
     * @param author       the byline as written; {@code byline} is the same with each writer's page
     */
    public record Article(
            String kicker,
            String title,
            String dateIso,
            String dateText,
            String updatedIso,
            String updatedText,
            String author,
            Byline byline,
            String authorOrg,
            String source,
            String category,
            String categoryHref,
            String summary,
            Sapo sapo,
            String bodyHtml,
            List<Link> keywords,
            List<Link> translations,
            Share share,
            Related related,
            SeriesBox series) {
        public Article {
            keywords = List.copyOf(keywords);
            translations = List.copyOf(translations);
        }
    }

    /**
     * Plain share links (no third-party scripts) and the URL the copy-link button copies.
     *
     * @param links the networks' share pages
     * @param email a new mail with the title and address
     */
    public record Share(String url, List<Link> links, Link email) {
        public Share {
            links = List.copyOf(links);
        }
    }

    /** One article in a list. */
    public record Teaser(String href, String title, String lang, String kicker, String dateIso, String dateText,
                         String summary) {
        /** The headline and its day alone: a list's later pages, which a reader scans rather than reads. */
        Teaser headlineOnly() {
            return new Teaser(href, title, lang, kicker, dateIso, dateText, "");
        }
    }

    /** A link in the page-number bar; {@code gapBefore} when numbers were left out before it (shown as …). */
    public record PageNumber(int number, String href, boolean current, boolean gapBefore) {}

    public record Pagination(int current, int total, String prevHref, String nextHref, List<PageNumber> pages) {
        public Pagination {
            pages = List.copyOf(pages);
        }
    }

    /** @param headingLang empty, or the language of a heading that is not in the page's language */
    /**
     * @param count      how many articles the whole list has ("1.241 bài viết"), empty on the front page
     * @param years      the years the list spans, each linked to the page where it starts (none linked: this page)
     * @param neighbours the lists before and after this one in time: a month's months, a year's years
     * @param lead       a front page's lead story (one), else none
     * @param sections   a front page's sections, else none
     */
    public record ArticleList(String heading, String headingLang, String intro, String count, List<Link> years,
                              List<Neighbour> neighbours, List<Teaser> lead, List<Section> sections,
                              List<Teaser> items, Pagination pagination, String feedHref) {
        public ArticleList {
            years = List.copyOf(years);
            neighbours = List.copyOf(neighbours);
            lead = List.copyOf(lead);
            sections = List.copyOf(sections);
            items = List.copyOf(items);
        }
    }

    /** A list next to this one in time: {@code rel} is "prev" (older) or "next" (newer). */
    public record Neighbour(String href, String label, String rel) {}

    /** A section of the front page: its name, its page and its newest stories. */
    public record Section(String heading, String href, List<Teaser> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** @param popular whether the keyword is among the most used tenth, which the index makes stand out */
    public record KeywordEntry(String label, String href, int count, String counted, String lang, boolean popular) {}

    /** Keywords under one letter heading; {@code anchor} is the heading's id, e.g. {@code letter-dd} for Đ. */
    /**
     * @param href  the letter's own page when the index is split by letter (it then shows only the letter's most used
     *              keywords here), else empty
     * @param total how many keywords the letter has
     */
    public record LetterGroup(String letter, String anchor, List<KeywordEntry> keywords, String href, int total) {
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

    /**
     * The search page. Results are drawn by {@code search.js} from the index; the page itself carries the form
     * and what readers without JavaScript can use instead.
     *
     * @param indexHref the folder of this language's index files
     */
    /**
     * @param otherHref the other language's search page (its articles are not in this page's index)
     * @param otherLang that language's code
     */
    public record Search(String heading, String indexHref, String scriptHref, String otherHref, String otherLang) {}

    /** Articles related to the one on the page. */
    public record Related(String heading, List<Teaser> items) {
        public Related {
            items = List.copyOf(items);
        }
    }

    /** An Atom feed; every URL absolute, dates RFC 3339. */
    public record LanguageChoice(String href, String label, String lang, String siteTitle) {}

    /** One month's bar in the archive chart; coordinates are in the SVG's user units. */
    public record Bar(int x, int y, int width, int height, String href, String label, int count) {}

    public record Tick(int x, String label) {}

    /** A line across the chart at a count, labelled on the axis. */
    public record Gridline(int y, String label) {}

    /**
     * @param plotLeft  where the bars start, right of the count axis
     * @param textSize  the labels' size in the drawing's units
     * @param axisLabel what the bars count ("bài viết")
     */
    public record Chart(int width, int height, int plotLeft, int textSize, String label, String axisLabel, List<Bar> bars,
                        List<Tick> ticks, List<Gridline> grid) {
        public Chart {
            bars = List.copyOf(bars);
            ticks = List.copyOf(ticks);
            grid = List.copyOf(grid);
        }
    }

    /** @param counted the count as a reader says it ("12 articles"), where the page says it so */
    public record Count(String label, String href, int count, String counted) {}

    public record YearSummary(String label, String href, int count, String counted, List<Count> months) {
        public YearSummary {
            months = List.copyOf(months);
        }
    }

    /** @param yearChart one bar per year, shown where the months' bars would be too thin (a phone) */
    public record Archive(String heading, Chart chart, Chart yearChart, List<YearSummary> years) {
        public Archive {
            years = List.copyOf(years);
        }
    }

    /**
     * The writers a byline names, each linked to their page when they have one ({@code href} empty for a role
     * written in place of a name, such as {@code PV}), with what the byline puts between them.
     */
    public record Byline(List<Link> writers, List<String> separators) {
        public static final Byline NONE = new Byline(List.of(), List.of());

        public Byline {
            writers = List.copyOf(writers);
            separators = List.copyOf(separators);
        }
    }

    public record AuthorIndex(String heading, List<Count> authors) {
        public AuthorIndex {
            authors = List.copyOf(authors);
        }
    }

    /**
     * The series (loạt bài) an article is a part of: its page, and every part published, in reading order.
     *
     * @param parts empty when the article belongs to no series
     */
    public record SeriesBox(String name, String href, List<SeriesPart> parts) {
        public static final SeriesBox NONE = new SeriesBox("", "", List.of());

        public SeriesBox {
            parts = List.copyOf(parts);
        }
    }

    /** A part of a series: its number in reading order (its {@code series_part}, else its place) and whether it is this page. */
    public record SeriesPart(String href, String title, int number, boolean current) {}

    public record SeriesIndex(String heading, List<Count> series) {
        public SeriesIndex {
            series = List.copyOf(series);
        }
    }

    public record CategoryIndex(String heading, List<Count> categories) {
        public CategoryIndex {
            categories = List.copyOf(categories);
        }
    }

    /** An Atom feed; every URL is absolute and every id stable (the canonical URL). */
    public record Feed(String id, String lang, String title, String subtitle, String selfUrl, String pageUrl,
                       String updated, String generator, List<FeedEntry> entries) {
        public Feed {
            entries = List.copyOf(entries);
        }
    }

    /**
     * @param author  the byline as written
     * @param authors its writers, each an Atom author; the byline whole when it names none (an office, {@code PV})
     */
    public record FeedEntry(String id, String lang, String title, String url, String published, String updated,
                            String author, List<String> authors, String summary, String contentHtml, List<String> categories) {
        public FeedEntry {
            authors = List.copyOf(authors);
            categories = List.copyOf(categories);
        }
    }

    /** A page at an old address: where it sends the reader, relative ({@code target}) and absolute ({@code canonical}). */
    public record Redirect(String lang, String heading, String text, String title, String titleLang, String target,
                           String canonical) {}

    public record SitemapUrl(String loc, String lastmod, List<Alternate> alternates) {
        public SitemapUrl {
            alternates = List.copyOf(alternates);
        }
    }

    public record SitemapFile(String loc, String lastmod) {}
}
