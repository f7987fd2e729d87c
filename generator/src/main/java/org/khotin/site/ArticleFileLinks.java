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
        // by the path as resolved links name it: content_dir may be written "./content", "content/" or "../shared"
        for (Article a : corpus.articles()) byFile.put(resolved(a.sourcePath()), a);
    }

    /** Where links in this article's body to other articles' files lead. */
    ArticleLinks from(Article a) {
        String folder = a.sourcePath().substring(0, a.sourcePath().lastIndexOf('/') + 1);
        String page = UrlScheme.file(UrlScheme.article(a));
        return path -> Optional.ofNullable(byFile.get(resolved(folder + path)))
                .map(target -> Links.relative(page, UrlScheme.article(target)));
    }

    /** A path relative to the site's folder with its "." and ".." steps taken (those above the folder kept). */
    static String resolved(String path) {
        Deque<String> steps = new ArrayDeque<>();
        for (String step : path.replace('\\', '/').split("/", -1)) {
            if (step.equals("..") && !steps.isEmpty() && !steps.peekLast().equals("..")) {
                steps.removeLast();
            } else if (!step.isEmpty() && !step.equals(".")) {
                steps.addLast(step);
            }
        }
        return String.join("/", steps);
    }
}
