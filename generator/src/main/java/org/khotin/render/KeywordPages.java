package org.khotin.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.khotin.config.Language;
import org.khotin.content.Article;
import org.khotin.taxonomy.Keyword;

/** The keyword index and one paginated page per keyword, per language. */
final class KeywordPages {
    private final SiteModel site;
    private final PageFrame frame;

    KeywordPages(SiteModel site, PageFrame frame) {
        this.site = site;
        this.frame = frame;
    }

    List<RenderJob> plan(Language lang) {
        List<RenderJob> jobs = new ArrayList<>();
        jobs.add(index(lang));
        for (Keyword k : site.keywords().get(lang).keywords()) jobs.addAll(keywordPages(lang, k));
        return jobs;
    }

    private RenderJob index(Language lang) {
        String location = UrlScheme.keywordIndex(lang);
        String file = UrlScheme.file(location);
        List<Views.KeywordEntry> entries = site.keywords().get(lang).keywords().stream()
                .map(k -> new Views.KeywordEntry(k.label(), Links.relative(file, UrlScheme.keyword(lang, k.slug(), 1)),
                        k.count(), ""))
                .toList();
        String heading = site.t(lang, "keywords");
        PageFrame.Place place = new PageFrame.Place(lang, location, UrlScheme.keywordIndex(lang.other()), true,
                List.of(frame.homeCrumb(lang)));
        Views.Page page = frame.page(place, heading, site.t(lang, "keywords_description"), "", "");
        return new RenderJob(file, "keyword-index.ftlh", Map.of("page", page, "index", new Views.KeywordIndex(heading, entries)));
    }

    private List<RenderJob> keywordPages(Language lang, Keyword k) {
        List<Article> articles = k.articleIds().stream().map(site.corpus()::require).toList();
        Optional<Keyword> other = site.keywords().get(lang.other()).find(k.label());
        IntFunction<String> counterpart = p -> other.map(o -> UrlScheme.keyword(lang.other(), o.slug(), 1))
                .orElse(UrlScheme.home(lang.other(), 1));
        List<PageFrame.Crumb> crumbs = List.of(frame.homeCrumb(lang),
                new PageFrame.Crumb(UrlScheme.keywordIndex(lang), site.t(lang, "keywords")));
        String intro = site.t(lang, "keyword_intro");
        return frame.articleList(lang, articles, p -> UrlScheme.keyword(lang, k.slug(), p), counterpart,
                other.isPresent(), crumbs, k.label(), intro, intro + " " + k.label());
    }
}
