package org.khotin.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.khotin.text.Unicode;

/**
 * Turns an ALL-CAPS subhead into sentence case. Lowercasing alone would lose proper nouns
 * ({@code BAN TỔ CHỨC TỈNH ỦY}), so each run of words takes the capitalisation the same words have most
 * often inside sentences of the article itself; the first letter is always a capital.
 */
final class SentenceCase {
    private static final int MAX_PHRASE = 4;
    /** Stands for punctuation in a sentence's words: it ends a phrase. */
    static final String BREAK = "\u0000";

    private final List<String> paragraphs;
    /** The body's sentences as words, split on first use: most pages have no subhead. */
    private List<List<String>> sentences;
    /** Where each word (in lowercase) is, past a sentence's first word: sentence and word index. */
    private Map<String, List<int[]>> starts;

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
            starts = new HashMap<>();
            for (String p : paragraphs) {
                for (String sentence : split(p, true)) {
                    List<String> words = words(sentence);
                    for (int i = 1; i < words.size(); i++) {
                        starts.computeIfAbsent(words.get(i).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                                .add(new int[] {sentences.size(), i});
                    }
                    sentences.add(words);
                }
            }
        }
        Set<String> firstWords = new HashSet<>();
        for (String phrase : wanted) firstWords.add(phrase.split(" ", 2)[0]);
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (String first : firstWords) {
            // a phrase can only be wanted where its first word is the first word of a wanted phrase
            for (int[] at : starts.getOrDefault(first, List.of())) {
                List<String> words = sentences.get(at[0]);
                int i = at[1];
                for (int n = 1; n <= MAX_PHRASE && i + n <= words.size(); n++) {
                    String surface = String.join(" ", words.subList(i, i + n));
                    String phrase = surface.toLowerCase(Locale.ROOT);
                    if (wanted.contains(phrase)) forms.computeIfAbsent(phrase, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
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
                // a phrase with punctuation in it is never one of the forms
                Map<String, Integer> seen = isPlain(phrase, true) ? forms.get(phrase) : null;
                if (seen == null) continue;
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

    /** A sentence's words; a word that is not letters, marks, digits and hyphens, or that shouts, is a {@link #BREAK}. */
    static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        for (String w : split(sentence, false)) {
            boolean shouting = w.length() > 6 && Casing.isAllCaps(w);
            words.add(!w.isEmpty() && isPlain(w, false) && !shouting ? w : BREAK);
        }
        return words;
    }

    /**
     * Whether {@code s} is only letters, marks, digits 0–9, hyphens and, if {@code spaces}, spaces: whether the
     * regex class {@code [\p{L}\p{M}\d-]}, or {@code [\p{L}\p{M}\d -]}, matches every character.
     */
    static boolean isPlain(String s, boolean spaces) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!Unicode.isLetterOrMark(c) && !(c >= '0' && c <= '9') && c != '-' && !(spaces && c == ' ')) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * What {@code s.split("\\s+")} gives, or with {@code sentences} what {@code s.split("(?<=[.!?:;])\\s+")} gives
     * (pieces between the runs of white space that follow sentence punctuation); loops, as every word of an
     * article with a subhead passes here.
     */
    static List<String> split(String s, boolean sentences) {
        List<String> pieces = new ArrayList<>();
        int pieceStart = 0;
        int i = 0;
        while (i < s.length()) {
            if (!isRegexSpace(s.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < s.length() && isRegexSpace(s.charAt(runEnd))) runEnd++;
            if (!sentences || (i > 0 && ".!?:;".indexOf(s.charAt(i - 1)) >= 0)) {
                pieces.add(s.substring(pieceStart, i));
                pieceStart = runEnd;
            }
            i = runEnd;
        }
        if (pieces.isEmpty()) return List.of(s);
        pieces.add(s.substring(pieceStart));
        // as String.split: trailing empty pieces are dropped
        int size = pieces.size();
        while (size > 0 && pieces.get(size - 1).isEmpty()) size--;
        return pieces.subList(0, size);
    }

    /** What {@code \\s} matches in a Java regex without flags. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
