package org.khotin.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.khotin.text.Slugs;

/**
 * Keywords for a synthetic archive: two- and three-word phrases of the seed text, most frequent first, each
 * with a distinct URL slug (so khotin, which folds keywords, and Hugo, which slugs them, count the same tags),
 * drawn with Zipf-like probability 1/rank so a few keywords are on many articles and most on a few.
 */
final class KeywordPool {
    private final List<String> keywords;
    private final double[] cumulativeWeights;

    KeywordPool(List<String> paragraphs, int size) {
        this.keywords = phrases(paragraphs, size);
        this.cumulativeWeights = new double[keywords.size()];
        double sum = 0;
        for (int rank = 0; rank < keywords.size(); rank++) {
            sum += 1.0 / (rank + 1);
            cumulativeWeights[rank] = sum;
        }
    }

    List<String> keywords() {
        return keywords;
    }

    /** {@code count} different keywords, in the order drawn. */
    List<String> draw(Random random, int count) {
        List<String> chosen = new ArrayList<>(count);
        int wanted = Math.min(count, keywords.size());
        while (chosen.size() < wanted) {
            double target = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
            int i = java.util.Arrays.binarySearch(cumulativeWeights, target);
            String k = keywords.get(Math.min(i < 0 ? -i - 1 : i, keywords.size() - 1));
            if (!chosen.contains(k)) chosen.add(k);
        }
        return chosen;
    }

    private static List<String> phrases(List<String> paragraphs, int size) {
        Map<String, Integer> counts = new HashMap<>();
        for (String p : paragraphs) {
            // phrases never cross punctuation or numbers
            for (String segment : p.split("[^\\p{L}\\s]+")) {
                String[] words = segment.strip().toLowerCase(Locale.ROOT).split("\\s+");
                for (int n = 2; n <= 3; n++) {
                    for (int i = 0; i + n <= words.length; i++) {
                        if (words[i].isEmpty()) continue;
                        counts.merge(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)), 1, Integer::sum);
                    }
                }
            }
        }
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
        List<String> pool = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String phrase : ranked) {
            if (pool.size() == size) break;
            if (seen.add(Slugs.slug(phrase))) pool.add(phrase);
        }
        // a very large archive needs more keywords than the seeds have phrases: join pairs of them
        List<String> base = List.copyOf(pool);
        for (int k = 0; pool.size() < size && k < base.size() * base.size(); k++) {
            String joined = base.get(k % base.size()) + " " + base.get((k / base.size() + k * 7 + 1) % base.size());
            if (seen.add(Slugs.slug(joined))) pool.add(joined);
        }
        if (pool.isEmpty()) throw new IllegalArgumentException("the seed texts have no phrases for keywords");
        return List.copyOf(pool);
    }
}
