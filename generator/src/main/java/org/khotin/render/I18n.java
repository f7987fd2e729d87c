package org.khotin.render;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.khotin.config.Fields;
import org.khotin.config.Language;
import org.khotin.config.YamlNode;
import org.khotin.config.YamlReader;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.khotin.text.Unicode;

/** UI strings per language from the theme's {@code i18n/<lang>.yml}: a flat mapping of key to text. */
public final class I18n {
    /** Keys the generator itself uses, besides those the templates ask for. */
    static final List<String> USED_BY_GENERATOR = java.util.Arrays.stream(UiString.values()).map(UiString::key).toList();

    private final Map<Language, Map<String, String>> strings;
    private final Map<Language, DateTimeFormatter> longDates = new EnumMap<>(Language.class);
    private final Map<Language, DateTimeFormatter> shortDates = new EnumMap<>(Language.class);
    private final Map<Language, DateTimeFormatter> dayDates = new EnumMap<>(Language.class);
    private final Map<Language, DateTimeFormatter> months = new EnumMap<>(Language.class);
    /** The time in a long date pattern, with what separates it from the day: {@code , HH:mm}, {@code  - H'h'mm}. */
    private static final Pattern TIME_PART = Pattern.compile("\\s*[,|\\-–]?\\s*[Hhk]{1,2}(?:'?[:.h]'?mm(?::ss)?)?(?:\\s*a)?");

    private I18n(Map<Language, Map<String, String>> strings) {
        // Immutable once, so that every page's view shares one copy instead of copying it again.
        this.strings = new EnumMap<>(Language.class);
        strings.forEach((lang, map) -> this.strings.put(lang, Map.copyOf(map)));
        for (Language l : Language.values()) {
            longDates.put(l, DateTimeFormatter.ofPattern(strings.get(l).get(UiString.DATE_LONG.key()), l.locale()));
            shortDates.put(l, DateTimeFormatter.ofPattern(strings.get(l).get(UiString.DATE_SHORT.key()), l.locale()));
            // date_day is optional: without it, date_long without its time
            String day = strings.get(l).getOrDefault("date_day",
                    TIME_PART.matcher(strings.get(l).get(UiString.DATE_LONG.key())).replaceAll("").strip());
            dayDates.put(l, DateTimeFormatter.ofPattern(day, l.locale()));
            months.put(l, DateTimeFormatter.ofPattern(strings.get(l).get(UiString.MONTH_PATTERN.key()), l.locale()));
        }
    }

    /**
     * The theme's UI strings: the built-in {@code i18n/<lang>.yml}, with the site's own file of that name laid
     * over it key by key. Every string a template or the generator asks for must be there in both languages, and
     * every key a site's file sets must be one that something asks for: a misspelled key is an error at its line.
     */
    public static Optional<I18n> load(Theme theme, Problems problems) {
        YamlReader reader = new YamlReader();
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        Map<Language, Set<String>> builtInKeys = new EnumMap<>(Language.class);
        Map<Language, Map<String, SourcePos>> setBySite = new EnumMap<>(Language.class);
        int before = problems.errors().size();
        for (Language l : Language.values()) {
            String path = "i18n/" + l.code() + ".yml";
            Map<String, String> map = new TreeMap<>();
            Map<String, SourcePos> own = new TreeMap<>();
            all.put(l, map);
            setBySite.put(l, own);
            Optional<Theme.File> builtIn = theme.builtIn(path);
            if (builtIn.isPresent()) read(reader, builtIn.get(), map, new TreeMap<>(), problems);
            builtInKeys.put(l, Set.copyOf(map.keySet()));
            Optional<Theme.File> site = theme.siteFile(path);
            if (site.isPresent()) read(reader, site.get(), map, own, problems);
            if (builtIn.isEmpty() && site.isEmpty()) {
                problems.error(SourcePos.file(theme.siteDisplay(path)), "no UI strings for " + l.code(),
                        "every language needs " + path);
            }
        }
        // every string a template asks for (page.t.key) must be there: a misspelling is an error at the template's
        // line, with the nearest key the strings have, rather than a failure in the middle of rendering
        Map<String, SourcePos> asked = templateKeys(theme);
        for (Language l : Language.values()) {
            Map<String, String> map = all.get(l);
            String file = theme.siteDisplay("i18n/" + l.code() + ".yml");
            for (String key : USED_BY_GENERATOR) {
                if (!map.containsKey(key)) {
                    problems.error(SourcePos.file(file), "missing UI string '" + key + "'", "add a line '" + key + ": …'");
                }
            }
            asked.forEach((key, pos) -> {
                if (map.containsKey(key)) return;
                String nearest = Fields.closest(key, map.keySet());
                problems.error(pos, "the template asks for UI string '" + key + "', which i18n/" + l.code() + ".yml does not have",
                        nearest.isEmpty() ? "add a line '" + key + ": …' to " + file
                                : "did you mean '" + nearest + "'? (or add a line '" + key + ": …' to " + file + ")");
            });
            // a key of the site's own that nothing asks for is a misspelling of one that something does
            Set<String> known = new TreeSet<>(builtInKeys.get(l));
            known.addAll(asked.keySet());
            known.addAll(USED_BY_GENERATOR);
            setBySite.get(l).forEach((key, pos) -> {
                if (known.contains(key)) return;
                String nearest = Fields.closest(key, known);
                problems.error(pos, "no template asks for UI string '" + key + "'",
                        nearest.isEmpty() ? "remove the line, or show the string in a template as page.t." + key
                                : "did you mean '" + nearest + "'?");
            });
        }
        for (Language l : Language.values()) {
            for (String key : all.get(l).keySet()) {
                if (!all.get(l.other()).containsKey(key)) {
                    problems.error(SourcePos.file(theme.siteDisplay("i18n/" + l.other().code() + ".yml")),
                            "missing UI string '" + key + "' (present in " + l.code() + ".yml)", "add a translation of it");
                }
            }
        }
        if (problems.errors().size() > before) return Optional.empty();
        try {
            return Optional.of(new I18n(all));
        } catch (IllegalArgumentException e) {
            problems.error(SourcePos.file(theme.siteDisplay("i18n/")), "bad date pattern: " + e.getMessage(),
                    "date_long and date_short use java.time patterns such as 'EEEE, dd/MM/yyyy, HH:mm'");
            return Optional.empty();
        }
    }

    /** Reads one strings file into {@code map} (later files win), noting where each key was set in {@code positions}. */
    private static void read(YamlReader reader, Theme.File file, Map<String, String> map, Map<String, SourcePos> positions,
                             Problems problems) {
        Optional<YamlNode> root = reader.read(file.text(), file.display(), 1, problems);
        if (root.isEmpty()) return;
        if (!(root.get() instanceof YamlNode.Mapping m)) {
            problems.error(root.get().pos(), "UI strings must be 'key: text' lines", "");
            return;
        }
        for (YamlNode.Entry e : m.entries()) {
            if (e.value() instanceof YamlNode.Scalar s && s.kind() != YamlNode.ScalarKind.NULL) {
                map.put(e.key(), Unicode.nfc(s.text()));
                positions.put(e.key(), e.keyPos());
            } else {
                problems.error(e.value().pos(), "UI string '" + e.key() + "' must be text", "");
            }
        }
    }

    private static final Pattern TEMPLATE_KEY = Pattern.compile("(?<![\\w.])(?:page\\.)?t\\.([a-z_][a-z0-9_]*)");

    /** The UI strings the theme's templates ask for, each at its first use. */
    private static Map<String, SourcePos> templateKeys(Theme theme) {
        Map<String, SourcePos> keys = new TreeMap<>();
        for (Theme.File f : theme.templates()) {
            List<String> lines = f.text().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                java.util.regex.Matcher m = TEMPLATE_KEY.matcher(lines.get(i));
                while (m.find()) keys.putIfAbsent(m.group(1), SourcePos.at(f.display(), i + 1, m.start() + 1));
            }
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

    /** A count of articles as a reader says it: "1 article", "1,241 articles", "1.241 bài viết". */
    public String articles(Language lang, int count) {
        return java.text.NumberFormat.getIntegerInstance(lang.locale()).format(count) + " "
                + get(lang, count == 1 ? UiString.ARTICLE_ONE.key() : UiString.ARTICLES_COUNT.key());
    }

    /** A month as archive pages name it ({@code Tháng 5/2024}). */
    public String month(Language lang, YearMonth month) {
        return months.get(lang).format(month);
    }
}
