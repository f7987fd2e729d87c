package org.khotin.content;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.khotin.config.Language;
import org.khotin.config.YamlWriter;
import org.khotin.text.Slugs;
import org.khotin.text.Unicode;

/** The text of a new article file, and the one-line edit that gives an existing article a translation key. */
public final class ArticleScaffold {
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private ArticleScaffold() {}

    /** Where a new article goes under the content folder: {@code vi/2026/11/slug.md}. */
    public static String path(Language lang, OffsetDateTime date, String slug, ZoneId zone) {
        return Article.idFor(lang, date.atZoneSameInstant(zone), slug) + ".md";
    }

    /**
     * @param dayOnly    the date is a day without a time (a translation of an article dated so), written as the day
     * @param series     the series it is a part of, or empty
     * @param seriesPart its number in the series, 0 for none
     */
    public static String text(String title, OffsetDateTime date, boolean dayOnly, Language lang, List<String> keywords, String category,
                              String series, int seriesPart, String translationKey) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(quote(title)).append('\n');
        out.append("date: ").append(dayOnly ? date.toLocalDate().toString() : ISO_SECONDS.format(date)).append('\n');
        out.append("lang: ").append(lang.code()).append('\n');
        out.append("summary: \"\"\n");
        out.append("keywords: [").append(keywords.stream().map(ArticleScaffold::quote).collect(Collectors.joining(", ")))
                .append("]\n");
        out.append("category: ").append(quote(category)).append('\n');
        if (!series.isEmpty()) out.append("series: ").append(quote(series)).append('\n');
        if (seriesPart > 0) out.append("series_part: ").append(seriesPart).append('\n');
        out.append("author: \"\"\n");
        if (!translationKey.isEmpty()) out.append("translation_key: ").append(quote(translationKey)).append('\n');
        out.append("draft: true\n");
        out.append("---\n");
        return out.toString();
    }

    /** A key for a story that has none yet: the slug of the article it starts from. */
    public static String newTranslationKey(Article source) {
        return source.slug().isEmpty() ? Slugs.slug(source.meta().title()) : source.slug();
    }

    /**
     * The same file with {@code translation_key} added as the last front matter line; everything else
     * byte for byte as it was (line ends included).
     */
    public static String withTranslationKey(String original, String key) {
        String nl = original.contains("\r\n") ? "\r\n" : "\n";
        int start = original.indexOf('\n');
        int close = start < 0 ? -1 : indexOfClosingLine(original, start + 1);
        if (close < 0) throw new IllegalArgumentException("no front matter");
        return original.substring(0, close) + "translation_key: " + quote(key) + nl + original.substring(close);
    }

    private static int indexOfClosingLine(String text, int from) {
        int pos = from;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            String line = (end < 0 ? text.substring(pos) : text.substring(pos, end)).stripTrailing();
            if (line.equals("---") || line.equals("...")) return pos;
            if (end < 0) return -1;
            pos = end + 1;
        }
        return -1;
    }

    /** A YAML double-quoted scalar of the NFC text. */
    static String quote(String s) {
        return YamlWriter.quoted(Unicode.nfc(s));
    }
}
