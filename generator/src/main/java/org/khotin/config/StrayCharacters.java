package org.khotin.config;

import java.util.Locale;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.khotin.text.ControlChars;

/**
 * Cleans the control characters and noncharacters of {@link ControlChars} out of text read from a file,
 * with one warning at the first of them, so that an editor can find and delete them.
 */
public final class StrayCharacters {
    private StrayCharacters() {}

    /**
     * @param lineBreak what a vertical tab, form feed or U+0085 becomes: "\n" in Markdown, " " in YAML
     * @param start     where the text's first character is in its file
     */
    public static String clean(String text, String lineBreak, SourcePos start, Problems problems) {
        return clean(text, lineBreak, start, true, problems);
    }

    /**
     * As {@link #clean(String, String, SourcePos, Problems)} for a value whose characters do not stand where
     * its file has them (a quoted YAML value with escapes such as "\0"): the warning is at the value.
     */
    public static String cleanValue(String value, String lineBreak, SourcePos at, Problems problems) {
        return clean(value, lineBreak, at, false, problems);
    }

    private static String clean(String text, String lineBreak, SourcePos start, boolean exact, Problems problems) {
        int first = ControlChars.indexOfStray(text, 0);
        if (first < 0) return text;
        int count = 0;
        for (int i = first; i >= 0; i = ControlChars.indexOfStray(text, i + Character.charCount(text.codePointAt(i)))) {
            count++;
        }
        int cp = text.codePointAt(first);
        String done = ControlChars.isLineBreak(cp) ? "replaced with " + (lineBreak.equals("\n") ? "a line break" : "a space")
                : "removed";
        String more = count == 1 ? "" : String.format(Locale.ROOT, " (and %d more in this text)", count - 1);
        problems.warning(exact ? positionOf(text, first, start) : start, "stray character " + ControlChars.describe(cp) + " " + done + more,
                "text pasted from Word, a PDF or an old web page carries such invisible characters; khotin cleans them"
                        + " when it reads the file, but delete them there (search for the regular expression"
                        + " [\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F])");
        return ControlChars.clean(text, lineBreak);
    }

    /** The line and column (in characters) of an index into a text that starts at {@code start}. */
    static SourcePos positionOf(String text, int index, SourcePos start) {
        int line = Math.max(start.line(), 1);
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        int col = text.codePointCount(lineStart, index) + 1;
        if (lineStart == 0) col += Math.max(start.col(), 1) - 1;
        return SourcePos.at(start.path(), line, col);
    }
}
