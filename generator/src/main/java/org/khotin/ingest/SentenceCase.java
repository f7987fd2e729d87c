package org.khotin.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an ALL-CAPS subhead into sentence case. Lowercasing alone would lose proper nouns
 * ({@code BAN TỔ CHỨC TỈNH ỦY}), so each run of words takes the capitalisation the same words have most
 * often inside sentences of the article itself; the first letter is always a capital.
 */
final class SentenceCase {
    private static final int MAX_PHRASE = 4;

    /** Lowercase phrase → surface form → count, from mid-sentence positions of the body text. */
    private final Map<String, Map<String, Integer>> forms = new HashMap<>();

    SentenceCase(List<String> paragraphs) {
        for (String p : paragraphs) {
            for (String sentence : p.split("(?<=[.!?:;])\\s+")) {
                List<String> words = words(sentence);
                for (int i = 1; i < words.size(); i++) {
                    for (int n = 1; n <= MAX_PHRASE && i + n <= words.size(); n++) {
                        String surface = String.join(" ", words.subList(i, i + n));
                        forms.computeIfAbsent(surface.toLowerCase(Locale.ROOT), k -> new HashMap<>())
                                .merge(surface, 1, Integer::sum);
                    }
                }
            }
        }
    }

    String apply(String caps) {
        String lower = caps.toLowerCase(Locale.ROOT).strip();
        String[] tokens = lower.split(" ");
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
        for (String w : sentence.split("\\s+")) {
            boolean shouting = w.length() > 6 && Casing.isAllCaps(w);
            if (w.matches("[\\p{L}\\p{M}\\d-]+") && !shouting) {
                words.add(w);
            } else {
                words.add("\u0000"); // punctuation ends a phrase
            }
        }
        return words;
    }
}
