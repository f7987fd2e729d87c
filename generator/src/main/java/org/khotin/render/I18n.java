package org.khotin.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.khotin.config.Fields;
import org.khotin.config.Language;
import org.khotin.config.YamlNode;
import org.khotin.config.YamlReader;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.khotin.text.Unicode;

/** UI strings per language from {@code templates/i18n/<lang>.yml}: a flat mapping of key to text. */
public final class I18n {
    /**
     * Keys the generator itself uses (besides those the templates use): a site's i18n files without one are an
     * error naming it, never a failure in the middle of rendering. I18nKeysTest keeps the list complete.
     */
    static final List<String> USED_BY_GENERATOR = List.of("date_long", "date_short", "archive", "archive_description",
            "articles_count", "categories", "chart_label_years", "categories_description", "category_intro", "chart_label", "feed_title", "home",
            "home_heading", "keyword_intro", "keywords", "keywords_description", "language_name", "month_pattern",
            "moved_text", "moved_title", "news_between", "news_of_day", "not_found_title", "page_n", "related_heading", "search_description",
            "search_heading", "share_email", "year_heading");

    private final Map<Language, Map<String, String>> strings;
    private final Map<Language, DateTimeFormatter> longDates = new EnumMap<>(Language.class);
    private final Map<Language, DateTimeFormatter> shortDates = new EnumMap<>(Language.class);
    private final Map<Language, DateTimeFormatter> dayDates = new EnumMap<>(Language.class);
    /** The time in a long date pattern, with what separates it from the day: {@code , HH:mm}, {@code  - H'h'mm}. */
    private static final Pattern TIME_PART = Pattern.compile("\\s*[,|\\-–]?\\s*[Hhk]{1,2}(?:'?[:.h]'?mm(?::ss)?)?(?:\\s*a)?");

    private I18n(Map<Language, Map<String, String>> strings) {
        // Immutable once, so that every page's view shares one copy instead of copying it again.
        this.strings = new EnumMap<>(Language.class);
        strings.forEach((lang, map) -> this.strings.put(lang, Map.copyOf(map)));
        for (Language l : Language.values()) {
            longDates.put(l, DateTimeFormatter.ofPattern(strings.get(l).get("date_long"), l.locale()));
            shortDates.put(l, DateTimeFormatter.ofPattern(strings.get(l).get("date_short"), l.locale()));
            // date_day is optional: without it, date_long without its time
            String day = strings.get(l).getOrDefault("date_day",
                    TIME_PART.matcher(strings.get(l).get("date_long")).replaceAll("").strip());
            dayDates.put(l, DateTimeFormatter.ofPattern(day, l.locale()));
        }
    }

    public static Optional<I18n> load(Path templatesDir, String displayDir, Problems problems) {
        YamlReader reader = new YamlReader();
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        int before = problems.errors().size();
        for (Language l : Language.values()) {
            String display = displayDir + "i18n/" + l.code() + ".yml";
            Path file = templatesDir.resolve("i18n").resolve(l.code() + ".yml");
            Map<String, String> map = new TreeMap<>();
            all.put(l, map);
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.error(SourcePos.file(display), "cannot read UI strings: " + e.getMessage(),
                        "every language needs templates/i18n/" + l.code() + ".yml");
                continue;
            }
            Optional<YamlNode> root = reader.read(text, display, 1, problems);
            if (root.isEmpty()) continue;
            if (!(root.get() instanceof YamlNode.Mapping m)) {
                problems.error(root.get().pos(), "UI strings must be 'key: text' lines", "");
                continue;
            }
            for (YamlNode.Entry e : m.entries()) {
                if (e.value() instanceof YamlNode.Scalar s && s.kind() != YamlNode.ScalarKind.NULL) {
                    map.put(e.key(), Unicode.nfc(s.text()));
                } else {
                    problems.error(e.value().pos(), "UI string '" + e.key() + "' must be text", "");
                }
            }
            for (String key : USED_BY_GENERATOR) {
                if (!map.containsKey(key)) {
                    problems.error(SourcePos.file(display), "missing UI string '" + key + "'",
                            "add a line '" + key + ": …' (khotin's own templates/i18n/" + l.code() + ".yml has one to start from)");
                }
            }
        }
        // every string a template asks for (page.t.key) must be there: a misspelling is an error at the template's
        // line, with the nearest key the strings have, rather than a failure in the middle of rendering
        Map<String, SourcePos> asked = templateKeys(templatesDir, displayDir, problems);
        for (Language l : Language.values()) {
            if (all.get(l).isEmpty()) continue; // the file could not be read: said above
            asked.forEach((key, pos) -> {
                if (all.get(l).containsKey(key)) return;
                String nearest = Fields.closest(key, all.get(l).keySet());
                problems.error(pos, "the template asks for UI string '" + key + "', which i18n/" + l.code() + ".yml does not have",
                        nearest.isEmpty() ? "add a line '" + key + ": …' to " + displayDir + "i18n/" + l.code() + ".yml"
                                : "did you mean '" + nearest + "'? (or add a line '" + key + ": …' to i18n/" + l.code() + ".yml)");
            });
        }
        for (Language l : Language.values()) {
            for (String key : all.get(l).keySet()) {
                if (!all.get(l.other()).containsKey(key)) {
                    problems.error(SourcePos.file(displayDir + "i18n/" + l.other().code() + ".yml"),
                            "missing UI string '" + key + "' (present in " + l.code() + ".yml)", "add a translation of it");
                }
            }
        }
        if (problems.errors().size() > before) return Optional.empty();
        try {
            return Optional.of(new I18n(all));
        } catch (IllegalArgumentException e) {
            problems.error(SourcePos.file(displayDir + "i18n/"), "bad date pattern: " + e.getMessage(),
                    "date_long and date_short use java.time patterns such as 'EEEE, dd/MM/yyyy, HH:mm'");
            return Optional.empty();
        }
    }

    private static final java.util.regex.Pattern TEMPLATE_KEY = java.util.regex.Pattern.compile("(?<![\\w.])(?:page\\.)?t\\.([a-z_][a-z0-9_]*)");

    /** The UI strings the templates ask for, each at its first use. */
    private static Map<String, SourcePos> templateKeys(Path templatesDir, String displayDir, Problems problems) {
        Map<String, SourcePos> keys = new TreeMap<>();
        try (java.util.stream.Stream<Path> files = Files.list(templatesDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ftlh") || p.toString().endsWith(".ftlx")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    java.util.regex.Matcher m = TEMPLATE_KEY.matcher(lines.get(i));
                    while (m.find()) {
                        keys.putIfAbsent(m.group(1), SourcePos.at(displayDir + f.getFileName(), i + 1, m.start() + 1));
                    }
                }
            }
        } catch (IOException e) {
            problems.error(SourcePos.file(displayDir), "cannot read the templates: " + e.getMessage(), "");
        }
        return keys;
    }

    public Map<String, String> strings(Language lang) {
        return strings.get(lang);
    }

    public String get(Language lang, String key) {
        String s = strings.get(lang).get(key);
        if (s == null) throw new IllegalArgumentException("no UI string " + key);
        return s;
    }

    public String longDate(Language lang, ZonedDateTime date) {
        return longDates.get(lang).format(date);
    }

    /** The long date of an article dated by its day alone: no time. */
    public String longDay(Language lang, ZonedDateTime date) {
        return dayDates.get(lang).format(date);
    }

    public String shortDate(Language lang, ZonedDateTime date) {
        return shortDates.get(lang).format(date);
    }
}
