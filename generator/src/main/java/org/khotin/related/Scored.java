package org.khotin.related;

import java.util.List;

/**
 * One candidate for an article's related list, with its score broken down so that an editor can see why.
 *
 * @param id           the candidate article's id
 * @param pinned       named in the article's {@code related:} field
 * @param keywords     the shared keywords with their rarity weights, heaviest first
 * @param keywordScore the keywords' part of the score
 * @param terms        the shared text terms that weigh most
 * @param textScore    the text similarity part (cosine of the articles' top terms)
 * @param daysApart    days between the two publication dates
 * @param recency      the small recency part
 */
public record Scored(String id, boolean pinned, List<Shared> keywords, double keywordScore, List<String> terms,
                     double textScore, long daysApart, double recency) {
    public Scored {
        keywords = List.copyOf(keywords);
        terms = List.copyOf(terms);
    }

    /** A shared keyword and what it adds: rarer keywords weigh more. */
    public record Shared(String keywordId, double weight) {}

    public double score() {
        return keywordScore + textScore + recency;
    }
}
