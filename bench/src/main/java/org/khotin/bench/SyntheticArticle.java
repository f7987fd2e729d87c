package org.khotin.bench;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.khotin.config.Language;
import org.khotin.config.YamlWriter;

/**
 * One generated article, before it is written in any generator's format.
 *
 * @param translationKey shared by a Vietnamese article and its English translation
 * @param blocks         Markdown blocks of the body: paragraphs, {@code ## } subheads, {@code - } lists, {@code > } quotes
 */
public record SyntheticArticle(Language lang, String translationKey, String title, OffsetDateTime date, String slug,
                               List<String> keywords, String summary, List<String> blocks) {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    public SyntheticArticle {
        keywords = List.copyOf(keywords);
        blocks = List.copyOf(blocks);
    }

    public String body() {
        return String.join("\n\n", blocks) + "\n";
    }

    /** Path under khotin's content folder: {@code <lang>/<yyyy>/<mm>/<slug>.md}. */
    public String contentPath() {
        return String.format(Locale.ROOT, "%s/%04d/%02d/%s.md", lang.code(), date.getYear(), date.getMonthValue(), slug);
    }

    /** The article as khotin reads it: front matter in the order of docs/content-format.md, then Markdown. */
    public String khotinMarkdown() {
        StringBuilder out = new StringBuilder(4096);
        out.append("---\n");
        out.append("title: ").append(YamlWriter.quoted(title)).append('\n');
        out.append("date: ").append(isoDate()).append('\n');
        out.append("lang: ").append(lang.code()).append('\n');
        out.append("slug: ").append(slug).append('\n');
        out.append("summary: ").append(YamlWriter.quoted(summary)).append('\n');
        out.append("keywords: [");
        for (int i = 0; i < keywords.size(); i++) out.append(i == 0 ? "" : ", ").append(YamlWriter.quoted(keywords.get(i)));
        out.append("]\n");
        out.append("translation_key: ").append(translationKey).append('\n');
        out.append("---\n");
        out.append(body());
        return out.toString();
    }

    /** ISO 8601 with seconds and offset, which every generator reads. */
    public String isoDate() {
        return ISO.format(date);
    }
}
