package org.khotin.ingest;

/** One piece of an article body, in reading order. Text is clean NFC, not yet Markdown-escaped. */
public sealed interface Block {
    String text();

    record Paragraph(String text) implements Block {}

    /** A subhead, already in sentence case. */
    record Heading(String text) implements Block {}

    /** A photo caption or credit. */
    record Caption(String text) implements Block {}
}
