package org.khotin.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.khotin.content.Article;
import org.khotin.content.Corpus;
import org.khotin.diag.SourcePos;
import org.khotin.render.UrlScheme;

/** Where a page's link was written, when an editor wrote it in an article's Markdown: so a broken one is fixed there. */
@FunctionalInterface
public interface LinkSources {
    /** Links are reported on the pages that hold them. */
    LinkSources NONE = (page, address, fragment) -> Optional.empty();

    /**
     * @param page     the page's file under the output folder ({@code vi/2024/05/slug/index.html})
     * @param address  the link's address as the page has it
     * @param fragment its {@code #fragment}, without the '#', or empty
     */
    Optional<SourcePos> find(String page, String address, String fragment);

    /**
     * The links of these articles' pages, found in their Markdown: the address as written, or for a link to another
     * article's file (which the page shows as that article's address) its fragment.
     */
    static LinkSources in(Corpus corpus) {
        Map<String, Article> byPage = new HashMap<>();
        for (Article a : corpus.articles()) byPage.put(UrlScheme.file(UrlScheme.article(a)), a);
        return (page, address, fragment) -> {
            Article a = byPage.get(page);
            if (a == null) return Optional.empty();
            String body = a.body().text();
            int at = body.indexOf(address);
            if (at < 0 && !fragment.isEmpty()) at = body.indexOf("#" + fragment);
            if (at < 0) return Optional.empty();
            int line = a.bodyLine();
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (body.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return Optional.of(SourcePos.at(a.sourcePath(), line, at - lineStart + 1));
        };
    }
}
