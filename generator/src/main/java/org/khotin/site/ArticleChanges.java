package org.khotin.site;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.khotin.config.Language;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.content.FrontMatter;
import org.khotin.render.SiteModel;

/**
 * What changed since the last preview build, when all that changed is what articles hold themselves: a
 * title, a summary, a body, a byline. Such an edit changes only the pages that show those articles (see
 * {@link org.khotin.render.PlannedPage#showsAnyOf}); every other page is as it was.
 */
final class ArticleChanges {
    /** The model of the last successful preview build, and its pages in plan order (null where one failed). */
    record Previous(SiteConfig config, BuildOptions options, String templatesHash, SiteModel site,
                    BuildCache.RenderedPage[] pages) {}

    private ArticleChanges() {}

    /**
     * Ids of the articles whose own content or related list changed; empty when more than that changed (an
     * article added, removed or moved; keywords, dates, categories, translations; configuration, templates),
     * so that every page must be made again.
     */
    static Optional<Set<String>> since(Previous previous, SiteConfig config, BuildOptions options, String templatesHash,
                                       SiteModel now) {
        if (previous == null || !previous.config().equals(config) || !previous.options().equals(options)
                || !previous.templatesHash().equals(templatesHash)
                || !previous.site().lastChanges().equals(now.lastChanges())) {
            return Optional.empty();
        }
        SiteModel before = previous.site();
        List<Article> was = before.corpus().articles();
        List<Article> is = now.corpus().articles();
        if (was.size() != is.size()) return Optional.empty();
        for (Language lang : Language.values()) {
            if (!before.keywords().keywords(lang).equals(now.keywords().keywords(lang))) return Optional.empty();
        }
        Set<String> changed = new HashSet<>();
        for (int i = 0; i < is.size(); i++) {
            Article a = was.get(i);
            Article b = is.get(i);
            if (a == b) continue;
            if (!sameOutsideItself(a, b)) return Optional.empty();
            changed.add(b.id());
        }
        for (Article a : is) {
            if (!before.related().relatedTo(a.id()).equals(now.related().relatedTo(a.id()))) changed.add(a.id());
        }
        return Optional.of(changed);
    }

    /** Whether an edit kept everything by which other pages place, list, count or date the article. */
    private static boolean sameOutsideItself(Article a, Article b) {
        FrontMatter x = a.meta();
        FrontMatter y = b.meta();
        return a.id().equals(b.id()) && a.sourcePath().equals(b.sourcePath())
                && x.date().equals(y.date()) && x.updated().equals(y.updated()) && x.lang() == y.lang()
                && x.slug().equals(y.slug()) && x.keywords().equals(y.keywords()) && x.category().equals(y.category())
                && x.translationKey().equals(y.translationKey()) && x.draft() == y.draft()
                && x.related().equals(y.related()) && x.relatedExclude().equals(y.relatedExclude())
                && x.aliases().equals(y.aliases()); // an old address is a page of its own
    }
}
