package org.khotin.text;

/** Where a character offset falls in a text: its 1-based line and column; lines end at \n, \r\n or \r. */
public record TextPosition(int line, int col) {
    public static TextPosition of(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, offset - lineStart + 1);
    }
}
