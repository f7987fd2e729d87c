package org.khotin.render;

import org.khotin.config.Language;
import org.khotin.content.Article;

/**
 * Where each page lives in the output (docs/urls.md). Page locations are folders ending in '/', holding an
 * index.html; everything else is a file path. All are relative to the site root.
 */
public final class UrlScheme {
    private UrlScheme() {}

    public static String home(Language lang, int page) {
        return lang.code() + "/" + pageSuffix(page);
    }

    public static String article(Article article) {
        return article.urlPath();
    }

    public static String keywordIndex(Language lang) {
        return lang.code() + "/" + keywordSegment(lang) + "/";
    }

    public static String keyword(Language lang, String slug, int page) {
        return keywordIndex(lang) + slug + "/" + pageSuffix(page);
    }

    /** The Atom feed of a keyword's articles, next to its first page. */
    public static String keywordFeed(Language lang, String slug) {
        return keywordIndex(lang) + slug + "/feed.xml";
    }

    public static String keywordSegment(Language lang) {
        return lang == Language.VI ? "tu-khoa" : "keywords";
    }

    private static String pageSuffix(int page) {
        return page <= 1 ? "" : "page/" + page + "/";
    }

    /** The file that serves a location: folders get their index.html. */
    public static String file(String location) {
        return location.endsWith("/") ? location + "index.html" : location;
    }
}
