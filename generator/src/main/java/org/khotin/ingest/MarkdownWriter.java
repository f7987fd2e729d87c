package org.khotin.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.khotin.config.YamlWriter;
import org.khotin.content.FrontMatter;

/**
 * Writes an article as the build reads it: {@code ---}, front matter in {@link FrontMatter#KEYS} order,
 * {@code ---}, then the body as Markdown with blank lines between blocks and a final newline. The same
 * article always gives the same bytes.
 */
public final class MarkdownWriter {
    /** Characters that Markdown would read as emphasis, code, links, HTML, strikethrough or escapes anywhere in a line. */
    private static final Pattern INLINE_SPECIAL = Pattern.compile("([\\\\`*_\\[<~])");
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    /** Line starts that would make a list, heading, quote, thematic break or table of a paragraph. */
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
    private static final Pattern BULLET_START = Pattern.compile("^([-+*])(?=\\s|$)");
    private static final Pattern HASH_START = Pattern.compile("^(#{1,6})(?=\\s|$)");
    private static final Pattern BREAK_LINE = Pattern.compile("^([-=_*]\\s*){3,}$");

    /** The front matter fields the importer fills, by key; values are String or List of String. */
    public String write(ScrapedArticle article, Provenance provenance, String slug) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", article.title());
        fields.put("kicker", article.kicker());
        fields.put("date", article.date().map(DateParser.ParsedDate::iso).orElse(""));
        fields.put("date_raw", article.dateRaw());
        // an article whose date could not be read waits for an editor: the guess is a hint, never its date
        fields.put("date_estimate", article.date().isPresent() ? ""
                : article.dateEstimate().map(e -> e.day().toString()).orElse(""));
        fields.put("draft", article.date().isPresent() ? "" : "true");
        fields.put("lang", article.lang().code());
        fields.put("slug", slug);
        fields.put("category", article.category());
        fields.put("summary", article.summary());
        fields.put("keywords", article.keywords());
        fields.put("author", article.author());
        fields.put("author_org", article.authorOrg());
        fields.put("source", article.source());
        fields.put("translation_key", slug);
        fields.put("needs_review", article.needsReview());
        fields.put("media", article.media());
        fields.put("source_url", provenance.url());
        fields.put("source_file", provenance.fileName());
        fields.put("source_sha256", provenance.sha256());
        fields.put("source_encoding", provenance.encoding().equals(Decoder.UTF_8) ? "" : provenance.encoding());

        StringBuilder out = new StringBuilder("---\n");
        for (String key : FrontMatter.KEYS) {
            Object value = fields.get(key);
            if (value instanceof String s && !s.isEmpty()) {
                // dates are plain ISO and draft a boolean; everything else is text and quoted when YAML needs it
                boolean plain = key.equals("date") || key.equals("date_estimate") || key.equals("draft");
                out.append(key).append(": ").append(plain ? s : YamlWriter.scalar(s)).append('\n');
            } else if (value instanceof List<?> list && !list.isEmpty()) {
                List<String> items = new ArrayList<>();
                for (Object o : list) items.add((String) o);
                out.append(key).append(": ").append(YamlWriter.flowList(items)).append('\n');
            }
        }
        out.append("---\n");
        out.append(body(article.blocks(), slug));
        return out.toString();
    }

    /** The body alone, blocks separated by one blank line; a photo in the folder named by the article's slug. */
    public String body(List<Block> blocks, String slug) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (out.length() > 0) out.append('\n');
            String text;
            if (block instanceof Block.Heading h) {
                text = "## " + escape(h.text()).replace("#", "\\#");
            } else if (block instanceof Block.Caption c) {
                text = "*" + escape(c.text()) + "*";
            } else if (block instanceof Block.Photo p) {
                text = "![" + escape(p.alt()).replace("]", "\\]") + "](" + slug + "/" + p.fileName()
                        + (p.text().isEmpty() ? "" : " \"" + p.text().replace("\\", "\\\\").replace("\"", "\\\"") + "\"") + ")";
            } else {
                text = escapeLineStart(escape(block.text()));
            }
            out.append(text).append('\n');
        }
        return out.toString();
    }

    /** Escapes what Markdown would otherwise interpret inside a line. */
    static String escape(String text) {
        // most text has none of the characters the two patterns need, and then they change nothing
        if (!hasEscapable(text)) return text;
        String s = INLINE_SPECIAL.matcher(text).replaceAll("\\\\$1");
        return ENTITY.matcher(s).replaceAll("\\\\&");
    }

    private static boolean hasEscapable(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\\', '`', '*', '_', '[', '<', '~', '&' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    /** Escapes a paragraph start that Markdown would read as block syntax. */
    static String escapeLineStart(String text) {
        if (BREAK_LINE.matcher(text).matches()) return "\\" + text;
        var ordered = ORDERED_LIST_START.matcher(text);
        if (ordered.find()) return ordered.group(1) + "\\" + text.substring(ordered.group(1).length());
        if (BULLET_START.matcher(text).find() || HASH_START.matcher(text).find()) return "\\" + text;
        if (text.startsWith(">") || text.startsWith("|") || text.startsWith("=")) return "\\" + text;
        return text;
    }
}
