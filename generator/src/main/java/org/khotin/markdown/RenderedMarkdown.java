package org.khotin.markdown;

import java.util.List;

/**
 * Markdown turned into safe HTML, or refused: when {@code problems} holds any, the body could not be rendered
 * and {@code html} is empty.
 */
public record RenderedMarkdown(String html, List<MarkdownProblem> problems) {
    public RenderedMarkdown {
        problems = List.copyOf(problems);
    }

    public RenderedMarkdown(String html) {
        this(html, List.of());
    }

    static RenderedMarkdown refused(MarkdownProblem problem) {
        return new RenderedMarkdown("", List.of(problem));
    }
}
