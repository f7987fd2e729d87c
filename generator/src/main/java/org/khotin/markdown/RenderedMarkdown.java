package org.khotin.markdown;

/** Markdown turned into safe HTML. */
public record RenderedMarkdown(String html) {}
