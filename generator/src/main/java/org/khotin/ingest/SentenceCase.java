package org.khotin.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an ALL-CAPS subhead into sentence case. Lowercasing alone would lose proper nouns
 * ({@code BAN TỔ CHỨC TỈNH ỦY}), so each run of words takes the capitalisation the same words have most
 * often inside sentences of the article itself; the first letter is always a capital.
 */
final class SentenceCase {
    private static final int MAX_PHRASE = 4;
    // compiled once: applied to every word of an article's body
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\d-]+");
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!?:;])\\s+");

    private final List<String> paragraphs;
    /** The body's sentences as words (punctuation as a phrase break), split on first use: most pages have no subhead. */
    private List<List<String>> sentences;

    SentenceCase(List<String> paragraphs) {
        this.paragraphs = List.copyOf(paragraphs);
    }

    /**
     * Lowercase phrase → surface form → count, from mid-sentence positions of the body text, for the phrases
     * in {@code wanted} only: counting every phrase of the article for one subhead cost most of an import.
     */
    private Map<String, Map<String, Integer>> forms(Set<String> wanted) {
        if (sentences == null) {
            sentences = new ArrayList<>();
            for (String p : paragraphs) {
                for (String sentence : SENTENCE_END.split(p)) sentences.add(words(sentence));
            }
        }
        Set<String> firstWords = new HashSet<>();
        for (String phrase : wanted) firstWords.add(phrase.split(" ", 2)[0]);
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (List<String> words : sentences) {
            for (int i = 1; i < words.size(); i++) {
                // a phrase can only be wanted if its first word is the first word of a wanted phrase
                if (!firstWords.contains(words.get(i).toLowerCase(Locale.ROOT))) continue;
                for (int n = 1; n <= MAX_PHRASE && i + n <= words.size(); n++) {
                    String surface = String.join(" ", words.subList(i, i + n));
                    String lower = surface.toLowerCase(Locale.ROOT);
                    if (wanted.contains(lower)) forms.computeIfAbsent(lower, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
                }
            }
        }
        return forms;
    }

    String apply(String caps) {
        String lower = caps.toLowerCase(Locale.ROOT).strip();
        String[] tokens = lower.split(" ");
        Set<String> wanted = new HashSet<>();
        for (int i = 0; i < tokens.length; i++) {
            for (int n = 1; n <= MAX_PHRASE && i + n <= tokens.length; n++) {
                wanted.add(String.join(" ", java.util.Arrays.asList(tokens).subList(i, i + n)));
            }
        }
        Map<String, Map<String, Integer>> forms = forms(wanted);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int used = 1;
            String chosen = tokens[i];
            for (int n = Math.min(MAX_PHRASE, tokens.length - i); n >= 1; n--) {
                String phrase = String.join(" ", java.util.Arrays.asList(tokens).subList(i, i + n));
                String bare = phrase.replaceAll("[^\\p{L}\\p{M}\\d -]", "");
                Map<String, Integer> seen = forms.get(bare);
                if (seen == null || !bare.equals(phrase)) continue;
                String best = seen.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .map(Map.Entry::getKey).findFirst().orElse(phrase);
                chosen = best;
                used = n;
                break;
            }
            out.add(chosen);
            i += used;
        }
        return Casing.capitaliseFirst(String.join(" ", out));
    }

    private static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        for (String w : SPACES.split(sentence)) {
            boolean shouting = w.length() > 6 && Casing.isAllCaps(w);
            if (WORD.matcher(w).matches() && !shouting) {
                words.add(w);
            } else {
                words.add("\u0000"); // punctuation ends a phrase
            }
        }
        return words;
    }
}
