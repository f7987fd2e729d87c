package org.khotin.render;

import java.util.Locale;
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

    /** A letter's page of a large keyword index: {@code vi/tu-khoa/chu-cai/aw/}. */
    public static String keywordLetter(Language lang, String anchor) {
        return keywordIndex(lang) + (lang == Language.VI ? "chu-cai" : "letter") + "/" + anchor + "/";
    }

    public static String keyword(Language lang, String slug, int page) {
        return keywordIndex(lang) + slug + "/" + pageSuffix(page);
    }

    public static String keywordSegment(Language lang) {
        return lang == Language.VI ? "tu-khoa" : "keywords";
    }

    /** The Atom feed of the folder a list lives in: {@code vi/feed.xml}, {@code vi/tu-khoa/dang/feed.xml}. */
    public static String feed(String listLocation) {
        return listLocation + "feed.xml";
    }

    public static String archive(Language lang) {
        return lang.code() + "/" + (lang == Language.VI ? "luu-tru" : "archive") + "/";
    }

    public static String year(Language lang, int year, int page) {
        return String.format(Locale.ROOT, "%s/%04d/%s", lang.code(), year, pageSuffix(page));
    }

    public static String month(Language lang, int year, int month, int page) {
        return String.format(Locale.ROOT, "%s/%04d/%02d/%s", lang.code(), year, month, pageSuffix(page));
    }

    /** The search page; its index files are under {@link org.khotin.search.SearchIndex#folder}. */
    public static String search(Language lang) {
        return lang.code() + "/" + (lang == Language.VI ? "tim-kiem" : "search") + "/";
    }

    public static String categoryIndex(Language lang) {
        return lang.code() + "/" + (lang == Language.VI ? "chuyen-muc" : "categories") + "/";
    }

    public static String category(Language lang, String slug, int page) {
        return categoryIndex(lang) + slug + "/" + pageSuffix(page);
    }

    public static String authorIndex(Language lang) {
        return lang.code() + "/" + (lang == Language.VI ? "tac-gia" : "authors") + "/";
    }

    public static String author(Language lang, String slug, int page) {
        return authorIndex(lang) + slug + "/" + pageSuffix(page);
    }

    public static String seriesIndex(Language lang) {
        return lang.code() + "/" + (lang == Language.VI ? "loat-bai" : "series") + "/";
    }

    public static String series(Language lang, String slug, int page) {
        return seriesIndex(lang) + slug + "/" + pageSuffix(page);
    }

    private static String pageSuffix(int page) {
        return page <= 1 ? "" : "page/" + page + "/";
    }

    /** The file that serves a location: folders get their index.html. */
    public static String file(String location) {
        return location.endsWith("/") ? location + "index.html" : location;
    }
}
