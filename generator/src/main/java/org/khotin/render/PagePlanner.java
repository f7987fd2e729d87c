package org.khotin.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.khotin.config.Language;

/** Turns the site model into render jobs: one per output page, each with its view records. */
public final class PagePlanner {
    private final SiteModel site;
    private final PageFrame frame;

    public PagePlanner(SiteModel site) {
        this.site = site;
        this.frame = new PageFrame(site);
    }

    public List<RenderJob> plan() {
        List<RenderJob> jobs = new ArrayList<>();
        jobs.add(languageChoice());
        jobs.add(notFound());
        ArticlePages articles = new ArticlePages(site, frame);
        KeywordPages keywords = new KeywordPages(site, frame);
        for (Language lang : Language.values()) {
            jobs.addAll(home(lang));
            jobs.addAll(articles.plan(lang));
            jobs.addAll(keywords.plan(lang));
        }
        return jobs;
    }

    private List<RenderJob> home(Language lang) {
        return frame.articleList(lang, site.listing(lang), p -> UrlScheme.home(lang, p),
                p -> UrlScheme.home(lang.other(), 1), true, List.of(), site.t(lang, "home_heading"), "",
                site.config().language(lang).description());
    }

    private RenderJob languageChoice() {
        String file = "index.html";
        List<Views.LanguageChoice> choices = new ArrayList<>();
        for (Language l : Language.values()) {
            choices.add(new Views.LanguageChoice(Links.relative(file, UrlScheme.home(l, 1)), site.t(l, "language_name"),
                    l.code(), site.config().language(l).title()));
        }
        PageFrame.Place place = new PageFrame.Place(Language.VI, "", UrlScheme.home(Language.EN, 1), false, List.of());
        Views.Page page = frame.page(place, site.config().language(Language.VI).title(),
                site.config().language(Language.VI).description(), "", "");
        return new RenderJob(file, "language-choice.ftlh", Map.of("page", page, "choices", choices,
                "redirect", Links.relative(file, UrlScheme.home(Language.VI, 1))));
    }

    private RenderJob notFound() {
        PageFrame.Place place = new PageFrame.Place(Language.VI, "404.html", UrlScheme.home(Language.EN, 1), false, List.of());
        Views.Page page = frame.page(place, site.t(Language.VI, "not_found_title"), "", "", "");
        // A 404 page is served at any depth, so its links must not be relative.
        String base = site.config().baseUrl();
        return new RenderJob("404.html", "404.ftlh", Map.of("page", page,
                "viHome", base + UrlScheme.home(Language.VI, 1), "enHome", base + UrlScheme.home(Language.EN, 1),
                "en", site.i18n().strings(Language.EN)));
    }
}
