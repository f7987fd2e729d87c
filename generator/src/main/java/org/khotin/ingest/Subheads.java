package org.khotin.ingest;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Subheads that pages mark only by layout: a short line without closing punctuation (a question mark may
 * end it) between paragraphs, or a numbered one ({@code 3. Fingerprint Quick Action}), followed by a
 * paragraph. A caption credit, a label ({@code Hậu vệ trái: Văn Thanh.}) or a line with nothing after it is
 * not a subhead.
 */
final class Subheads {
    private Subheads() {}

    private static final int MAX_WORDS = 10;
    /** A question may run longer: captions do not ask. */
    private static final int MAX_QUESTION_WORDS = 14;
    private static final int MAX_NUMBERED_WORDS = 15;
    private static final int MAX_CHARS = 100;
    /** The shortest line that is a paragraph whatever its punctuation. */
    private static final int PARAGRAPH_CHARS = 60;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMBERED = Pattern.compile("(?uU)\\d{1,2}\\.\\s*[\\p{Lu}\"“].*");
    private static final Pattern ENDS_OPEN = Pattern.compile(".*[.,;…!\\-–—(]$");
    /** A numbered line holding sentences ({@code 2. I love you… Because…}) is a list item, not a subhead. */
    private static final Pattern INNER_SENTENCE = Pattern.compile(".*(?:[.!?]\\s+\\S|[!…]$|\\.\\.$).*");
    private static final Pattern ENDS_A_PARAGRAPH = Pattern.compile(".*[.!?:…\"”)]$");

    static boolean isNumbered(String line) {
        return NUMBERED.matcher(line).matches();
    }

    /** The subhead's text when the line is one, given the line after it. */
    static Optional<String> of(String line, Optional<String> next) {
        if (line.length() > MAX_CHARS || line.indexOf(':') >= 0 || next.isEmpty()) return Optional.empty();
        String following = next.get();
        if (following.length() < PARAGRAPH_CHARS && !ENDS_A_PARAGRAPH.matcher(following).matches()) return Optional.empty();
        int words = SPACES.split(line).length;
        if (NUMBERED.matcher(line).matches()) {
            String item = line.replaceFirst("^\\d{1,2}\\.", "");
            return words <= MAX_NUMBERED_WORDS && !INNER_SENTENCE.matcher(item).matches()
                    ? Optional.of(line.replaceAll("\\.$", "")) : Optional.empty();
        }
        int first = line.codePointAt(0);
        boolean startsRight = Character.isUpperCase(first) || first == '"' || first == '“';
        int maxWords = line.endsWith("?") ? MAX_QUESTION_WORDS : MAX_WORDS;
        if (!startsRight || words > maxWords || ENDS_OPEN.matcher(line).matches() || Captions.isCaption(line)) {
            return Optional.empty();
        }
        return Optional.of(line);
    }
}
