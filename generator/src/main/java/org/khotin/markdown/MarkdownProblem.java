package org.khotin.markdown;

/**
 * Why a Markdown text could not be rendered, and where in it.
 *
 * @param line 1-based line of the Markdown text (not of the file it came from)
 * @param col  1-based column in that line, or 0 when unknown
 */
public record MarkdownProblem(int line, int col, String message, String hint) {
    /** The line and column of a character offset in a text; lines end at \n, \r\n or \r. */
    static MarkdownProblem at(String text, int offset, String message, String hint) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new MarkdownProblem(line, offset - lineStart + 1, message, hint);
    }
}
