package org.khotin.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.khotin.config.Language;
import org.khotin.text.Slugs;

/**
 * A deterministic synthetic bilingual archive: {@code articles} Vietnamese articles dated 2015–2024, about
 * one in ten with an English translation (same date, keywords and {@code translation_key}), 3–6 keywords
 * each from a Zipf-like pool of {@code articles / 20} phrases, bodies of 300–900 words recombined from
 * the seed text. Articles are produced one at a time, so a 100,000-article archive never sits in memory.
 * The same size, seed and seed text give the same articles.
 */
public final class ArchiveGenerator {
    static final double TRANSLATED_SHARE = 0.10;
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final int SUMMARY_WORDS = 40;

    private final SeedText seeds;
    private final int articles;
    private final long seed;
    private final KeywordPool keywords;

    public ArchiveGenerator(SeedText seeds, int articles, long seed) {
        if (articles < 1) throw new IllegalArgumentException("articles must be at least 1");
        this.seeds = seeds;
        this.articles = articles;
        this.seed = seed;
        this.keywords = new KeywordPool(seeds.paragraphs(), Math.max(20, articles / 20));
    }

    /** Vietnamese articles requested; translations come on top. */
    public int articles() {
        return articles;
    }

    /** Hands each article to {@code sink} in order: Vietnamese article i, then its translation if it has one. */
    public void generate(Consumer<SyntheticArticle> sink) {
        for (int i = 0; i < articles; i++) {
            // one random stream per article: article i does not depend on how much text came before it
            Random random = new Random(seed * 1_000_003L + i);
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
            // 07:00–21:59 local time: the UTC date is the local date, so no generator files it in another month
            OffsetDateTime date = OffsetDateTime.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth(),
                    7 + random.nextInt(15), random.nextInt(60), random.nextInt(60), 0, VIETNAM);
            List<String> tags = keywords.draw(random, 3 + random.nextInt(4));
            String key = String.format(java.util.Locale.ROOT, "a%06d", i);
            boolean translated = random.nextDouble() < TRANSLATED_SHARE;

            String title = headline(random, seeds.sentences());
            List<String> body = body(random, seeds.paragraphs(), seeds.sentences(), seeds.headings());
            sink.accept(new SyntheticArticle(Language.VI, key, title, date, slug(title, i), tags, summary(body), body));
            if (translated) {
                String enTitle = headline(random, seeds.englishSentences());
                List<String> enBody = body(random, seeds.englishParagraphs(), seeds.englishSentences(), seeds.headings());
                sink.accept(new SyntheticArticle(Language.EN, key, enTitle, date, slug(enTitle, i), tags, summary(enBody),
                        enBody));
            }
        }
    }

    /** The first 7–14 words of a seed sentence, without trailing punctuation. */
    private static String headline(Random random, List<String> sentences) {
        String[] words = pick(random, sentences).split(" ");
        int n = Math.min(words.length, 7 + random.nextInt(8));
        String title = String.join(" ", java.util.Arrays.copyOf(words, n));
        return title.replaceAll("[\\p{Punct}\\s]+$", "");
    }

    /** Slug from the title's first words, with the article's number so that slugs never collide. */
    private static String slug(String title, int number) {
        String[] parts = Slugs.slug(title).split("-");
        String head = String.join("-", java.util.Arrays.copyOf(parts, Math.min(parts.length, 8)));
        return (head.isEmpty() ? "bai-viet" : head) + "-" + String.format(java.util.Locale.ROOT, "%06d", number);
    }

    private static List<String> body(Random random, List<String> paragraphs, List<String> sentences, List<String> headings) {
        int target = 300 + random.nextInt(601);
        List<String> blocks = new ArrayList<>();
        int words = 0;
        while (words < target) {
            double kind = random.nextDouble();
            if (!blocks.isEmpty() && kind < 0.08) {
                blocks.add("## " + pick(random, headings));
            } else if (!blocks.isEmpty() && kind < 0.13) {
                List<String> items = new ArrayList<>();
                for (int k = 2 + random.nextInt(3); k > 0; k--) items.add("- " + pick(random, sentences));
                words += items.stream().mapToInt(SeedText::wordCount).sum();
                blocks.add(String.join("\n", items));
            } else if (!blocks.isEmpty() && kind < 0.17) {
                String quote = pick(random, sentences);
                words += SeedText.wordCount(quote);
                blocks.add("> " + quote);
            } else {
                String paragraph = random.nextBoolean() ? pick(random, paragraphs) : sentencesJoined(random, sentences);
                if (random.nextDouble() < 0.3) paragraph = emphasised(random, paragraph);
                words += SeedText.wordCount(paragraph);
                blocks.add(paragraph);
            }
        }
        return blocks;
    }

    private static String sentencesJoined(Random random, List<String> sentences) {
        List<String> picked = new ArrayList<>();
        for (int k = 2 + random.nextInt(4); k > 0; k--) picked.add(pick(random, sentences));
        return String.join(" ", picked);
    }

    /** Two or three words in bold somewhere in the paragraph, as editors do. */
    private static String emphasised(Random random, String paragraph) {
        String[] words = paragraph.split(" ");
        if (words.length < 8) return paragraph;
        int from = random.nextInt(words.length - 4);
        int to = from + 1 + random.nextInt(2);
        if (!words[from].matches("\\p{L}.*\\p{L}") || !words[to].matches("\\p{L}.*\\p{L}")) return paragraph;
        words[from] = "**" + words[from];
        words[to] = words[to] + "**";
        return String.join(" ", words);
    }

    /** The lead's first words, without Markdown. */
    private static String summary(List<String> blocks) {
        String lead = blocks.get(0).replace("**", "");
        String[] words = lead.split(" ");
        if (words.length <= SUMMARY_WORDS) return lead;
        return String.join(" ", java.util.Arrays.copyOf(words, SUMMARY_WORDS)) + " …";
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
