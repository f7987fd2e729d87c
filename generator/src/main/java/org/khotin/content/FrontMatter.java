package org.khotin.content;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khotin.config.Language;
import org.khotin.diag.SourcePos;
import org.khotin.text.Fold;

/**
 * The front matter of one article, validated and NFC. Absent text fields are empty strings, absent lists
 * empty lists. {@code positions} maps each written key to where its value is, for later messages.
 *
 * @param series   the series (loạt bài) the article is a part of, and its number there; {@link SeriesPlace#NONE}
 * @param dateOnly the date was written without a time ({@code 2022-10-27}): {@code date} is the day's start,
 *                 and pages show the day alone
 */
public record FrontMatter(
        String title,
        OffsetDateTime date,
        Optional<OffsetDateTime> updated,
        Language lang,
        String slug,
        String summary,
        List<String> keywords,
        String category,
        SeriesPlace series,
        String author,
        String authorOrg,
        String source,
        String kicker,
        String translationKey,
        boolean draft,
        List<String> needsReview,
        List<String> related,
        List<String> relatedExclude,
        List<String> media,
        List<String> aliases,
        String sourceFile,
        String sourceSha256,
        String sourceEncoding,
        String dateRaw,
        boolean dateOnly,
        Map<String, SourcePos> positions) {

    /** The same front matter with other old addresses (from git history: see {@code --git-info}). */
    public FrontMatter withAliases(List<String> others) {
        return new FrontMatter(title, date, updated, lang, slug, summary, keywords, category, series, author, authorOrg,
                source, kicker, translationKey, draft, needsReview, related, relatedExclude, media, others, sourceFile, sourceSha256,
                sourceEncoding, dateRaw, dateOnly, positions);
    }

    /** Every key the front matter may hold, in the order the importer writes them. */
    public static final List<String> KEYS = List.of("title", "kicker", "date", "date_raw", "date_estimate", "updated", "lang", "slug",
            "category", "series", "series_part", "summary", "keywords", "author", "author_org", "source", "translation_key", "draft",
            "needs_review", "related", "related_exclude", "media", "aliases", "source_url", "source_file", "source_sha256", "source_encoding");

    public FrontMatter {
        keywords = List.copyOf(keywords);
        needsReview = List.copyOf(needsReview);
        related = List.copyOf(related);
        relatedExclude = List.copyOf(relatedExclude);
        media = List.copyOf(media);
        aliases = List.copyOf(aliases);
        positions = Map.copyOf(positions);
    }

    /**
     * The series an article is a part of, as written ({@code series}), and its number there ({@code series_part}; 0
     * when not numbered).
     */
    public record SeriesPlace(String name, int part) {
        public static final SeriesPlace NONE = new SeriesPlace("", 0);

        public boolean isEmpty() {
            return name.isEmpty();
        }

        /** The series' identity: case, Unicode form and tone placement aside ({@link Fold#key}). */
        public String key() {
            return Fold.key(name);
        }
    }

    public SourcePos positionOf(String key, SourcePos fallback) {
        return positions.getOrDefault(key, fallback);
    }
}
