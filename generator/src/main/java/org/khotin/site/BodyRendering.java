package org.khotin.site;

import org.khotin.content.Article;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.khotin.markdown.ArticleLinks;
import org.khotin.markdown.MarkdownProblem;
import org.khotin.markdown.MarkdownRenderer;
import org.khotin.markdown.MediaFiles;
import org.khotin.markdown.RenderedMarkdown;

/** Article bodies rendered to HTML for the pages that show them, kept between a preview's builds. */
final class BodyRendering {
    private final Reuse reuse;
    private final MarkdownRenderer markdown;

    BodyRendering(Reuse reuse, MarkdownRenderer markdown) {
        this.reuse = reuse;
        this.markdown = markdown;
    }

    /**
     * An article's body as HTML, rendered when its page is (in parallel with other pages). The preview keeps
     * each body's HTML for the next build; a one-off build keeps none, so a large archive's HTML is never
     * held all at once. A body that cannot be rendered (nested too deeply), or that links to a file holding no
     * article, is an error at its place in the file.
     */
    RenderedMarkdown of(Article a, MediaFiles media, ArticleLinks links, Problems problems) {
        RenderedMarkdown html = reuse.body(a, media, links, markdown);
        for (MarkdownProblem p : html.problems()) {
            problems.error(SourcePos.at(a.sourcePath(), a.bodyLine() + p.line() - 1, p.col()), p.message(), p.hint());
        }
        return html;
    }
}
