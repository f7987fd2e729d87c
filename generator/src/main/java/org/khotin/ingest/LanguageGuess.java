package org.khotin.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.config.Language;

/**
 * Vietnamese or English, from the text itself: Vietnamese prose writes most syllables with a diacritic
 * (Vietnamese-letter share well above 30 %), English almost none; common English function words decide
 * the rest. Text that is neither is taken as Vietnamese, the archive's main language.
 */
final class LanguageGuess {
    private LanguageGuess() {}

    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "was", "for", "on", "that",
            "with", "as", "by", "at", "from", "it", "its", "are", "were", "be", "has", "have", "this", "an", "which");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    static Language of(String text) {
        if (Syllables.vietnameseLetterShare(text) >= 0.15) return Language.VI;
        Matcher m = WORD.matcher(text);
        int words = 0;
        int english = 0;
        while (m.find()) {
            words++;
            if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) english++;
        }
        return words > 0 && english >= words * 0.08 ? Language.EN : Language.VI;
    }
}
