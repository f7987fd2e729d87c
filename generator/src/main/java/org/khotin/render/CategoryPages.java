package org.khotin.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khotin.config.Language;
import org.khotin.content.Article;
import org.khotin.text.Fold;

/** Categories (chuyên mục) from front matter: an index and one paginated page per category, with a feed. */
final class CategoryPages {
    private final SiteModel site;
    private final PageFrame frame;

    /** Each language's categories, made once: the planner and every article page's dateline ask. */
    private final Map<Language, java.util.function.Supplier<List<Category>>> byLanguage = new java.util.EnumMap<>(Language.class);

    CategoryPages(SiteModel site, PageFrame frame) {
        this.site = site;
        this.frame = frame;
        for (Language lang : Language.values()) byLanguage.put(lang, PageFrame.once(() -> find(lang)));
    }

    /** A category of one language: its label (the spelling written most often), slug and articles. */
    record Category(String label, String slug, List<Article> articles) {}

    List<Category> categories(Language lang) {
        return byLanguage.get(lang).get();
    }

    private List<Category> find(Language lang) {
        LabelledGroups sections = new LabelledGroups();
        for (Article a : site.listing(lang)) {
            if (!a.meta().category().isEmpty() && a.lang() == lang) sections.add(a.meta().category(), a);
        }
        // the section published first keeps a shared address; the index lists them by name
        return sections.slugged("chuyen-muc").stream().map(g -> new Category(g.name(), g.slug(), g.articles()))
                .sorted(Comparator.comparing((Category c) -> Fold.key(c.label()))).toList();
    }

    /**
     * Each category's first page and label, by the label's identity ({@link Fold#key}): where an article's category
     * leads, named as its page is.
     */
    Map<String, PageFrame.Crumb> crumbsByKey(Language lang) {
        Map<String, PageFrame.Crumb> out = new java.util.HashMap<>();
        for (Category c : categories(lang)) out.put(Fold.key(c.label()), new PageFrame.Crumb(UrlScheme.category(lang, c.slug(), 1), c.label()));
        return out;
    }

    List<PlannedPage> plan(Language lang, List<Category> categories) {
        List<PlannedPage> jobs = new ArrayList<>();
        String indexLocation = UrlScheme.categoryIndex(lang);
        String file = UrlScheme.file(indexLocation);
        String heading = site.t(lang, UiString.CATEGORIES);
        List<Views.Count> entries = categories.stream()
                .map(c -> frame.count(lang, file, c.label(), UrlScheme.category(lang, c.slug(), 1), c.articles().size())).toList();
        PageFrame.Place place = new PageFrame.Place(lang, indexLocation, UrlScheme.categoryIndex(lang.other()), true,
                List.of(frame.homeCrumb(lang)));
        jobs.add(PlannedPage.showingNoArticle(() -> new RenderJob(file, "categories.ftlh", Map.of("page", frame.page(place, heading,
                site.t(lang, UiString.CATEGORIES_DESCRIPTION), "", ""), "index", new Views.CategoryIndex(heading, entries)))));
        List<PageFrame.Crumb> crumbs = List.of(frame.homeCrumb(lang), new PageFrame.Crumb(indexLocation, heading));
        Map<String, PageFrame.Crumb> others = crumbsByKey(lang.other());
        Map<String, String> pairs = Counterparts.of(byKey(categories), byKey(categories(lang.other())), Category::articles,
                site.corpus(), a -> Fold.key(a.meta().category()));
        // a section without a counterpart leads to the other language's sections, when it has any
        String elsewhere = others.isEmpty() ? UrlScheme.home(lang.other(), 1) : UrlScheme.categoryIndex(lang.other());
        for (Category c : categories) {
            Optional<String> other = Optional.ofNullable(pairs.get(Fold.key(c.label()))).map(k -> others.get(k).location());
            jobs.addAll(frame.articleList(lang, c.articles(), p -> UrlScheme.category(lang, c.slug(), p),
                    p -> other.orElse(elsewhere), other.isPresent(), crumbs, c.label(),
                    "", site.t(lang, UiString.CATEGORY_INTRO), site.t(lang, UiString.CATEGORY_INTRO) + " " + c.label(),
                    Optional.of(feedOf(lang, c))));
        }
        return jobs;
    }

    private static Map<String, Category> byKey(List<Category> categories) {
        Map<String, Category> out = new java.util.HashMap<>();
        for (Category c : categories) out.put(Fold.key(c.label()), c);
        return out;
    }

    PageFrame.Feed feedOf(Language lang, Category c) {
        return frame.listFeed(lang, UrlScheme.category(lang, c.slug(), 1), site.t(lang, UiString.CATEGORY_INTRO) + " " + c.label());
    }
}
