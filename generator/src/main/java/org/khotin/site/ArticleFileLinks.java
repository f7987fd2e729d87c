package org.khotin.site;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.khotin.content.Article;
import org.khotin.content.Corpus;
import org.khotin.markdown.ArticleLinks;
import org.khotin.render.Links;
import org.khotin.render.UrlScheme;

/** The links between a build's articles by their Markdown files (see {@link ArticleLinks}). */
final class ArticleFileLinks {
    private final Map<String, Article> byFile = new HashMap<>();

    ArticleFileLinks(Corpus corpus) {
        for (Article a : corpus.articles()) byFile.put(a.sourcePath(), a);
    }

    /** Where links in this article's body to other articles' files lead. */
    ArticleLinks from(Article a) {
        String folder = a.sourcePath().substring(0, a.sourcePath().lastIndexOf('/') + 1);
        String page = UrlScheme.file(UrlScheme.article(a));
        return path -> resolved(folder + path).map(byFile::get).map(target -> Links.relative(page, UrlScheme.article(target)));
    }

    /** A path with its "." and ".." steps taken; empty when it climbs above the site's folder. */
    static Optional<String> resolved(String path) {
        Deque<String> steps = new ArrayDeque<>();
        for (String step : path.split("/", -1)) {
            if (step.equals("..")) {
                if (steps.isEmpty()) return Optional.empty();
                steps.removeLast();
            } else if (!step.isEmpty() && !step.equals(".")) {
                steps.addLast(step);
            }
        }
        return Optional.of(String.join("/", steps));
    }
}
