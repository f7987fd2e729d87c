package org.khotin.render;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.khotin.config.Language;
import org.khotin.content.Article;

/**
 * The parts every page family shares: the page frame (head metadata, header, language switch,
 * breadcrumbs), teasers, and paginated article lists.
 */
final class PageFrame {
    private final SiteModel site;

    PageFrame(SiteModel site) {
        this.site = site;
    }

    /** A breadcrumb above the current page: where it leads and what it says. */
    record Crumb(String location, String label) {}

    /**
     * Where a page is and what it is: its location, its counterpart in the other language (or that
     * language's home, when {@code hasCounterpart} is false) and the breadcrumbs above it.
     */
    record Place(Language lang, String location, String counterpart, boolean hasCounterpart, List<Crumb> crumbs) {
        String file() {
            return UrlScheme.file(location);
        }
    }

    /**
     * What a page adds to the frame's metadata.
     *
     * @param feed        location of the Atom feed for this page's list, or empty
     * @param newsArticle JSON-LD of the article shown, if the page is one
     */
    record Details(String ogType, OffsetDateTime lastmod, String feed, Optional<Map<String, Object>> newsArticle,
                   boolean indexable) {
        static Details website(OffsetDateTime lastmod, String feed) {
            return new Details("website", lastmod, feed, Optional.empty(), true);
        }
    }

    Views.Page page(Place place, String title, String description, String prev, String next) {
        return page(place, title, description, prev, next,
                Details.website(site.lastChange(site.listing(place.lang())), UrlScheme.feed(UrlScheme.home(place.lang(), 1))));
    }

    Views.Page page(Place place, String title, String description, String prev, String next, Details details) {
        Language lang = place.lang();
        String file = place.file();
        String siteTitle = site.config().language(lang).title();
        String base = site.config().baseUrl();
        List<Views.Alternate> alternates = new ArrayList<>();
        if (place.hasCounterpart()) {
            String vi = lang == Language.VI ? place.location() : place.counterpart();
            String en = lang == Language.EN ? place.location() : place.counterpart();
            alternates.add(new Views.Alternate("vi", base + vi));
            alternates.add(new Views.Alternate("en", base + en));
            alternates.add(new Views.Alternate("x-default", base + vi));
        }
        List<Views.Link> breadcrumbs = new ArrayList<>();
        if (!place.crumbs().isEmpty()) {
            for (Crumb c : place.crumbs()) breadcrumbs.add(new Views.Link(Links.relative(file, c.location()), c.label(), ""));
            breadcrumbs.add(new Views.Link("", title, ""));
        }
        Views.Link languageSwitch = new Views.Link(Links.relative(file, place.counterpart()),
                site.t(lang.other(), "language_name"), lang.other().code());
        String documentTitle = title.equals(siteTitle) ? siteTitle : title + " – " + siteTitle;
        String canonical = base + place.location();
        List<StructuredData.Step> steps = new ArrayList<>();
        for (Crumb c : place.crumbs()) steps.add(new StructuredData.Step(c.label(), base + c.location()));
        steps.add(new StructuredData.Step(title, canonical));
        List<Map<String, Object>> graph = new ArrayList<>();
        details.newsArticle().ifPresent(graph::add);
        graph.add(StructuredData.breadcrumbs(steps));
        Views.Meta meta = new Views.Meta(details.ogType(), ogLocale(lang), ogLocale(lang.other()),
                details.feed().isEmpty() ? "" : Links.relative(file, details.feed()),
                details.feed().isEmpty() ? "" : site.t(lang, "feed_title") + ": " + title,
                StructuredData.toJson(graph), details.lastmod().toString(), details.indexable());
        return new Views.Page(lang.code(), documentTitle, description, canonical, Links.toRoot(file),
                siteTitle, Links.relative(file, UrlScheme.home(lang, 1)), Links.relative(file, UrlScheme.keywordIndex(lang)),
                Links.relative(file, UrlScheme.archive(lang)), Links.relative(file, UrlScheme.categoryIndex(lang)),
                Links.relative(file, UrlScheme.search(lang)),
                alternates, languageSwitch, place.hasCounterpart(), breadcrumbs, prev, next, meta,
                site.i18n().strings(lang));
    }

    private static String ogLocale(Language lang) {
        return lang == Language.VI ? "vi_VN" : "en_GB";
    }

    Crumb homeCrumb(Language lang) {
        return new Crumb(UrlScheme.home(lang, 1), site.t(lang, "home"));
    }

    Views.Teaser teaser(Language pageLang, String file, Article a) {
        ZonedDateTime date = a.localDate(site.config().timeZone());
        boolean foreign = a.lang() != pageLang;
        return new Views.Teaser(Links.relative(file, UrlScheme.article(a)), a.meta().title(),
                foreign ? a.lang().code() : "", a.meta().kicker(), date.toOffsetDateTime().toString(),
                site.i18n().shortDate(a.lang(), date), a.meta().summary());
    }

    /**
     * Pages of an article list, {@code page_size} articles each.
     *
     * @param location    where page n is
     * @param counterpart where page n's counterpart in the other language is
     */
    List<RenderJob> articleList(Language lang, List<Article> articles, IntFunction<String> location,
                                IntFunction<String> counterpart, boolean hasCounterpart, List<Crumb> crumbs,
                                String heading, String intro, String description) {
        return articleList(lang, articles, location, counterpart, hasCounterpart, crumbs, heading, "", intro,
                description, UrlScheme.feed(UrlScheme.home(lang, 1)));
    }

    /** @param feed location of the Atom feed that carries this list, or empty */
    List<RenderJob> articleList(Language lang, List<Article> articles, IntFunction<String> location,
                                IntFunction<String> counterpart, boolean hasCounterpart, List<Crumb> crumbs,
                                String heading, String intro, String description, String feed) {
        return articleList(lang, articles, location, counterpart, hasCounterpart, crumbs, heading, "", intro,
                description, feed);
    }

    /**
     * @param headingLang the heading's language when it is not the page's (a keyword without an English label)
     * @param feed        location of the list's Atom feed, or empty
     */
    List<RenderJob> articleList(Language lang, List<Article> articles, IntFunction<String> location,
                                IntFunction<String> counterpart, boolean hasCounterpart, List<Crumb> crumbs,
                                String heading, String headingLang, String intro, String description, String feed) {
        int size = site.config().pageSize();
        int total = Math.max(1, (articles.size() + size - 1) / size);
        Details details = Details.website(site.lastChange(articles), feed);
        List<RenderJob> jobs = new ArrayList<>();
        for (int p = 1; p <= total; p++) {
            Place place = new Place(lang, location.apply(p), counterpart.apply(p), hasCounterpart, crumbs);
            String file = place.file();
            List<Views.Teaser> items = new ArrayList<>();
            for (Article a : articles.subList((p - 1) * size, Math.min(articles.size(), p * size))) {
                items.add(teaser(lang, file, a));
            }
            List<Views.PageNumber> numbers = new ArrayList<>();
            int previous = 0;
            for (int n : pageWindow(p, total)) {
                numbers.add(new Views.PageNumber(n, Links.relative(file, location.apply(n)), n == p, n > previous + 1));
                previous = n;
            }
            String prev = p > 1 ? Links.relative(file, location.apply(p - 1)) : "";
            String next = p < total ? Links.relative(file, location.apply(p + 1)) : "";
            String title = p == 1 ? heading : heading + " – " + String.format(site.t(lang, "page_n"), p);
            Views.Page page = page(place, title, description, prev, next, details);
            Views.ArticleList list = new Views.ArticleList(heading, headingLang, intro, items,
                    new Views.Pagination(p, total, prev, next, numbers), feed.isEmpty() ? "" : Links.relative(file, feed));
            jobs.add(new RenderJob(file, "list.ftlh", Map.of("page", page, "list", list)));
        }
        return jobs;
    }

    /** The page numbers a bar shows: first, last, and two either side of the current one. */
    static List<Integer> pageWindow(int current, int total) {
        java.util.TreeSet<Integer> shown = new java.util.TreeSet<>(List.of(1, total));
        for (int n = Math.max(1, current - 2); n <= Math.min(total, current + 2); n++) shown.add(n);
        return List.copyOf(shown);
    }
}
