package org.khotin.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.config.Fields;
import org.khotin.config.Language;
import org.khotin.config.YamlNode;
import org.khotin.config.YamlReader;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.khotin.text.Slugs;

/** Splits a Markdown file into front matter and body and validates the front matter field by field. */
public final class FrontMatterParser {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4,}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The years an article's date may fall in: four digits, as in its URL. */
    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 9999;

    private final YamlReader yaml = new YamlReader();
    private final ZoneId zone;

    public ZoneId zone() {
        return zone;
    }

    public FrontMatterParser(ZoneId zone) {
        this.zone = zone;
    }

    /** The result of splitting: the YAML text and where the body starts. */
    public record Split(String yaml, String body, int bodyLine) {}

    public Optional<Split> split(String text, String path, Problems problems) {
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            problems.error(SourcePos.at(path, 1, 1), "missing front matter",
                    "start the file with a line '---', the fields (title:, date:), and another '---' line");
            return Optional.empty();
        }
        int lineNo = 2;
        int pos = 4;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (line.stripTrailing().equals("---") || line.stripTrailing().equals("...")) {
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new Split(text.substring(4, pos), body, lineNo + 1));
            }
            if (end < 0) break;
            pos = end + 1;
            lineNo++;
        }
        problems.error(SourcePos.at(path, 1, 1), "front matter is not closed",
                "add a line '---' after the last front matter field");
        return Optional.empty();
    }

    /**
     * @param folderLang the language of the folder the file is in
     */
    public Optional<FrontMatter> parse(Split split, String path, Language folderLang, Problems problems) {
        int before = problems.errors().size();
        Optional<YamlNode> root = yaml.read(split.yaml(), path, 2, problems);
        if (root.isEmpty()) return Optional.empty();
        if (!(root.get() instanceof YamlNode.Mapping mapping)) {
            problems.error(root.get().pos(), "front matter must be 'key: value' lines, not " + root.get().kindName(), "");
            return Optional.empty();
        }
        Fields f = new Fields(mapping, new HashSet<>(FrontMatter.KEYS), "front matter", problems);
        SourcePos top = SourcePos.at(path, 1, 1);

        Optional<String> title = f.string("title").map(String::strip);
        if (title.isEmpty() || title.get().isEmpty()) {
            problems.error(f.posOf("title").orElse(top), "missing title", "add a line 'title: The headline'");
        }
        Optional<OffsetDateTime> date = f.string("date").flatMap(d -> date(d, f.posOf("date").orElseThrow(), problems));
        boolean draft = f.bool("draft").orElse(false);
        List<String> needsReview = list(f, "needs_review");
        Optional<String> estimate = f.string("date_estimate").map(String::strip);
        estimate.ifPresent(e -> date(e, f.posOf("date_estimate").orElseThrow(), problems));
        if (!f.has("date") && draft) {
            // an import whose date could not be read: it waits for an editor and is never built
            problems.warning(top, "draft waiting for review: no date yet"
                    + estimate.map(e -> " (the importer's estimate: " + e + ")").orElse(""),
                    "write the day it was published as 'date: 2024-01-31' (or with its time), then remove "
                            + "'draft: true' and 'date' from needs_review");
        } else if (!f.has("date")) {
            problems.error(top, "missing date", "add a line 'date: 2024-01-31T08:00:00+07:00' (a bare date means 00:00 in Vietnam)");
        } else if (draft && !needsReview.isEmpty()) {
            problems.warning(f.posOf("needs_review").orElse(top), "draft waiting for review: check its "
                    + String.join(", ", needsReview), "then remove 'needs_review' and 'draft: true' to publish it");
        } else if (needsReview.contains("date")) {
            // readers take a published date for a fact; an imported title is a guess they cannot tell apart either,
            // but the importer publishes those by design, and one warning each would bury the rest
            problems.warning(f.posOf("needs_review").orElse(top), "published with its date still to review",
                    "check the date against the source, then remove 'date' from needs_review");
        }
        Optional<OffsetDateTime> updated = f.string("updated").flatMap(d -> date(d, f.posOf("updated").orElseThrow(), problems));

        Language lang = folderLang;
        Optional<String> langCode = f.string("lang");
        if (langCode.isPresent()) {
            Optional<Language> l = Language.find(langCode.get());
            SourcePos at = f.posOf("lang").orElseThrow();
            if (l.isEmpty()) {
                problems.error(at, "unknown language '" + langCode.get() + "'", "write 'lang: vi' or 'lang: en'");
            } else if (l.get() != folderLang) {
                problems.error(at, "lang '" + l.get().code() + "' does not match the folder content/" + folderLang.code() + "/",
                        "move the file to content/" + l.get().code() + "/… or write 'lang: " + folderLang.code() + "'");
            }
        }

        String slug = f.string("slug").map(String::strip).orElse("");
        if (!slug.isEmpty() && !Slugs.isValid(slug)) {
            problems.error(f.posOf("slug").orElseThrow(), "slug '" + slug + "' may hold only a-z, 0-9 and single dashes",
                    "write 'slug: " + Slugs.slug(slug) + "'");
        }
        if (slug.isEmpty() && title.isPresent()) slug = Slugs.slug(title.get());
        if (slug.isEmpty() && title.isPresent() && !title.get().isEmpty()) {
            problems.error(f.posOf("title").orElse(top), "cannot make a URL slug from this title",
                    "add a line 'slug: words-in-ascii'");
        }

        List<String> keywords = f.commaList("keywords").orElse(List.of()).stream()
                .map(String::strip).filter(k -> !k.isEmpty()).toList();
        String summary = f.string("summary").map(String::strip).orElse("");

        List<String> aliases = aliases(f, problems);

        String series = text(f, "series");
        int seriesPart = f.integer("series_part", 1, 999).orElse(0);
        if (seriesPart > 0 && series.isEmpty()) {
            problems.error(f.posOf("series_part").orElseThrow(), "series_part without a series",
                    "name the series the article belongs to, e.g. 'series: Chống buôn lậu dịp Tết', or remove 'series_part'");
        }

        if (problems.errors().size() > before || title.isEmpty() || date.isEmpty()) return Optional.empty();

        Map<String, SourcePos> positions = new HashMap<>();
        for (YamlNode.Entry e : mapping.entries()) positions.put(e.key(), e.value().pos());
        return Optional.of(new FrontMatter(title.get(), date.get(), updated, lang, slug, summary, keywords,
                text(f, "category"), new FrontMatter.SeriesPlace(series, seriesPart), text(f, "author"), text(f, "author_org"), text(f, "source"), text(f, "kicker"),
                text(f, "translation_key"), draft, needsReview, list(f, "related"),
                list(f, "related_exclude"), list(f, "media"), aliases, text(f, "source_file"), text(f, "source_sha256"),
                text(f, "source_encoding"), text(f, "date_raw"), isDay(f.string("date").orElse("")), positions));
    }

    /**
     * An old address of an article: an article's own shape, {@code <lang>/<yyyy>/<mm>/<slug>}, which no other page
     * of the site has, so that a redirect never stands where a list or index page is.
     */
    private static final Pattern OLD_ADDRESS = Pattern.compile("(?:vi|en)/\\d{4}/\\d{2}/[a-z0-9]+(?:-[a-z0-9]+)*");

    /**
     * The article's old addresses ({@code aliases: [vi/2020/01/old-slug/]}), as site-relative folders ending in a
     * slash; a leading slash, a trailing {@code index.html} and a missing final slash are forgiven.
     */
    private static List<String> aliases(Fields f, Problems problems) {
        List<String> out = new ArrayList<>();
        for (String raw : list(f, "aliases")) {
            String path = raw.strip().replaceFirst("^/+", "").replaceFirst("(?:/?index\\.html)?/*$", "");
            if (!OLD_ADDRESS.matcher(path).matches()) {
                problems.error(f.posOf("aliases").orElseThrow(), "alias '" + raw.strip() + "' is not an article address of this site",
                        "write the article's old address relative to the site's root: <lang>/<yyyy>/<mm>/<slug>/, e.g. 'vi/2020/01/old-slug/'");
                continue;
            }
            if (!out.contains(path + "/")) out.add(path + "/");
        }
        return out;
    }

    private static String text(Fields f, String key) {
        return f.string(key).map(String::strip).orElse("");
    }

    private static List<String> list(Fields f, String key) {
        return f.stringList(key).orElse(List.of());
    }

    /** Whether a date is written as the day alone, without a time. */
    static boolean isDay(String raw) {
        Matcher m = ISO.matcher(raw.strip());
        return m.matches() && m.group(2) == null;
    }

    /** ISO 8601 date-time with offset; a bare date is 00:00 in the site's zone. */
    Optional<OffsetDateTime> date(String raw, SourcePos at, Problems problems) {
        String s = raw.strip();
        Matcher m = ISO.matcher(s);
        if (!m.matches()) {
            problems.error(at, "date '" + s + "' is not an ISO 8601 date", "write it as 2024-01-31T08:00:00+07:00 or 2024-01-31");
            return Optional.empty();
        }
        if (m.group(1).indexOf('-') > 4) return outOfRange(s, "", at, problems); // a fifth digit
        LocalDate day;
        try {
            day = LocalDate.parse(m.group(1), STRICT_DATE);
        } catch (DateTimeParseException e) {
            problems.error(at, "impossible date '" + s + "'", "check the day and month: dates are written year-month-day");
            return Optional.empty();
        }
        if (m.group(2) == null) return withinYears(day.atStartOfDay(zone).toOffsetDateTime(), s, at, problems);
        if (m.group(3) == null) {
            problems.error(at, "date '" + s + "' has a time but no UTC offset",
                    "add the offset, e.g. " + m.group(1) + "T" + m.group(2) + "+07:00");
            return Optional.empty();
        }
        String offset = m.group(3).equals("Z") ? "Z" : m.group(3).replaceFirst("^([+-]\\d{2})(\\d{2})$", "$1:$2");
        try {
            String time = m.group(2).length() == 5 ? m.group(2) + ":00" : m.group(2);
            LocalDateTime.parse(m.group(1) + "T" + time);
            return withinYears(OffsetDateTime.parse(m.group(1) + "T" + time + offset), s, at, problems);
        } catch (DateTimeParseException e) {
            problems.error(at, "impossible time in date '" + s + "'", "hours run 00–23, minutes and seconds 00–59");
            return Optional.empty();
        }
    }

    /**
     * The date when its year, as written, in the site's zone (URLs, pages) and in UTC, has four digits and does
     * not start with 0: pages, feeds and the sitemap write it as {@code yyyy}, and HTML and Atom know no year 0
     * and no fifth digit.
     */
    private Optional<OffsetDateTime> withinYears(OffsetDateTime date, String raw, SourcePos at, Problems problems) {
        int[] years = {date.getYear(), date.atZoneSameInstant(zone).getYear(), date.atZoneSameInstant(ZoneOffset.UTC).getYear()};
        for (int year : years) {
            if (year < MIN_YEAR || year > MAX_YEAR) {
                return outOfRange(raw, year == date.getYear() ? "" : " (it falls in " + year + " in UTC or in the site's time zone)",
                        at, problems);
            }
        }
        return Optional.of(date);
    }

    private static Optional<OffsetDateTime> outOfRange(String raw, String detail, SourcePos at, Problems problems) {
        problems.error(at, "date '" + raw + "' is out of range: years run from " + MIN_YEAR + " to " + MAX_YEAR + detail,
                "check the year; dates are written year-month-day, e.g. 2024-01-31");
        return Optional.empty();
    }
}
