package org.khotin.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.khotin.text.Unicode;

/**
 * What keyword extraction reads: a title, a lead paragraph and body paragraphs, all plain text.
 * {@link #fromRawText} is a rough reader for scraped text files (the importer does better); {@link
 * #fromMarkdown} strips Markdown syntax from an article body.
 */
public record ArticleText(String title, String lead, List<String> paragraphs) {
    public ArticleText {
        paragraphs = List.copyOf(paragraphs);
    }

    private static final Pattern NOISE = Pattern.compile(
            "(?iu)^(?:[\\d\\s.:/|,-]+|.*lượt xem|\\+\\s*aa\\s*-|tiếng việt\\s*\\|\\s*english|video:.*|[•·\\s]*từ khóa:?"
                    + "|chia sẻ bài viết|liên kết hữu ích|website liên kết|tin tức hoạt động|\\(?nguồn:.*|cập nhật lúc.*"
                    + "|thứ \\d.*|video hoạt động.*)$");

    /**
     * Reads a scraped text file: drops header and footer noise (dates, view counts, widgets, short byline
     * lines); the first remaining line is the title when it does not read like a paragraph.
     */
    public static ArticleText fromRawText(String raw) {
        List<String> lines = new ArrayList<>();
        for (String line : Unicode.nfcPlainSpaces(raw).split("\\R")) {
            String l = Unicode.collapseSpaces(line);
            if (l.isEmpty() || NOISE.matcher(l).matches()) continue;
            if (l.split(" ").length < 5) continue; // bylines, widgets, captions of one or two words
            lines.add(l);
        }
        String title = "";
        if (!lines.isEmpty()) {
            String first = lines.get(0);
            boolean paragraph = first.length() > 250 || first.matches(".*[.!?…]$");
            if (!paragraph) title = lines.remove(0);
        }
        // a title repeated as the first line (some sites print it twice) counts once
        if (!lines.isEmpty() && !title.isEmpty() && title.endsWith(lines.get(0))) lines.remove(0);
        String lead = lines.isEmpty() ? "" : lines.remove(0);
        return new ArticleText(title, lead, lines);
    }

    // Compiled once: every article of every build goes through them.
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    static final Pattern BLOCK_MARKER = Pattern.compile("(?m)^\\s{0,3}(?:#{1,6}|>|[-*+]|\\d+[.)])\\s+");
    static final Pattern INLINE_MARKS = Pattern.compile("[*_`~|]+");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

    /**
     * False only when {@link #BLOCK_MARKER} cannot match: no marker character ({@code # > - * +} or a digit)
     * has a line start within three whitespace characters before it. Most paragraphs skip the regex.
     */
    static boolean mayStartWithBlockMarker(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '#' && c != '>' && c != '-' && c != '*' && c != '+' && (c < '0' || c > '9')) continue;
            for (int p = i, spaces = 0; spaces <= 3; p--, spaces++) {
                if (p == 0 || isLineEnd(text.charAt(p - 1))) return true;
                if (!Unicode.isRegexSpace(text.charAt(p - 1))) break;
            }
        }
        return false;
    }

    /** False only when {@link #INLINE_MARKS} cannot match. */
    static boolean mayHoldInlineMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '_' || c == '`' || c == '~' || c == '|') return true;
        }
        return false;
    }

    /** A character after which {@code (?m)^} can match. */
    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Title, summary (as the lead) and a Markdown body with its syntax stripped, paragraph by paragraph; raw
     * HTML that no reader sees ({@link HiddenHtml}) is left out.
     */
    public static ArticleText fromMarkdown(String title, String summary, String markdownBody) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINE.split(Unicode.nfcPlainSpaces(HiddenHtml.removed(markdownBody)))) {
            String text = block;
            if (text.indexOf('[') >= 0) {
                text = IMAGE.matcher(text).replaceAll(" ");
                text = LINK.matcher(text).replaceAll("$1");
            }
            if (text.indexOf('<') >= 0) text = TAG.matcher(text).replaceAll(" ");
            if (mayStartWithBlockMarker(text)) text = BLOCK_MARKER.matcher(text).replaceAll("");
            if (mayHoldInlineMarks(text)) text = INLINE_MARKS.matcher(text).replaceAll(" ");
            text = Unicode.collapseSpaces(text);
            if (!text.isEmpty()) paragraphs.add(text);
        }
        String lead = summary;
        if (lead.isEmpty() && !paragraphs.isEmpty()) lead = paragraphs.remove(0);
        return new ArticleText(title, lead, paragraphs);
    }
}
