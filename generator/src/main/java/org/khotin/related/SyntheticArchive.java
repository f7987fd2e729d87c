package org.khotin.related;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.khotin.config.Language;
import org.khotin.content.Article;
import org.khotin.content.FrontMatter;

/**
 * A made-up archive for benchmarks: Vietnamese-looking articles on topics, each with topic keywords and a
 * few archive-wide ones (one of them on about half the articles), and text drawn from the topic's words
 * and a Zipf-distributed inventory of general phrases (about 240 syllables an article). The same size and seed always give the same archive.
 */
public final class SyntheticArchive {
    private static final String[] ONSETS = {"b", "c", "ch", "d", "đ", "g", "h", "kh", "l", "m", "n", "ng", "nh", "ph",
            "qu", "s", "t", "th", "tr", "v", "x"};
    private static final String[] RHYMES = {"a", "á", "à", "an", "ăn", "âm", "ên", "inh", "ông", "ương", "ưu", "oai",
            "uyên", "iêt", "ach", "ai", "ao", "ơi", "ung", "ưng", "ất", "ộc", "ình", "ạnh", "ế", "ủy", "ọc", "ời", "ứ", "ảo"};

    private SyntheticArchive() {}

    public static List<Article> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> syllables = new ArrayList<>();
        for (String o : ONSETS) for (String r : RHYMES) syllables.add(o + r);
        int vocabulary = 30_000;
        String[] words = new String[vocabulary];
        for (int i = 0; i < vocabulary; i++) {
            words[i] = syllables.get(random.nextInt(syllables.size())) + " " + syllables.get(random.nextInt(syllables.size()));
        }
        // text is made of phrases, as real text is: a phrase's word pairs recur across the archive
        int phraseCount = 50_000;
        String[] phrases = new String[phraseCount];
        double[] wordZipf = cumulative(vocabulary);
        for (int i = 0; i < phraseCount; i++) {
            int len = 1 + random.nextInt(3);
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < len; k++) b.append(k == 0 ? "" : " ").append(words[sample(random, wordZipf)]);
            phrases[i] = b.toString();
        }
        double[] zipf = cumulative(phraseCount);
        int topics = Math.max(10, count / 200);
        double[] topicZipf = cumulative(topics);
        String[] global = new String[30];
        for (int i = 0; i < global.length; i++) global[i] = phrase(random, syllables, 3);
        global[0] = "tổ chức xây dựng Đảng";
        List<Article> out = new ArrayList<>(count);
        OffsetDateTime start = OffsetDateTime.of(2000, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(7));
        String[][] topicWordsOf = new String[topics][];
        String[][] topicKeywordsOf = new String[topics][];
        for (int topic = 0; topic < topics; topic++) {
            Random topicRandom = new Random(seed * 31 + topic); // a topic's words and keywords are fixed
            topicWordsOf[topic] = new String[40];
            for (int i = 0; i < 40; i++) topicWordsOf[topic][i] = phrases[topicRandom.nextInt(phraseCount)];
            topicKeywordsOf[topic] = new String[15];
            for (int i = 0; i < 15; i++) topicKeywordsOf[topic][i] = phrase(topicRandom, syllables, 2 + i % 3) + " " + topic;
        }
        for (int n = 0; n < count; n++) {
            int topic = sample(random, topicZipf);
            String[] topicWords = topicWordsOf[topic];
            String[] topicKeywords = topicKeywordsOf[topic];
            List<String> keywords = new ArrayList<>();
            while (keywords.size() < 4) {
                String k = topicKeywords[random.nextInt(topicKeywords.length)];
                if (!keywords.contains(k)) keywords.add(k);
            }
            if (random.nextBoolean()) keywords.add(global[0]);
            String g = global[1 + (int) Math.min(global.length - 2, Math.abs(random.nextGaussian() * 6))];
            if (!keywords.contains(g)) keywords.add(g);
            StringBuilder title = new StringBuilder();
            for (int i = 0; i < 6; i++) title.append(i == 0 ? "" : " ").append(topicWords[random.nextInt(topicWords.length)]);
            StringBuilder body = new StringBuilder();
            String[] separators = {" ", ", ", ". "};
            for (int i = 0; i < 60; i++) {
                String w = random.nextInt(2) == 0 ? topicWords[random.nextInt(topicWords.length)] : phrases[sample(random, zipf)];
                body.append(w).append(separators[random.nextInt(3)]);
            }
            OffsetDateTime date = start.plusMinutes((long) n * 131 + random.nextInt(120));
            String slug = "bai-" + n;
            FrontMatter meta = new FrontMatter(title.toString(), date, Optional.empty(), Language.VI, slug, "", keywords,
                    "", FrontMatter.SeriesPlace.NONE, "", "", "", "", "", false, List.of(), List.of(), List.of(), List.of(), List.of(), "", "", "", "", false, Map.of());
            String id = Article.idFor(Language.VI, date.atZoneSameInstant(ZoneOffset.ofHours(7)), slug);
            out.add(new Article(id, "content/" + id + ".md", meta, org.khotin.content.Body.held(body.toString()), 1, ""));
        }
        return out;
    }

    private static String phrase(Random random, List<String> syllables, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) b.append(i == 0 ? "" : " ").append(syllables.get(random.nextInt(syllables.size())));
        return b.toString();
    }

    private static double[] cumulative(int n) {
        double[] c = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / (r + 1);
            c[r] = sum;
        }
        for (int r = 0; r < n; r++) c[r] /= sum;
        return c;
    }

    private static int sample(Random random, double[] cumulative) {
        int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
    }
}
