package org.khotin.markdown;

import java.util.List;

/**
 * Markdown turned into safe HTML, or refused: when {@code problems} holds any, the body could not be rendered
 * and {@code html} is empty.
 *
 * @param photos the resized photos the HTML shows, in order: the first is the page's image for social networks
 */
public record RenderedMarkdown(String html, List<MarkdownProblem> problems, List<Picture> photos) {
    public RenderedMarkdown {
        problems = List.copyOf(problems);
        photos = List.copyOf(photos);
    }

    public RenderedMarkdown(String html) {
        this(html, List.of(), List.of());
    }

    RenderedMarkdown withPhotos(List<Picture> shown) {
        return shown.isEmpty() ? this : new RenderedMarkdown(html, problems, shown);
    }

    static RenderedMarkdown refused(MarkdownProblem problem) {
        return new RenderedMarkdown("", List.of(problem), List.of());
    }
}
