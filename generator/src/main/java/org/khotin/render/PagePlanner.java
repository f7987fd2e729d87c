package org.khotin.render;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.khotin.config.Language;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.content.Corpus;
import org.khotin.markdown.RenderedMarkdown;
import org.khotin.taxonomy.Keyword;
import org.khotin.taxonomy.KeywordIndex;

/** Turns the site model into render jobs: one per output page, each with its view records. */
public final class PagePlanner {
    private final SiteConfig config;
    private final Corpus corpus;
    private final Map<String, RenderedMarkdown> bodies;
    private final Map<Language, KeywordIndex> keywords;
    private final I18n i18n;

    public PagePlanner(SiteConfig config, Corpus corpus, Map<String, RenderedMarkdown> bodies,
                       Map<Language, KeywordIndex> keywords, I18n i18n) {
        this.config = config;
        this.corpus = corpus;
        this.bodies = bodies;
        this.keywords = keywords;
        this.i18n = i18n;
    }

    public List<RenderJob> plan() {
        List<RenderJob> jobs = new ArrayList<>();
        jobs.add(languageChoice());
        jobs.add(notFound());
        for (Language lang : Language.values()) {
            List<Article> listed = listing(lang);
            jobs.addAll(paginated(lang, listed, p -> UrlScheme.home(lang, p), t(lang, "home_heading"), "",
                    List.of(), p -> UrlScheme.home(lang.other(), 1), true));
            for (Article a : corpus.articles(lang)) jobs.add(article(a));
            jobs.add(keywordIndex(lang));
            for (Keyword k : keywords.get(lang).keywords()) jobs.addAll(keywordPages(lang, k));
        }
        return jobs;
    }

    /** The articles a language's lists show: its own, plus untranslated Vietnamese ones on the English side. */
    List<Article> listing(Language lang) {
        if (lang == Language.VI || !config.language(lang).fallback()) return corpus.articles(lang);
        return corpus.articles().stream()
                .filter(a -> a.lang() == lang || (a.lang() == Language.VI && corpus.translationOf(a).isEmpty()))
                .toList();
    }

    private RenderJob article(Article a) {
        Language lang = a.lang();
        String file = UrlScheme.file(UrlScheme.article(a));
        ZonedDateTime date = a.localDate(config.timeZone());
        Optional<Article> translation = corpus.translationOf(a);
        List<Views.Link> keywordLinks = new ArrayList<>();
        for (String label : a.meta().keywords()) {
            keywords.get(lang).find(label).ifPresent(k -> keywordLinks.add(
                    new Views.Link(Links.relative(file, UrlScheme.keyword(lang, k.slug(), 1)), k.label(), "")));
        }
        List<Views.Link> translations = translation.map(tr -> List.of(new Views.Link(
                Links.relative(file, UrlScheme.article(tr)), tr.meta().title(), tr.lang().code()))).orElse(List.of());
        Views.Article view = new Views.Article(a.meta().kicker(), a.meta().title(), date.toOffsetDateTime().toString(),
                i18n.longDate(lang, date), a.meta().author(), a.meta().authorOrg(), a.meta().source(),
                a.meta().category(), a.meta().summary(), bodies.get(a.id()).html(), keywordLinks, translations);
        String counterpart = translation.map(UrlScheme::article).orElse(UrlScheme.home(lang.other(), 1));
        Views.Page page = page(lang, file, a.meta().title(), a.meta().summary(), UrlScheme.article(a),
                counterpart, translation.isPresent(),
                List.of(link(lang, file, UrlScheme.home(lang, 1), t(lang, "home")), new Views.Link("", a.meta().title(), "")),
                "", "");
        return new RenderJob(file, "article.ftlh", Map.of("page", page, "article", view));
    }

    private RenderJob keywordIndex(Language lang) {
        String location = UrlScheme.keywordIndex(lang);
        String file = UrlScheme.file(location);
        List<Views.KeywordEntry> entries = keywords.get(lang).keywords().stream()
                .map(k -> new Views.KeywordEntry(k.label(), Links.relative(file, UrlScheme.keyword(lang, k.slug(), 1)),
                        k.count(), ""))
                .toList();
        Views.Page page = page(lang, file, t(lang, "keywords"), t(lang, "keywords_description"), location,
                UrlScheme.keywordIndex(lang.other()), true,
                List.of(link(lang, file, UrlScheme.home(lang, 1), t(lang, "home")), new Views.Link("", t(lang, "keywords"), "")),
                "", "");
        return new RenderJob(file, "keyword-index.ftlh",
                Map.of("page", page, "index", new Views.KeywordIndex(t(lang, "keywords"), entries)));
    }

    private List<RenderJob> keywordPages(Language lang, Keyword k) {
        List<Article> articles = k.articleIds().stream().map(corpus::require).toList();
        Optional<Keyword> other = keywords.get(lang.other()).find(k.label());
        Function<Integer, String> counterpart = other
                .<Function<Integer, String>>map(o -> p -> UrlScheme.keyword(lang.other(), o.slug(), 1))
                .orElse(p -> UrlScheme.home(lang.other(), 1));
        List<Crumb> crumbs = List.of(new Crumb(UrlScheme.home(lang, 1), t(lang, "home")),
                new Crumb(UrlScheme.keywordIndex(lang), t(lang, "keywords")));
        return paginated(lang, articles, p -> UrlScheme.keyword(lang, k.slug(), p), k.label(), t(lang, "keyword_intro"),
                crumbs, counterpart, other.isPresent());
    }

    /** A breadcrumb above the current page: where it leads and what it says. */
    private record Crumb(String location, String label) {}

    private List<RenderJob> paginated(Language lang, List<Article> articles, Function<Integer, String> location,
                                      String heading, String intro, List<Crumb> crumbs,
                                      Function<Integer, String> counterpart, boolean hasCounterpart) {
        int size = config.pageSize();
        int total = Math.max(1, (articles.size() + size - 1) / size);
        List<RenderJob> jobs = new ArrayList<>();
        for (int p = 1; p <= total; p++) {
            String loc = location.apply(p);
            String file = UrlScheme.file(loc);
            List<Views.Teaser> items = new ArrayList<>();
            for (Article a : articles.subList((p - 1) * size, Math.min(articles.size(), p * size))) {
                items.add(teaser(lang, file, a));
            }
            List<Views.PageNumber> numbers = new ArrayList<>();
            for (int n = 1; n <= total; n++) numbers.add(new Views.PageNumber(n, Links.relative(file, location.apply(n)), n == p));
            String prev = p > 1 ? Links.relative(file, location.apply(p - 1)) : "";
            String next = p < total ? Links.relative(file, location.apply(p + 1)) : "";
            Views.Pagination pagination = new Views.Pagination(p, total, prev, next, numbers);
            List<Views.Link> breadcrumbs = new ArrayList<>();
            for (Crumb c : crumbs) breadcrumbs.add(link(lang, file, c.location(), c.label()));
            breadcrumbs.add(new Views.Link("", heading, ""));
            String title = p == 1 ? heading : heading + " – " + String.format(t(lang, "page_n"), p);
            String description = intro.isEmpty() ? config.language(lang).description() : intro + " " + heading;
            Views.Page page = page(lang, file, title, description, loc, counterpart.apply(p), hasCounterpart,
                    crumbs.isEmpty() ? List.of() : breadcrumbs, prev, next);
            jobs.add(new RenderJob(file, "list.ftlh",
                    Map.of("page", page, "list", new Views.ArticleList(heading, intro, items, pagination))));
        }
        return jobs;
    }

    private Views.Teaser teaser(Language pageLang, String file, Article a) {
        ZonedDateTime date = a.localDate(config.timeZone());
        return new Views.Teaser(Links.relative(file, UrlScheme.article(a)), a.meta().title(),
                a.lang() == pageLang ? "" : a.lang().code(), a.meta().kicker(), date.toOffsetDateTime().toString(),
                i18n.shortDate(a.lang() == pageLang ? pageLang : a.lang(), date), a.meta().summary());
    }

    private RenderJob languageChoice() {
        String file = "index.html";
        List<Views.LanguageChoice> choices = new ArrayList<>();
        for (Language l : Language.values()) {
            choices.add(new Views.LanguageChoice(Links.relative(file, UrlScheme.home(l, 1)), t(l, "language_name"),
                    l.code(), config.language(l).title()));
        }
        Views.Page page = page(Language.VI, file, config.language(Language.VI).title(),
                config.language(Language.VI).description(), "", UrlScheme.home(Language.EN, 1), false, List.of(), "", "");
        return new RenderJob(file, "language-choice.ftlh", Map.of("page", page, "choices", choices,
                "redirect", Links.relative(file, UrlScheme.home(Language.VI, 1))));
    }

    private RenderJob notFound() {
        String file = "404.html";
        Views.Page page = page(Language.VI, file, t(Language.VI, "not_found_title"), "", "404.html",
                UrlScheme.home(Language.EN, 1), false, List.of(), "", "");
        // A 404 page is served at any depth, so its links must not be relative.
        Map<String, Object> model = Map.of("page", page,
                "viHome", config.baseUrl() + UrlScheme.home(Language.VI, 1),
                "enHome", config.baseUrl() + UrlScheme.home(Language.EN, 1),
                "en", i18n.strings(Language.EN));
        return new RenderJob(file, "404.ftlh", model);
    }

    private Views.Page page(Language lang, String file, String title, String description, String location,
                            String counterpartLocation, boolean hasCounterpart, List<Views.Link> breadcrumbs,
                            String prev, String next) {
        String siteTitle = config.language(lang).title();
        List<Views.Alternate> alternates = new ArrayList<>();
        if (hasCounterpart) {
            String vi = lang == Language.VI ? location : counterpartLocation;
            String en = lang == Language.EN ? location : counterpartLocation;
            alternates.add(new Views.Alternate("vi", config.baseUrl() + vi));
            alternates.add(new Views.Alternate("en", config.baseUrl() + en));
            alternates.add(new Views.Alternate("x-default", config.baseUrl() + vi));
        }
        Views.Link languageSwitch = new Views.Link(Links.relative(file, counterpartLocation),
                t(lang.other(), "language_name"), lang.other().code());
        String documentTitle = title.equals(siteTitle) ? siteTitle : title + " – " + siteTitle;
        return new Views.Page(lang.code(), documentTitle, description, config.baseUrl() + location,
                Links.toRoot(file), siteTitle, Links.relative(file, UrlScheme.home(lang, 1)),
                Links.relative(file, UrlScheme.keywordIndex(lang)), alternates, languageSwitch, hasCounterpart,
                breadcrumbs, prev, next, i18n.strings(lang));
    }

    private static Views.Link link(Language lang, String file, String location, String label) {
        return new Views.Link(Links.relative(file, location), label, "");
    }

    private String t(Language lang, String key) {
        return i18n.get(lang, key);
    }
}
