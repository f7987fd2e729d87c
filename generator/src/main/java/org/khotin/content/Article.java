package org.khotin.content;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.khotin.config.Language;
import org.khotin.diag.SourcePos;

/**
 * One article as written: front matter plus Markdown body.
 *
 * @param id         stable identity, the URL path without slashes at the ends: {@code vi/2019/01/slug}
 * @param sourcePath the file, relative to the site root, as messages print it
 * @param body       the Markdown after the front matter
 * @param bodyLine   the line of the file on which the Markdown body starts
 * @param lead       the start of the text, plain, when the front matter has no summary (else empty)
 */
public record Article(String id, String sourcePath, FrontMatter meta, Body body, int bodyLine, String lead) {

    /** What a list and the page's description say of the article: its summary, or else the start of its text. */
    public String summaryOrLead() {
        return meta.summary().isEmpty() ? lead : meta.summary();
    }

    public Language lang() {
        return meta.lang();
    }

    public String slug() {
        return meta.slug();
    }

    /** Directory of the article page under the output root, ending in '/'. */
    public String urlPath() {
        return id + "/";
    }

    public ZonedDateTime localDate(ZoneId zone) {
        return meta.date().atZoneSameInstant(zone);
    }

    public SourcePos filePos() {
        return SourcePos.at(sourcePath, 1, 1);
    }

    /**
     * Removes from a map by article id the entries of articles not among these. It looks at every entry only
     * when one must go: a cache that an edit updates in place usually has none.
     */
    public static void keepOnlyThese(Map<String, ?> byId, List<Article> articles) {
        if (articles.stream().filter(a -> byId.containsKey(a.id())).count() == byId.size()) return;
        Set<String> kept = new HashSet<>();
        for (Article a : articles) kept.add(a.id());
        byId.keySet().retainAll(kept);
    }

    /** The id an article with this front matter gets: language, year and month of its local date, slug. */
    public static String idFor(Language lang, ZonedDateTime localDate, String slug) {
        int year = localDate.getYear();
        int month = localDate.getMonthValue();
        if (year >= 1000 && year <= 9999) { // every real date: no formatter to parse for each article
            return lang.code() + "/" + year + (month < 10 ? "/0" : "/") + month + "/" + slug;
        }
        return String.format(Locale.ROOT, "%s/%04d/%02d/%s", lang.code(), year, month, slug);
    }
}
