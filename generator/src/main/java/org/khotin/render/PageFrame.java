package org.khotin.render;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.khotin.config.Language;
import org.khotin.config.SiteConfig;
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
     *
     * @param alternate whether the counterpart is this very page in the other language, so that each names the
     *                  other as its alternate (hreflang), which search engines accept only both ways: not so for
     *                  a list's later pages, whose counterpart is the other list's first page
     */
    record Place(Language lang, String location, String counterpart, boolean hasCounterpart, boolean alternate,
                 List<Crumb> crumbs) {
        Place(Language lang, String location, String counterpart, boolean hasCounterpart, List<Crumb> crumbs) {
            this(lang, location, counterpart, hasCounterpart, hasCounterpart, crumbs);
        }

        String file() {
            return UrlScheme.file(location);
        }
    }

    /** An Atom feed: where it is and its own title, which a reader's feed program shows on subscribing. */
    record Feed(String location, String title) {}

    /** The language's main feed: its newest articles. */
    Feed mainFeed(Language lang) {
        return new Feed(UrlScheme.feed(UrlScheme.home(lang, 1)), site.config().language(lang).title());
    }

    /** The feed of a list (a keyword's, a section's), beside its first page: named as the list, then the site. */
    Feed listFeed(Language lang, String listLocation, String named) {
        return new Feed(UrlScheme.feed(listLocation), named + " – " + site.config().language(lang).title());
    }

    /**
     * What a page adds to the frame's metadata.
     *
     * @param feed        the Atom feed a list names for feed readers: its own, or the language's main feed
     * @param newsArticle JSON-LD of the article shown, if the page is one
     * @param images      the page's image for social networks, or none
     */
    record Details(String ogType, OffsetDateTime lastmod, Optional<Feed> feed, Optional<Map<String, Object>> newsArticle,
                   boolean indexable, List<Views.Image> images) {
        static Details website(OffsetDateTime lastmod, Feed feed) {
            return new Details("website", lastmod, Optional.of(feed), Optional.empty(), true, List.of());
        }
    }

    Views.Page page(Place place, String title, String description, String prev, String next) {
        return page(place, title, description, prev, next,
                Details.website(site.lastChange(site.listing(place.lang())), mainFeed(place.lang())));
    }

    Views.Page page(Place place, String title, String description, String prev, String next, Details details) {
        Language lang = place.lang();
        String file = place.file();
        String siteTitle = site.config().language(lang).title();
        SiteConfig cfg = site.config();
        List<Views.Alternate> alternates = new ArrayList<>();
        if (place.alternate()) {
            String vi = lang == Language.VI ? place.location() : place.counterpart();
            String en = lang == Language.EN ? place.location() : place.counterpart();
            alternates.add(new Views.Alternate("vi", cfg.absolute(vi)));
            alternates.add(new Views.Alternate("en", cfg.absolute(en)));
            alternates.add(new Views.Alternate("x-default", cfg.absolute(vi)));
        }
        List<Views.Link> breadcrumbs = new ArrayList<>();
        if (!place.crumbs().isEmpty()) {
            for (Crumb c : place.crumbs()) breadcrumbs.add(new Views.Link(Links.relative(file, c.location()), c.label(), ""));
            breadcrumbs.add(new Views.Link("", title, ""));
        }
        Views.Link languageSwitch = new Views.Link(Links.relative(file, place.counterpart()),
                site.t(lang.other(), UiString.LANGUAGE_NAME), lang.other().code());
        String documentTitle = title.equals(siteTitle) ? siteTitle : title + " – " + siteTitle;
        String canonical = cfg.absolute(place.location());
        List<StructuredData.Step> steps = new ArrayList<>();
        for (Crumb c : place.crumbs()) steps.add(new StructuredData.Step(c.label(), cfg.absolute(c.location())));
        steps.add(new StructuredData.Step(title, canonical));
        List<Map<String, Object>> graph = new ArrayList<>();
        details.newsArticle().ifPresent(graph::add);
        graph.add(StructuredData.breadcrumbs(steps));
        // the other locale only where this very page exists in it
        Views.Meta meta = new Views.Meta(details.ogType(), ogLocale(lang), place.alternate() ? ogLocale(lang.other()) : "",
                details.feed().map(f -> Links.relative(file, f.location())).orElse(""),
                details.feed().map(Feed::title).orElse(""),
                StructuredData.toJson(graph), details.lastmod().toString(), details.indexable(), details.images());
        return new Views.Page(lang.code(), title, documentTitle, description, canonical, Links.toRoot(file),
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
        return new Crumb(UrlScheme.home(lang, 1), site.t(lang, UiString.HOME));
    }

    Views.Teaser teaser(Language pageLang, String file, Article a) {
        ZonedDateTime date = a.localDate(site.config().timeZone());
        boolean foreign = a.lang() != pageLang;
        // a teaser shows the day, so its machine-readable date is the day too; the page's reader reads the date,
        // in the page's language, whatever the language of the story
        return new Views.Teaser(Links.relative(file, UrlScheme.article(a)), a.meta().title(),
                foreign ? a.lang().code() : "", a.meta().kicker(), date.toLocalDate().toString(),
                site.i18n().shortDate(pageLang, date), a.summaryOrLead());
    }

    /**
     * Pages of an article list, {@code page_size} articles each.
     *
     * @param location    where page n is
     * @param counterpart where page n's counterpart in the other language is
     * @param headingLang the heading's language when it is not the page's (a keyword without an English label)
     * @param feed        the Atom feed that carries this list, if it has one (a month's list has none: the page
     *                    names the main feed to feed readers, and offers no feed of "these articles")
     */
    List<PlannedPage> articleList(Language lang, List<Article> articles, IntFunction<String> location,
                                  IntFunction<String> counterpart, boolean hasCounterpart, List<Crumb> crumbs,
                                  String heading, String headingLang, String intro, String description, Optional<Feed> feed) {
        Feed named = feed.orElse(mainFeed(lang));
        return pages(new ArticleList(lang, articles, location, counterpart, hasCounterpart, crumbs, heading, headingLang,
                intro, description, feed, once(() -> Details.website(site.lastChange(articles), named)), pageCount(articles),
                site.config().pageSize(), Optional.empty(), List.of(), yearStarts(articles)));
    }

    /**
     * One page of sections alone, and the number of the articles they stand for: a year is its months, each
     * linked with its newest headlines, and the months' own lists hold every article once.
     */
    List<PlannedPage> sectionsPage(Language lang, List<Article> articles, String location, String counterpart,
                                   boolean hasCounterpart, List<Crumb> crumbs, String heading, String description,
                                   List<Section> sections) {
        return pages(new ArticleList(lang, articles, p -> location, p -> counterpart, hasCounterpart, crumbs, heading, "",
                "", description, Optional.empty(), once(() -> Details.website(site.lastChange(articles), mainFeed(lang))), 1, 0,
                Optional.of(sections), List.of(), once(List::of)));
    }

    private int pageCount(List<Article> articles) {
        int size = site.config().pageSize();
        return Math.max(1, (articles.size() + size - 1) / size);
    }

    /** One planned page per page of the list, each made when it renders. */
    private List<PlannedPage> pages(ArticleList list) {
        List<PlannedPage> pages = new ArrayList<>(list.total());
        for (int p = 1; p <= list.total(); p++) pages.add(new ListPage(this, list, p));
        return pages;
    }

    /** A section of the front page: a category, linked, and its newest stories. */
    record Section(String label, String location, List<Article> articles) {}

    /** The home list as a front page (lead story, then sections, then the latest) and later pages headed by their dates. */
    List<PlannedPage> frontPages(Language lang, List<Article> articles, IntFunction<String> location,
                                 IntFunction<String> counterpart, String heading, String description, List<Section> sections) {
        Feed feed = mainFeed(lang);
        return pages(new ArticleList(lang, articles, location, counterpart, true, List.of(), heading, "", "", description,
                Optional.of(feed), once(() -> Details.website(site.lastChange(articles), feed)), pageCount(articles), site.config().pageSize(),
                Optional.of(sections), List.of(), once(List::of)));
    }

    /** Page {@code number} of a list, as planned: one small object per page, however large the archive. */
    private record ListPage(PageFrame frame, ArticleList list, int number) implements PlannedPage {
        @Override
        public RenderJob make() {
            return frame.listPage(list, number);
        }

        /** It shows the teasers of its own slice of the list, and a front page those of its sections. */
        @Override
        public boolean showsAnyOf(java.util.Set<String> ids) {
            if (number == 1 && list.front().isPresent()) {
                for (Section section : list.front().get()) {
                    for (Article a : section.articles()) if (ids.contains(a.id())) return true;
                }
            }
            for (Article a : list.slice(number)) {
                if (ids.contains(a.id())) return true;
            }
            return false;
        }
    }

    /**
     * A paginated list of articles, as planned: each of its pages is made when it renders.
     *
     * @param details made when a page of the list is first made, then shared by its pages: a preview rebuild
     *                that makes none of them does not go through the whole list for its date of last change
     * @param perPage the articles each page shows as teasers; 0 when its sections alone show them
     */
    private record ArticleList(Language lang, List<Article> articles, IntFunction<String> location,
                               IntFunction<String> counterpart, boolean hasCounterpart, List<Crumb> crumbs,
                               String heading, String headingLang, String intro, String description, Optional<Feed> feed,
                               java.util.function.Supplier<Details> details, int total, int perPage,
                               Optional<List<Section>> front, List<Crumb> neighbours,
                               java.util.function.Supplier<List<YearStart>> years) {
        ArticleList withNeighbours(List<Crumb> around) {
            return new ArticleList(lang, articles, location, counterpart, hasCounterpart, crumbs, heading, headingLang, intro,
                    description, feed, details, total, perPage, front, List.copyOf(around), years);
        }

        /** The teasers of page {@code number}. */
        List<Article> slice(int number) {
            if (perPage == 0) return List.of();
            return articles.subList(Math.min(articles.size(), (number - 1) * perPage), Math.min(articles.size(), number * perPage));
        }
    }

    /** Where a year's articles start in a list, newest first: the page a reader jumps to. */
    record YearStart(int year, int page) {}

    private java.util.function.Supplier<List<YearStart>> yearStarts(List<Article> articles) {
        return once(() -> {
            int size = site.config().pageSize();
            List<YearStart> starts = new ArrayList<>();
            int last = Integer.MIN_VALUE;
            for (int i = 0; i < articles.size(); i++) {
                int year = articles.get(i).localDate(site.config().timeZone()).getYear();
                if (year != last) starts.add(new YearStart(year, i / size + 1));
                last = year;
            }
            return List.copyOf(starts);
        });
    }

    /**
     * The pages of a list with links to the lists before and after it in time (a month's to the months either
     * side, a year's to the years), shown at the top of each page.
     */
    List<PlannedPage> withNeighbours(List<PlannedPage> pages, List<Crumb> neighbours) {
        return pages.stream().map(p -> p instanceof ListPage page
                ? (PlannedPage) new ListPage(this, page.list().withNeighbours(neighbours), page.number()) : p).toList();
    }

    /** A named list (a section, a writer, a series) as its index shows it: linked from the index, with its count. */
    Views.Count count(Language lang, String indexFile, String label, String firstPage, int articles) {
        return new Views.Count(label, Links.relative(indexFile, firstPage), articles, site.i18n().articles(lang, articles));
    }

    /** A value made on first use, once, whichever render thread asks first. */
    static <T> java.util.function.Supplier<T> once(java.util.function.Supplier<T> make) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = make.get();
                return value;
            }
        };
    }

    private RenderJob listPage(ArticleList l, int p) {
        Place place = new Place(l.lang(), l.location().apply(p), l.counterpart().apply(p), l.hasCounterpart(),
                l.hasCounterpart() && p == 1, l.crumbs());
        String file = place.file();
        List<Article> slice = l.slice(p);
        boolean front = l.front().isPresent() && p == 1;
        boolean lead = front && !slice.isEmpty();
        List<Views.Teaser> leadTeaser = lead ? List.of(teaser(l.lang(), file, slice.get(0))) : List.of();
        List<Views.Teaser> items = new ArrayList<>();
        // the first page shows each story's summary; the later ones, an index to scan, its headline and day
        for (Article a : lead ? slice.subList(1, slice.size()) : slice) {
            Views.Teaser teaser = teaser(l.lang(), file, a);
            items.add(p == 1 ? teaser : teaser.headlineOnly());
        }
        List<Views.Section> sections = new ArrayList<>();
        if (front) {
            for (Section s : l.front().get()) {
                sections.add(new Views.Section(s.label(), Links.relative(file, s.location()),
                        s.articles().stream().map(a -> teaser(l.lang(), file, a)).toList()));
            }
        }
        List<Views.PageNumber> numbers = new ArrayList<>();
        int previous = 0;
        for (int n : pageWindow(p, l.total())) {
            numbers.add(new Views.PageNumber(n, Links.relative(file, l.location().apply(n)), n == p, n > previous + 1));
            previous = n;
        }
        String prev = p > 1 ? Links.relative(file, l.location().apply(p - 1)) : "";
        String next = p < l.total() ? Links.relative(file, l.location().apply(p + 1)) : "";
        // past the first page the latest news are no longer the latest: the page says which days it holds
        String heading = l.front().isPresent() && p > 1 && !slice.isEmpty() ? dateRange(l.lang(), slice) : l.heading();
        String title = p == 1 ? heading : heading + " – " + String.format(Locale.ROOT, site.t(l.lang(), UiString.PAGE_N), p);
        Views.Page page = page(place, title, l.description(), prev, next, l.details().get());
        // a long list says how long it is and where each year starts
        String count = l.front().isPresent() && l.perPage() > 0 ? "" : site.i18n().articles(l.lang(), l.articles().size());
        List<YearStart> starts = l.total() > 1 ? l.years().get() : List.of();
        List<Views.Link> years = starts.size() < 2 ? List.of() : starts.stream()
                .map(y -> new Views.Link(y.page() == p ? "" : Links.relative(file, l.location().apply(y.page())), String.valueOf(y.year()), ""))
                .toList();
        List<Views.Neighbour> neighbours = l.neighbours().stream()
                .map(c -> new Views.Neighbour(Links.relative(file, c.location()), c.label(),
                        c.location().compareTo(l.location().apply(1)) < 0 ? "prev" : "next")).toList();
        Views.ArticleList list = new Views.ArticleList(heading, l.headingLang(), l.intro(), count, years, neighbours, leadTeaser,
                sections, items, new Views.Pagination(p, l.total(), prev, next, numbers),
                l.feed().map(f -> Links.relative(file, f.location())).orElse(""));
        return new RenderJob(file, "list.ftlh", Map.of("page", page, "list", list));
    }

    /** "Tin từ 02/03/2021 đến 15/04/2021": the days of a page of the list, oldest first. */
    private String dateRange(Language lang, List<Article> slice) {
        java.time.ZoneId zone = site.config().timeZone();
        String newest = site.i18n().shortDate(lang, slice.get(0).localDate(zone));
        String oldest = site.i18n().shortDate(lang, slice.get(slice.size() - 1).localDate(zone));
        return newest.equals(oldest) ? String.format(Locale.ROOT, site.t(lang, UiString.NEWS_OF_DAY), newest)
                : String.format(Locale.ROOT, site.t(lang, UiString.NEWS_BETWEEN), oldest, newest);
    }

    /** The page numbers a bar shows: first, last, and two either side of the current one. */
    static List<Integer> pageWindow(int current, int total) {
        java.util.TreeSet<Integer> shown = new java.util.TreeSet<>(List.of(1, total));
        for (int n = Math.max(1, current - 2); n <= Math.min(total, current + 2); n++) shown.add(n);
        return List.copyOf(shown);
    }
}
