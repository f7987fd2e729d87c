package org.khotin.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khotin.config.Language;
import org.khotin.content.Article;
import org.khotin.taxonomy.Keyword;

/**
 * Pages at old addresses that send readers on: an article's {@code aliases} (its paths before a slug or date
 * changed), and the pages keywords had before the glossary merged them into another entry. Each is a minimal
 * page with a canonical link, an immediate refresh and a plain link, marked noindex; relative, so it works
 * under a sub-path. A sitemap or feed never lists them, and an address that is a page of the site stays that page.
 */
final class RedirectPages {
    private final SiteModel site;

    RedirectPages(SiteModel site) {
        this.site = site;
    }

    List<PlannedPage> plan() {
        Set<String> taken = new HashSet<>();
        for (Article a : site.corpus().articles()) taken.add(UrlScheme.article(a));
        for (Language lang : Language.values()) {
            for (Keyword k : site.keywords().keywords(lang)) taken.add(UrlScheme.keyword(lang, k.id(), 1));
        }
        List<PlannedPage> jobs = new ArrayList<>();
        for (Article a : site.corpus().articles()) {
            for (String alias : a.meta().aliases()) {
                if (!taken.add(alias)) continue;
                jobs.add(PlannedPage.showing(() -> List.of(a.id()),
                        () -> page(alias, a.lang(), UrlScheme.article(a), a.meta().title(), "")));
            }
        }
        for (Language lang : Language.values()) {
            for (Keyword k : site.keywords().keywords(lang)) {
                for (String slug : site.keywords().oldSlugs(k)) {
                    String old = UrlScheme.keyword(lang, slug, 1);
                    if (!taken.add(old)) continue;
                    jobs.add(PlannedPage.showingNoArticle(() -> page(old, lang, UrlScheme.keyword(lang, k.id(), 1),
                            k.label(lang), k.labelLang(lang))));
                }
            }
        }
        return jobs;
    }

    private RenderJob page(String oldFolder, Language lang, String target, String title, String titleLang) {
        String file = oldFolder + "index.html";
        return new RenderJob(file, "redirect.ftlh", Map.of("redirect", new Views.Redirect(lang.code(),
                site.t(lang, UiString.MOVED_TITLE), site.t(lang, UiString.MOVED_TEXT), title, titleLang,
                Links.relative(file, target), site.config().absolute(target))));
    }
}
