package org.khotin.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.khotin.text.ControlChars;

/**
 * Control characters that scraped text carries (a vertical tab from Word's line break, U+0001 from a broken
 * export, C1 controls from a misdeclared encoding) and that Markdown, YAML and the site's XML feeds must not:
 * line-breaking ones (vertical tab, form feed, next line, line and paragraph separators) become line breaks,
 * the rest are removed: what {@link ControlChars} calls stray, and unpaired surrogates. The build cleans the
 * same characters from content it loads; the importer also reports them.
 */
final class ControlCharacters {
    private ControlCharacters() {}

    /** What cleaning found: each control character's code point and how often it occurred. */
    record Found(Map<Integer, Integer> counts) {
        static final Found NONE = new Found(Map.of());

        Found {
            counts = Map.copyOf(counts);
        }

        Found plus(Found other) {
            if (other.counts.isEmpty()) return this;
            Map<Integer, Integer> sum = new TreeMap<>(counts);
            other.counts.forEach((c, n) -> sum.merge(c, n, Integer::sum));
            return new Found(sum);
        }

        boolean isEmpty() {
            return counts.isEmpty();
        }

        /** The import report's warning, e.g. {@code control characters removed: U+0001 ×2, U+000B ×1 (made a line break)}. */
        String warning() {
            String list = new TreeMap<>(counts).entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "U+%04X ×%d", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", "));
            boolean breaks = counts.keySet().stream().anyMatch(ControlCharacters::isLineBreak);
            return "control characters removed: " + list + (breaks ? " (vertical tabs, form feeds and line separators made line breaks)" : "");
        }
    }

    /** A text with its control characters replaced or removed, and which there were. */
    record Cleaned(String text, Found found) {}

    /** Word's and the C1 line breaks, plus the Unicode line and paragraph separators, which Markdown does not read as breaks either. */
    static boolean isLineBreak(int c) {
        return ControlChars.isLineBreak(c) || c == 0x2028 || c == 0x2029;
    }

    private static boolean needsCleaning(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)) || ControlChars.isStray(text.codePointAt(i));
        }
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        return ControlChars.isStray(c) || isLineBreak(c);
    }

    /** Page text: line-breaking controls become {@code \n}, the others go. */
    static Cleaned inText(String text) {
        return clean(text, "\n");
    }

    /** One line or field: line-breaking controls (and line ends) become a space, the others go. */
    static Cleaned inLine(String text) {
        Cleaned cleaned = clean(text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                ? text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ') : text, " ");
        return cleaned.found().isEmpty() ? cleaned
                : new Cleaned(org.khotin.text.Unicode.collapseSpaces(cleaned.text()), cleaned.found());
    }

    /** A page's lines and metadata, each cleaned {@link #inLine}; a line left empty goes. */
    record CleanedPage(PageText page, Found found) {}

    static CleanedPage inPage(PageText page) {
        Found[] found = {Found.NONE};
        java.util.function.Function<String, String> line = s -> {
            Cleaned c = inLine(s);
            found[0] = found[0].plus(c.found());
            return c.text();
        };
        List<PageText.Line> lines = new ArrayList<>();
        boolean blankPending = false;
        for (PageText.Line l : page.lines()) {
            String text = line.apply(l.text());
            if (text.isEmpty()) {
                blankPending |= l.blankBefore();
                continue;
            }
            lines.add(text.equals(l.text()) && !blankPending ? l : new PageText.Line(text, l.kind(), l.blankBefore() || blankPending, l.alt()));
            blankPending = false;
        }
        PageText.Hints h = page.hints();
        List<String> keywords = h.keywords().stream().map(line).filter(k -> !k.isEmpty()).toList();
        PageText.Hints hints = new PageText.Hints(nonEmpty(h.title().map(line)), h.date(), nonEmpty(h.author().map(line)),
                keywords, nonEmpty(h.category().map(line)), nonEmpty(h.source().map(line)), nonEmpty(h.summary().map(line)));
        return found[0].isEmpty() ? new CleanedPage(page, Found.NONE) : new CleanedPage(new PageText(lines, hints), found[0]);
    }

    private static Optional<String> nonEmpty(Optional<String> value) {
        return value.filter(v -> !v.isEmpty());
    }

    private static Cleaned clean(String text, String lineBreak) {
        int first = 0;
        while (first < text.length() && !needsCleaning(text, first)) first++;
        if (first == text.length()) return new Cleaned(text, Found.NONE); // nearly every text
        Map<Integer, Integer> counts = new TreeMap<>();
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsCleaning(text, i)) {
                out.append(c);
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = text.codePointAt(i++); // a noncharacter above U+FFFF: both halves go
            }
            counts.merge(cp, 1, Integer::sum);
            if (isLineBreak(cp)) out.append(lineBreak);
        }
        return new Cleaned(out.toString(), new Found(counts));
    }
}
