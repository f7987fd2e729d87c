package org.khotin.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.khotin.text.Unicode;

/**
 * The text a synthetic archive is recombined from, read at run time: long lines of the scraped seed
 * articles (Vietnamese) as paragraphs and sentences, their ALL-CAPS lines as subheads, and the bodies of
 * the repository's English articles for translations.
 */
public record SeedText(List<String> paragraphs, List<String> sentences, List<String> headings,
                       List<String> englishParagraphs, List<String> englishSentences) {
    private static final int PARAGRAPH_MIN_WORDS = 25;
    // a sentence ends at . ! or ? followed by a space and a capital letter (Vietnamese capitals included)
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

    public SeedText {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        headings = List.copyOf(headings);
        englishParagraphs = List.copyOf(englishParagraphs);
        englishSentences = List.copyOf(englishSentences);
        if (paragraphs.isEmpty() || sentences.isEmpty()) {
            throw new IllegalArgumentException("the seed texts have no paragraph of " + PARAGRAPH_MIN_WORDS + "+ words");
        }
    }

    /**
     * @param seedsDir   folder of scraped {@code .txt} articles (the repository's {@code seeds/})
     * @param englishDir folder searched for English Markdown articles ({@code content/en}); may be missing, in
     *                   which case translations reuse the Vietnamese text
     */
    public static SeedText read(Path seedsDir, Path englishDir) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (Path f : sortedFiles(seedsDir, ".txt")) {
            for (String raw : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
                String line = Unicode.collapseSpaces(Unicode.nfcPlainSpaces(raw)).strip();
                int words = wordCount(line);
                if (words >= PARAGRAPH_MIN_WORDS) {
                    paragraphs.add(line);
                } else if (words >= 3 && words <= 14 && isAllCaps(line)) {
                    headings.add(sentenceCase(line));
                }
            }
        }
        if (headings.isEmpty()) headings.add("Kết quả nổi bật");
        List<String> english = new ArrayList<>();
        if (Files.isDirectory(englishDir)) {
            for (Path f : sortedFiles(englishDir, ".md")) english.addAll(markdownParagraphs(Files.readString(f, StandardCharsets.UTF_8)));
        }
        if (english.isEmpty()) english = paragraphs;
        return new SeedText(paragraphs, sentences(paragraphs), headings, english, sentences(english));
    }

    private static List<Path> sortedFiles(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("no such folder: " + dir);
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Plain body paragraphs of a front-mattered Markdown file: no headings, lists, quotes or captions. */
    private static List<String> markdownParagraphs(String markdown) {
        String body = markdown;
        if (body.startsWith("---")) {
            int end = body.indexOf("\n---", 3);
            body = end < 0 ? "" : body.substring(end + 4);
        }
        List<String> out = new ArrayList<>();
        for (String raw : body.split("\n")) {
            String line = Unicode.nfc(raw).strip();
            if (line.isEmpty() || "#->*|!<[`".indexOf(line.charAt(0)) >= 0) continue;
            if (wordCount(line) >= PARAGRAPH_MIN_WORDS) out.add(line);
        }
        return out;
    }

    private static List<String> sentences(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            for (String s : SENTENCE_END.split(p)) {
                int words = wordCount(s);
                if (words >= 8 && words <= 60) out.add(s);
            }
        }
        return out.isEmpty() ? paragraphs : out;
    }

    static int wordCount(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }

    private static boolean isAllCaps(String line) {
        return line.chars().anyMatch(Character::isLetter) && line.equals(line.toUpperCase(Locale.ROOT));
    }

    private static String sentenceCase(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }
}
