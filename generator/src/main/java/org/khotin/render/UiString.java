package org.khotin.render;

import java.util.Locale;

/**
 * The UI strings the generator itself shows (besides those templates ask for as {@code page.t.key}): a key
 * can only be one of these, and {@link I18n} checks that the theme's strings have every one before anything
 * renders, so a missing string is an error naming the file, never a failure in the middle of rendering.
 */
public enum UiString {
    ARCHIVE,
    ARCHIVE_DESCRIPTION,
    ARTICLE_ONE,
    ARTICLES_COUNT,
    AUTHOR_INTRO,
    AUTHORS,
    AUTHORS_DESCRIPTION,
    CATEGORIES,
    CATEGORIES_DESCRIPTION,
    CATEGORY_INTRO,
    CHART_LABEL,
    CHART_LABEL_YEARS,
    DATE_LONG,
    DATE_SHORT,
    HOME,
    HOME_HEADING,
    KEYWORD_INTRO,
    KEYWORDS,
    KEYWORDS_DESCRIPTION,
    LANGUAGE_NAME,
    MONTH_PATTERN,
    MOVED_TEXT,
    MOVED_TITLE,
    NEWS_BETWEEN,
    NEWS_OF_DAY,
    NOT_FOUND_TITLE,
    OLDER_NEWS,
    PAGE_N,
    RELATED_HEADING,
    SEARCH_DESCRIPTION,
    SERIES,
    SERIES_DESCRIPTION,
    SERIES_INTRO,
    SEARCH_HEADING,
    SHARE_EMAIL,
    YEAR_HEADING;

    private final String key = name().toLowerCase(Locale.ROOT);

    /** The key in the theme's {@code i18n/<lang>.yml}. */
    public String key() {
        return key;
    }
}
