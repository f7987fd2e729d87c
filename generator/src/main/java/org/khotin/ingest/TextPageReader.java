package org.khotin.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.khotin.text.Unicode;

/**
 * Page text (as browsers save it, or as crawlers dump it) → lines: plain spaces, trimmed, blank lines and
 * lines of only spaces dropped. Two things only the raw text shows are read here:
 * <ul>
 * <li>Lines a crawler broke where the page had a link: the link's text on its own line between the two
 * halves of a sentence ({@code Theo }, {@code kết luận của Kiểm toán}, {@code  trước đó, …}). A line is joined
 * to the one before when it starts with a space or with {@code , . ; : )}, when it is a lone bracket, or
 * when it is a short fragment after a line that ended in a space; never after a finished sentence.</li>
 * <li>A dump that ends with three or more blank lines and one last paragraph: that paragraph is the page's
 * summary (sapo), not part of the body.</li>
 * </ul>
 */
public final class TextPageReader {
    /** How many blank lines set a dump's trailing summary apart. */
    private static final int SUMMARY_GAP = 3;
    /** The longest link text that is joined after a line ending in a space. */
    private static final int FRAGMENT_MAX = 60;
    private static final Pattern ENDS_A_SENTENCE = Pattern.compile(".*[.!?…\"”]$");
    private static final Pattern FRAGMENT_END = Pattern.compile(".*[.!?…]$");
    /** A numbered item starts a line of its own. */
    private static final Pattern NUMBERED = Pattern.compile("\\d{1,2}[.)]\\s.*");

    public PageText read(String text) {
        String[] raw = text.split("\n", -1);
        int end = raw.length;
        Optional<String> summary = Optional.empty();
        int last = lastNonBlank(raw, raw.length);
        if (last >= 0) {
            int first = last;
            while (first > 0 && !isBlank(raw[first - 1])) first--;
            int gap = 0;
            while (first - gap - 1 >= 0 && isBlank(raw[first - gap - 1])) gap++;
            // a dump of a headline and its summary alone keeps the summary as its text
            if (gap >= SUMMARY_GAP && lastNonBlank(raw, lastNonBlank(raw, first - gap)) >= 0) {
                StringBuilder s = new StringBuilder();
                for (int i = first; i <= last; i++) s.append(s.length() > 0 ? " " : "").append(clean(raw[i]));
                summary = Optional.of(s.toString());
                end = first - gap;
            }
        }
        List<PageText.Line> lines = new ArrayList<>();
        boolean blank = true;
        String previousRaw = "";
        for (int i = 0; i < end; i++) {
            String plain = Unicode.nfcPlainSpaces(raw[i]);
            String line = Unicode.collapseSpaces(plain);
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            if (!blank && !lines.isEmpty()) {
                PageText.Line previous = lines.get(lines.size() - 1);
                Optional<String> joined = join(previous.text(), previousRaw, line, plain);
                if (joined.isPresent()) {
                    lines.set(lines.size() - 1, new PageText.Line(joined.get(), previous.kind(), previous.blankBefore()));
                    previousRaw = plain;
                    continue;
                }
            }
            lines.add(new PageText.Line(line, PageText.Kind.TEXT, blank));
            blank = false;
            previousRaw = plain;
        }
        return new PageText(lines, PageText.Hints.none().withSummary(summary));
    }

    /** The line joined to the one before it, when a link broke them apart. */
    private static Optional<String> join(String before, String beforeRaw, String line, String lineRaw) {
        char first = line.charAt(0);
        if (line.equals("(") || before.endsWith("(")) return Optional.of(before + (before.endsWith("(") ? "" : " ") + line);
        if (",.;:)".indexOf(first) >= 0) return Optional.of(before + line);
        if (ENDS_A_SENTENCE.matcher(before).matches()) return Optional.empty();
        boolean startsWithSpace = Character.isWhitespace(lineRaw.charAt(0));
        boolean afterSpace = !beforeRaw.isEmpty() && Character.isWhitespace(beforeRaw.charAt(beforeRaw.length() - 1));
        boolean fragment = line.length() <= FRAGMENT_MAX && !FRAGMENT_END.matcher(line).matches()
                && !NUMBERED.matcher(line).matches();
        if (startsWithSpace || (afterSpace && fragment)) return Optional.of(before + " " + line);
        return Optional.empty();
    }

    private static int lastNonBlank(String[] raw, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (!isBlank(raw[i])) return i;
        }
        return -1;
    }

    private static boolean isBlank(String raw) {
        return Unicode.collapseSpaces(Unicode.nfcPlainSpaces(raw)).isEmpty();
    }

    private static String clean(String raw) {
        return Unicode.collapseSpaces(Unicode.nfcPlainSpaces(raw));
    }
}
