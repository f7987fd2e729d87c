package org.khotin.markdown;

import java.util.List;

/**
 * Markdown turned into safe HTML.
 *
 * @param headings the headings in order, with the ids they got
 * @param links    every href in the body, as written
 */
public record RenderedMarkdown(String html, List<Heading> headings, List<String> links) {
    public RenderedMarkdown {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
    }

    public record Heading(int level, String id, String text) {}
}
