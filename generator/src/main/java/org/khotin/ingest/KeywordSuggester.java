package org.khotin.ingest;

import java.util.List;

/**
 * Suggests keywords for an article whose page listed none. Implementations are deterministic: the same
 * article always gives the same list, in the same order.
 */
public interface KeywordSuggester {
    List<String> suggest(ScrapedArticle article);
}
