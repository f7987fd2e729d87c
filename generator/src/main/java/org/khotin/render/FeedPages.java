package org.khotin.render;

import java.util.List;
import java.util.Map;
import org.khotin.config.Language;
import org.khotin.content.Article;

/** Atom feeds: per language, and per list (category, keyword) that asks for one. */
final class FeedPages {
    /** Feed readers want recent items, not the archive. */
    static final int ENTRIES = 20;

    private final SiteModel site;

    FeedPages(SiteModel site) {
        this.site = site;
    }

    /**
     * @param listLocation the page the feed belongs to; the feed is {@code feed.xml} in its folder
     */
    RenderJob feed(Language lang, String listLocation, String title, List<Article> articles) {
        String base = site.config().baseUrl();
        String location = UrlScheme.feed(listLocation);
        List<Views.FeedEntry> entries = articles.stream().limit(ENTRIES).map(a -> entry(lang, a)).toList();
        Views.Feed feed = new Views.Feed(base + location, lang.code(), title, site.config().language(lang).description(),
                base + location, base + listLocation, site.lastChange(articles).toString(), "khotin", entries);
        return new RenderJob(location, "atom.ftlx", Map.of("feed", feed));
    }

    private Views.FeedEntry entry(Language feedLang, Article a) {
        String url = site.config().baseUrl() + UrlScheme.article(a);
        return new Views.FeedEntry(url, a.lang() == feedLang ? "" : a.lang().code(), a.meta().title(), url,
                a.meta().date().toString(), site.changed(a).toString(), a.meta().author(), a.meta().summary(),
                site.bodies().get(a.id()).html(), a.meta().keywords());
    }
}
