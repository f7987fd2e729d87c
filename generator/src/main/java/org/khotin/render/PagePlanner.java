package org.khotin.render;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.khotin.config.Language;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.search.SearchIndex;

/** Turns the site model into render jobs: one per output page, each with its view records. */
public final class PagePlanner {
    private final SiteModel site;
    private final PageFrame frame;

    private final CategoryPages categories;
    private final AuthorPages authors;
    private final SeriesPages series;

    private final int sitemapLimit;

    /** @param sitemapLimit URLs per sitemap file before it becomes a sitemap index (lower only in tests) */
    public PagePlanner(SiteModel site, int sitemapLimit) {
        this.site = site;
        this.frame = new PageFrame(site);
        this.categories = new CategoryPages(site, frame);
        this.authors = new AuthorPages(site, frame);
        this.series = new SeriesPages(site, frame);
        this.sitemapLimit = sitemapLimit;
    }

    /** Every page but the sitemap, which lists the others: see {@link #sitemap}. */
    public List<PlannedPage> plan() {
        List<PlannedPage> jobs = new ArrayList<>();
        // These pages show no article's own content: at most counts and dates of last change.
        jobs.add(PlannedPage.showingNoArticle(this::languageChoice));
        jobs.add(PlannedPage.showingNoArticle(this::notFound));
        jobs.addAll(new RedirectPages(site).plan());
        ArticlePages articles = new ArticlePages(site, frame, categories, authors, series);
        KeywordPages keywords = new KeywordPages(site, frame);
        ArchivePages archive = new ArchivePages(site, frame);
        FeedPages feeds = new FeedPages(site);
        for (Language lang : Language.values()) {
            List<CategoryPages.Category> cats = categories.categories(lang);
            jobs.addAll(home(lang, cats));
            jobs.add(feeds.plan(lang, UrlScheme.home(lang, 1), frame.mainFeed(lang).title(), site.listing(lang),
                    FeedPages.Content.FULL));
            jobs.addAll(articles.plan(lang));
            jobs.addAll(keywords.plan(lang));
            jobs.addAll(archive.plan(lang));
            jobs.add(PlannedPage.showingNoArticle(() -> search(lang)));
            jobs.addAll(categories.plan(lang, cats));
            for (CategoryPages.Category c : cats) {
                jobs.add(feeds.plan(lang, UrlScheme.category(lang, c.slug(), 1), categories.feedOf(lang, c).title(), c.articles(),
                        FeedPages.Content.SUMMARY));
            }
            List<AuthorPages.Author> writers = authors.authors(lang);
            jobs.addAll(authors.plan(lang, writers));
            for (AuthorPages.Author w : writers) {
                jobs.add(feeds.plan(lang, UrlScheme.author(lang, w.slug(), 1), authors.feedOf(lang, w).title(), w.articles(),
                        FeedPages.Content.SUMMARY));
            }
            List<SeriesPages.Series> stories = series.series(lang);
            jobs.addAll(series.plan(lang, stories));
            for (SeriesPages.Series s : stories) {
                jobs.add(feeds.plan(lang, UrlScheme.series(lang, s.slug(), 1), series.feedOf(lang, s).title(), s.newestFirst(),
                        FeedPages.Content.SUMMARY));
            }
        }
        return jobs;
    }

    /**
     * How many pages show each article's body, for the articles that more than one page shows: its own page
     * and each language's main feed it is in (the only feeds with full text; the English one lists Vietnamese
     * stories that have no translation). A build renders such a body once and drops it after its last use.
     */
    public Map<String, Integer> sharedBodies() {
        Map<String, Integer> uses = new HashMap<>();
        for (Language lang : Language.values()) {
            for (Article a : FeedPages.entries(site.listing(lang))) uses.merge(a.id(), 1, Integer::sum);
        }
        uses.replaceAll((id, feeds) -> feeds + 1); // and the article's own page
        return uses;
    }

    /** What the sitemap lists for a page: pages that search engines should index. */
    public static Optional<Views.SitemapUrl> sitemapEntry(RenderJob job) {
        return SitemapPages.entry(job);
    }

    /** {@code sitemap.xml} (an index of sitemaps when large) and {@code robots.txt}, for these entries in plan order. */
    public List<RenderJob> sitemap(List<Views.SitemapUrl> entries) {
        return new SitemapPages(site, sitemapLimit).plan(entries);
    }

    /**
     * The pages of these articles alone, exactly as {@link #plan()} would make them: for a preview that
     * shows an edited article before the rest of the site has caught up.
     */
    public List<RenderJob> articlePages(List<Article> articles) {
        ArticlePages pages = new ArticlePages(site, frame, categories, authors, series);
        return articles.stream().map(pages::article).toList();
    }

    /** The home list's pages: the newest news; older news are in the archive, by month. */
    private static final int HOME_PAGES = 10;
    /** Sections on the front page, and stories in each besides the lead. */
    private static final int FRONT_SECTIONS = 6;
    private static final int SECTION_STORIES = 3;

    /**
     * The front page as a newspaper's: the newest story as the lead, then the sections (categories) with the most
     * recent news, each with its newest stories, then the latest list; later pages are headed by their dates.
     */
    private List<PlannedPage> home(Language lang, List<CategoryPages.Category> categories) {
        List<Article> listing = site.listing(lang);
        Optional<Article> lead = listing.stream().findFirst();
        // each section by its newest story after the lead
        List<PageFrame.Section> sections = categories.stream()
                .map(c -> new PageFrame.Section(c.label(), UrlScheme.category(lang, c.slug(), 1),
                        c.articles().stream().filter(a -> lead.isEmpty() || !a.equals(lead.get())).limit(SECTION_STORIES).toList()))
                .filter(section -> !section.articles().isEmpty())
                .sorted(java.util.Comparator.comparing((PageFrame.Section section) -> section.articles().get(0).meta().date()).reversed()
                        .thenComparing(PageFrame.Section::location))
                .limit(FRONT_SECTIONS)
                .toList();
        int shown = HOME_PAGES * site.config().pageSize();
        List<PlannedPage> pages = frame.frontPages(lang, listing.subList(0, Math.min(shown, listing.size())),
                p -> UrlScheme.home(lang, p), p -> UrlScheme.home(lang.other(), 1),
                site.t(lang, UiString.HOME_HEADING), site.config().language(lang).description(), sections);
        if (listing.size() <= shown) return pages;
        // past the newest news the archive goes on: its month that holds the next older story
        ZonedDateTime older = listing.get(shown).localDate(site.config().timeZone());
        String month = site.i18n().month(lang, YearMonth.from(older));
        return frame.withNeighbours(pages, List.of(new PageFrame.Crumb(
                UrlScheme.month(lang, older.getYear(), older.getMonthValue(), 1),
                String.format(Locale.ROOT, site.t(lang, UiString.OLDER_NEWS), month))));
    }

    /** The search page of a language; its counterpart is the other language's search page. */
    private RenderJob search(Language lang) {
        String location = UrlScheme.search(lang);
        PageFrame.Place place = new PageFrame.Place(lang, location, UrlScheme.search(lang.other()), true,
                List.of(frame.homeCrumb(lang)));
        String file = place.file();
        String heading = site.t(lang, UiString.SEARCH_HEADING);
        Views.Page page = frame.page(place, heading, site.t(lang, UiString.SEARCH_DESCRIPTION), "", "",
                new PageFrame.Details("website", site.lastChange(site.corpus().articles(lang)), java.util.Optional.empty(),
                        java.util.Optional.empty(), true, List.of()));
        Views.Search search = new Views.Search(heading, Links.relative(file, SearchIndex.folder(lang)),
                Links.relative(file, "assets/search.js"), Links.relative(file, UrlScheme.search(lang.other())),
                lang.other().code());
        return new RenderJob(file, "search.ftlh", Map.of("page", page, "search", search));
    }

    private RenderJob languageChoice() {
        String file = "index.html";
        List<Views.LanguageChoice> choices = new ArrayList<>();
        for (Language l : Language.values()) {
            choices.add(new Views.LanguageChoice(Links.relative(file, UrlScheme.home(l, 1)), site.t(l, UiString.LANGUAGE_NAME),
                    l.code(), site.config().language(l).title()));
        }
        PageFrame.Place place = new PageFrame.Place(Language.VI, "", UrlScheme.home(Language.EN, 1), false, List.of());
        Views.Page page = frame.page(place, site.config().language(Language.VI).title(),
                site.config().language(Language.VI).description(), "", "",
                new PageFrame.Details("website", site.lastChange(site.corpus().articles()), java.util.Optional.empty(), java.util.Optional.empty(), false, List.of()));
        return new RenderJob(file, "language-choice.ftlh", Map.of("page", page, "choices", choices,
                "redirect", Links.relative(file, UrlScheme.home(Language.VI, 1))));
    }

    private RenderJob notFound() {
        PageFrame.Place place = new PageFrame.Place(Language.VI, "404.html", UrlScheme.home(Language.EN, 1), false, List.of());
        Views.Page page = frame.page(place, site.t(Language.VI, UiString.NOT_FOUND_TITLE), "", "", "",
                new PageFrame.Details("website", site.lastChange(List.of()), java.util.Optional.empty(), java.util.Optional.empty(), false, List.of()));
        // A 404 page is served at any depth, so its links must not be relative.
        SiteConfig cfg = site.config();
        return new RenderJob("404.html", "404.ftlh", Map.of("page", page,
                "viHome", cfg.absolute(UrlScheme.home(Language.VI, 1)), "enHome", cfg.absolute(UrlScheme.home(Language.EN, 1)),
                "viSearch", cfg.absolute(UrlScheme.search(Language.VI)), "enSearch", cfg.absolute(UrlScheme.search(Language.EN)),
                "favicon", cfg.absolute("assets/favicon.svg"), "en", site.i18n().strings(Language.EN)));
    }
}
