package org.khotin.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.content.Article;
import org.khotin.content.Corpus;
import org.khotin.diag.SourcePos;
import org.khotin.render.UrlScheme;
import org.khotin.text.TextPosition;

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
     * The links of these articles' pages, found in their Markdown where a link's address is written (after "](",
     * in "<…>" or a reference "]: "): the address as the page has it, or for a link to another article's file
     * (which the page shows as that article's address) its fragment. A link no article wrote is not found.
     */
    static LinkSources in(Corpus corpus) {
        Map<String, Article> byPage = new HashMap<>();
        for (Article a : corpus.articles()) byPage.put(UrlScheme.file(UrlScheme.article(a)), a);
        return (page, address, fragment) -> {
            Article a = byPage.get(page);
            if (a == null) return Optional.empty();
            String body = a.body().text();
            int at = destination(body, address, "");
            if (at < 0 && !fragment.isEmpty()) at = destination(body, "#" + fragment, "[^\\s)\"'>]*");
            if (at < 0) return Optional.empty();
            TextPosition where = TextPosition.of(body, at);
            return Optional.of(SourcePos.at(a.sourcePath(), a.bodyLine() + where.line() - 1, where.col()));
        };
    }

    /**
     * Where a link destination ending in {@code tail} is written, as the offset of its first character; -1 when
     * none is. {@code before} is what may come between the destination's start and {@code tail} (a file's path
     * before its fragment).
     */
    private static int destination(String body, String tail, String before) {
        Matcher m = Pattern.compile("(?:\\]\\(\\s*|<|\\]:\\s*)(" + before + Pattern.quote(tail) + ")(?=[\\s)\"'>]|$)").matcher(body);
        return m.find() ? m.start(1) : -1;
    }
}
