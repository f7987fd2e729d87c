package org.khotin.markdown;

import java.util.List;

/**
 * Markdown turned into safe HTML, or refused: {@code html} is empty when the body could not be rendered, with
 * the problem why; a body rendered may still hold problems an editor must fix (a link to a file that holds no
 * article).
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

    RenderedMarkdown withHtml(String other) {
        return new RenderedMarkdown(other, problems, photos);
    }

    RenderedMarkdown withProblems(List<MarkdownProblem> found) {
        if (found.isEmpty()) return this;
        List<MarkdownProblem> all = new java.util.ArrayList<>(problems);
        all.addAll(found);
        return new RenderedMarkdown(html, all, photos);
    }

    static RenderedMarkdown refused(MarkdownProblem problem) {
        return new RenderedMarkdown("", List.of(problem), List.of());
    }
}
