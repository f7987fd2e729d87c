package org.khotin.markdown;

import org.khotin.text.TextPosition;

/**
 * Why a Markdown text could not be rendered, and where in it.
 *
 * @param line 1-based line of the Markdown text (not of the file it came from)
 * @param col  1-based column in that line, or 0 when unknown
 */
public record MarkdownProblem(int line, int col, String message, String hint) {
    /** A problem at a character offset of the text. */
    static MarkdownProblem at(String text, int offset, String message, String hint) {
        TextPosition at = TextPosition.of(text, offset);
        return new MarkdownProblem(at.line(), at.col(), message, hint);
    }
}
