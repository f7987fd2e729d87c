package org.khotin.ingest;

import java.util.List;
import java.util.Optional;

/**
 * A page reduced to lines of text, plus what the page said about itself in metadata (HTML only).
 * {@link ArticleReader} makes an article of it, whichever reader produced it.
 */
public record PageText(List<Line> lines, Hints hints) {
    public PageText {
        lines = List.copyOf(lines);
    }

    /** What the markup says a line is; plain text says nothing. */
    public enum Kind { TEXT, HEADING, CAPTION, PHOTO }

    /**
     * One line; {@code blankBefore} records a paragraph break in plain text. A {@link Kind#PHOTO} line's text is
     * the image's address, and {@code alt} its description.
     */
    public record Line(String text, Kind kind, boolean blankBefore, String alt) {
        public Line(String text, Kind kind, boolean blankBefore) {
            this(text, kind, blankBefore, "");
        }
    }

    /**
     * Metadata from the page head; every field optional.
     *
     * @param summary the page's own summary (sapo), when the page gives it apart from the body
     */
    public record Hints(Optional<String> title, Optional<DateParser.ParsedDate> date, Optional<String> author,
            List<String> keywords, Optional<String> category, Optional<String> source, Optional<String> summary) {
        public Hints {
            keywords = List.copyOf(keywords);
        }

        public static Hints none() {
            return new Hints(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }

        public Hints withSummary(Optional<String> pageSummary) {
            return new Hints(title, date, author, keywords, category, source, pageSummary);
        }
    }
}
