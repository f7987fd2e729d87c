package org.khotin.markdown;

/**
 * An image a Markdown text shows ({@code ![alt](address "title")}), where it stands in the text.
 *
 * @param line 1-based line of the Markdown text (not of the file it came from)
 * @param col  1-based column in that line
 */
public record ImageReference(String address, String alt, String title, int line, int col) {}
