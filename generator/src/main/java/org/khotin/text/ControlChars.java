package org.khotin.text;

/**
 * Characters that have no place in an article, its pages or its feeds, though text pasted from Word, a PDF
 * or a badly decoded page often carries them: the C0 controls other than tab, line feed and carriage return
 * (Word's manual line break is U+000B), DEL, the C1 controls, and the noncharacters (U+FDD0–U+FDEF and the
 * last two code points of every plane, U+FFFE and U+FFFF among them). XML 1.0 forbids most of them, so one
 * of them in a title or a body would make a feed unreadable.
 */
public final class ControlChars {
    private ControlChars() {}

    /** Whether a code point is one to clean away. */
    public static boolean isStray(int codePoint) {
        if (codePoint < 0x20) return codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
        if (codePoint < 0x7F) return false;
        if (codePoint <= 0x9F) return true;
        return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /**
     * Whether a UTF-16 unit is, or is the second half of, a stray character: the noncharacters above U+FFFF
     * end in the low surrogates U+DFFE and U+DFFF.
     */
    private static boolean isStrayUnit(char c) {
        // ordered for the common case: ASCII text first, then the rest of the BMP up to the noncharacters
        if (c < 0x7F) return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
        if (c < 0xA0) return true;
        if (c < 0xDFFE) return false;
        return c <= 0xDFFF || c >= 0xFDD0 && c <= 0xFDEF || c >= 0xFFFE;
    }

    /** Whether a stray character stands for a break between lines: vertical tab, form feed, next line (U+0085). */
    public static boolean isLineBreak(int codePoint) {
        return codePoint == 0x0B || codePoint == 0x0C || codePoint == 0x85;
    }

    /** The index of the first stray character at or after {@code from}, or -1 when there is none. */
    public static int indexOfStray(String s, int from) {
        for (int i = Math.max(0, from), n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            // inline fast path: printable ASCII and the BMP below the surrogates, where Vietnamese letters are
            if (c >= 0x20 && (c < 0x7F || c >= 0xA0 && c < 0xD800) || !isStrayUnit(c)) continue;
            if (Character.isLowSurrogate(c)) {
                // a noncharacter above U+FFFF: its first half is where it starts
                if (i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) && isStray(Character.codePointAt(s, i - 1))) {
                    return i - 1;
                }
                continue;
            }
            return i;
        }
        return -1;
    }

    /**
     * The text with every stray character cleaned away: vertical tabs, form feeds and U+0085 become
     * {@code lineBreak} (a line feed in Markdown, a space in a one-line field), the others are removed.
     * Returns the same string when there is none (most text).
     */
    public static String clean(String s, String lineBreak) {
        int first = indexOfStray(s, 0);
        if (first < 0) return s;
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!isStray(cp)) {
                out.appendCodePoint(cp);
            } else if (isLineBreak(cp)) {
                out.append(lineBreak);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** How a message names a stray character: {@code U+000B (vertical tab)}. */
    public static String describe(int codePoint) {
        String name = switch (codePoint) {
            case 0x00 -> " (NUL)";
            case 0x0B -> " (vertical tab)";
            case 0x0C -> " (form feed)";
            case 0x1B -> " (escape)";
            case 0x7F -> " (delete)";
            case 0x85 -> " (next line)";
            default -> codePoint < 0x20 || codePoint >= 0x7F && codePoint <= 0x9F ? " (a control character)"
                    : " (a noncharacter)";
        };
        return String.format(java.util.Locale.ROOT, "U+%04X", codePoint) + name;
    }
}
