package org.khotin.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.khotin.content.Article;
import org.khotin.markdown.RenderedMarkdown;

/**
 * Body HTML for one build in which some bodies are shown by several pages (an article's page and each feed
 * it is in): those are rendered once and kept until their last use, then dropped. The HTML kept at once
 * stays under a budget; past it a body is rendered again when asked, which changes no byte, only the time.
 */
final class SharedBodyHtml implements Function<Article, RenderedMarkdown> {
    private final Function<Article, RenderedMarkdown> render;
    private final Map<String, AtomicInteger> usesLeft = new ConcurrentHashMap<>();
    private final Map<String, RenderedMarkdown> kept = new ConcurrentHashMap<>();
    private final AtomicLong keptChars = new AtomicLong();
    private final long budgetChars;

    /**
     * @param uses        article id → how many times the build asks for its body; bodies asked for once are not kept
     * @param budgetChars how much HTML (in chars) may be kept at once
     */
    SharedBodyHtml(Function<Article, RenderedMarkdown> render, Map<String, Integer> uses, long budgetChars) {
        this.render = render;
        this.budgetChars = budgetChars;
        uses.forEach((id, n) -> {
            if (n > 1) usesLeft.put(id, new AtomicInteger(n));
        });
    }

    @Override
    public RenderedMarkdown apply(Article a) {
        AtomicInteger left = usesLeft.get(a.id());
        if (left == null) return render.apply(a);
        RenderedMarkdown html = kept.get(a.id());
        if (html == null) {
            html = render.apply(a);
            keep(a.id(), html);
        }
        if (left.decrementAndGet() <= 0) drop(a.id());
        return html;
    }

    private void keep(String id, RenderedMarkdown html) {
        long size = html.html().length();
        if (keptChars.addAndGet(size) > budgetChars || kept.putIfAbsent(id, html) != null) {
            keptChars.addAndGet(-size);
        }
    }

    private void drop(String id) {
        RenderedMarkdown gone = kept.remove(id);
        if (gone != null) keptChars.addAndGet(-gone.html().length());
    }

    /** How much HTML is kept now: none once every body has had its last use. */
    long keptChars() {
        return keptChars.get();
    }
}
