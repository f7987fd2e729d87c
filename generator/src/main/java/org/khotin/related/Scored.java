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
 * @param evidence     what the cut-off is compared with: the text part plus the rare keywords' weights
 * @param belowCutOff  not pinned, and its evidence does not reach the cut-off: never listed
 */
public record Scored(String id, boolean pinned, List<Shared> keywords, double keywordScore, List<String> terms,
                     double textScore, long daysApart, double recency, double evidence, boolean belowCutOff) {
    public Scored {
        keywords = List.copyOf(keywords);
        terms = List.copyOf(terms);
    }

    /**
     * A shared keyword and what it adds: rarer keywords weigh more.
     *
     * @param articles how many articles carry it
     * @param rare     on few enough articles to count as evidence by itself
     */
    public record Shared(String keywordId, double weight, int articles, boolean rare) {}

    public double score() {
        return keywordScore + textScore + recency;
    }
}
