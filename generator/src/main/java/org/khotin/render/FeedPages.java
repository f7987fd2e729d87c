package org.khotin.render;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khotin.config.Language;
import org.khotin.content.Article;
import org.khotin.text.BylineWords;

/** Atom feeds: per language, and per list (category, keyword) that asks for one. */
final class FeedPages {
    /** Feed readers want recent items, not the archive. */
    static final int ENTRIES = 20;

    /** Atom dates are RFC 3339: seconds always written. */
    static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private final SiteModel site;

    FeedPages(SiteModel site) {
        this.site = site;
    }

    /**
     * Whether a feed carries the articles' full text: the site's main feeds do, for readers who read in their feed
     * reader; a keyword's or a category's feed announces with title and summary, and its reader follows the link.
     * Full text in every list's feed would repeat each article in dozens of feeds.
     */
    enum Content {
        FULL, SUMMARY
    }

    /**
     * @param listLocation the page the feed belongs to; the feed is {@code feed.xml} in its folder
     */
    RenderJob feed(Language lang, String listLocation, String title, List<Article> articles, Content content) {
        String location = UrlScheme.feed(listLocation);
        List<Views.FeedEntry> entries = entries(articles).stream().map(a -> entry(lang, a, content)).toList();
        Views.Feed feed = new Views.Feed(site.config().absolute(location), lang.code(), title,
                site.config().language(lang).description(), site.config().absolute(location),
                site.config().absolute(listLocation), RFC3339.format(site.lastChange(articles)), "khotin", entries);
        return new RenderJob(location, "atom.ftlx", Map.of("feed", feed));
    }

    /** The feed of a list, as a page that shows its entries. */
    PlannedPage plan(Language lang, String listLocation, String title, List<Article> articles, Content content) {
        return PlannedPage.showingArticles(() -> entries(articles),
                () -> feed(lang, listLocation, title, articles, content));
    }

    /** The articles of a list that its feed shows. */
    static List<Article> entries(List<Article> list) {
        return list.subList(0, Math.min(ENTRIES, list.size()));
    }

    private Views.FeedEntry entry(Language feedLang, Article a, Content content) {
        String url = site.config().absolute(UrlScheme.article(a));
        String html = content == Content.FULL ? site.bodyHtml().apply(a).html() : "";
        return new Views.FeedEntry(url, a.lang() == feedLang ? "" : a.lang().code(), a.meta().title(), url,
                RFC3339.format(a.meta().date()), RFC3339.format(site.changed(a)), a.meta().author(), authors(a.meta().author()),
                a.summaryOrLead(), html, a.meta().keywords());
    }

    private static List<String> authors(String byline) {
        if (byline.isBlank()) return List.of();
        List<String> writers = AuthorPages.byline(byline).names().stream().filter(BylineWords::writer).toList();
        return writers.isEmpty() ? List.of(byline.strip()) : writers;
    }
}
