package org.khotin.ingest;

import java.nio.file.Path;
import java.util.List;
import org.khotin.config.Language;

/**
 * Suggests keywords for an article whose page listed none. Implementations are deterministic: the same
 * article always gives the same list, in the same order.
 */
public interface KeywordSuggester {
    List<String> suggest(ScrapedArticle article);

    /**
     * This suggester for an import into {@code contentDir}, whose articles are {@code archive}: one that chooses
     * keywords as an archive is tagged takes theirs as the archive's. The importer asks once, before converting.
     */
    default KeywordSuggester into(Path contentDir, List<Tagged> archive) {
        return this;
    }

    /** An article in a content folder: its language, the input it was imported from (if any) and its keywords. */
    record Tagged(Language lang, String sourceSha256, List<String> keywords) {
        public Tagged {
            keywords = List.copyOf(keywords);
        }
    }
}
