package org.khotin.render;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.khotin.content.Article;

/**
 * A page whose view records are made only when it is about to render: a large archive never holds every
 * page's views at once. Making the same planned page twice gives equal jobs.
 */
@FunctionalInterface
public interface PlannedPage {
    RenderJob make();

    /**
     * Whether the page shows anything that these articles hold themselves (title, summary, body, byline, a
     * related list). A page that says no is made of the rest of the archive only, so an edit that changes no
     * more than these articles leaves it as it was. Pages that do not say which articles they show say yes.
     */
    default boolean showsAnyOf(Set<String> articleIds) {
        return true;
    }

    /** A page that shows these articles and nothing else of any article's own, listed only when asked for. */
    static PlannedPage showingArticles(Supplier<List<Article>> articles, PlannedPage page) {
        return withShown(page, changed -> articles.get().stream().anyMatch(a -> changed.contains(a.id())));
    }

    /** A page that shows nothing that any article holds itself (labels, counts, dates at most). */
    static PlannedPage showingNoArticle(PlannedPage page) {
        return withShown(page, changed -> false);
    }

    /**
     * A page that shows these articles (by id) and nothing else of any article's own; the ids are listed only
     * when asked for, which a one-off build never does.
     */
    static PlannedPage showing(Supplier<List<String>> articleIds, PlannedPage page) {
        return withShown(page, changed -> articleIds.get().stream().anyMatch(changed::contains));
    }

    private static PlannedPage withShown(PlannedPage page, Predicate<Set<String>> shows) {
        return new PlannedPage() {
            @Override
            public RenderJob make() {
                return page.make();
            }

            @Override
            public boolean showsAnyOf(Set<String> changed) {
                return shows.test(changed);
            }
        };
    }
}
