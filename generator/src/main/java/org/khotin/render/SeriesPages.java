package org.khotin.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khotin.config.Language;
import org.khotin.content.Article;
import org.khotin.content.Corpus;
import org.khotin.text.Fold;

/**
 * Series (loạt bài): a story a paper tells in several parts ({@code series:} in the front matter, each part
 * numbered by {@code series_part:} or else by its date). Each part's page lists the others in reading order, and
 * each series has a page of its parts, with a feed, under an index of the series, the newest first.
 */
final class SeriesPages {
    private final SiteModel site;
    private final PageFrame frame;

    /** Each language's series, made once: the planner and every part's page ask. */
    private final Map<Language, java.util.function.Supplier<List<Series>>> byLanguage = new java.util.EnumMap<>(Language.class);
    private final Map<Language, java.util.function.Supplier<Map<String, Series>>> keyed = new java.util.EnumMap<>(Language.class);

    SeriesPages(SiteModel site, PageFrame frame) {
        this.site = site;
        this.frame = frame;
        for (Language lang : Language.values()) {
            byLanguage.put(lang, PageFrame.once(() -> find(lang)));
            keyed.put(lang, PageFrame.once(() -> {
                Map<String, Series> out = new HashMap<>();
                for (Series s : series(lang)) out.put(Fold.key(s.name()), s);
                return Map.copyOf(out);
            }));
        }
    }

    /**
     * A series of one language: its name (the spelling written most often), slug, and its parts in reading order,
     * each with the number a reader sees.
     */
    record Series(String name, String slug, List<Article> parts, List<Integer> numbers) {
        Article newest() {
            return parts.stream().min(Corpus.NEWEST_FIRST).orElseThrow();
        }

        List<Article> newestFirst() {
            return parts.stream().sorted(Corpus.NEWEST_FIRST).toList();
        }
    }

    List<Series> series(Language lang) {
        return byLanguage.get(lang).get();
    }

    /** Reading order: the numbered parts by their numbers, then the others by date (a last part is seldom numbered). */
    private static final Comparator<Article> READING_ORDER = Comparator
            .comparingInt((Article a) -> a.meta().series().part() == 0 ? Integer.MAX_VALUE : a.meta().series().part())
            .thenComparing(a -> a.meta().date().toInstant())
            .thenComparing(Article::id);

    private List<Series> find(Language lang) {
        LabelledGroups series = new LabelledGroups();
        for (Article a : site.corpus().articles(lang)) {
            if (!a.meta().series().isEmpty()) series.add(a.meta().series().name(), a);
        }
        List<Series> out = new ArrayList<>();
        for (LabelledGroups.Group g : series.slugged(lang == Language.VI ? "loat-bai" : "series")) {
            List<Article> parts = g.articles().stream().sorted(READING_ORDER).toList();
            out.add(new Series(g.name(), g.slug(), parts, numbers(parts)));
        }
        // the index shows the series with the newest part first
        out.sort(Comparator.comparing(Series::newest, Corpus.NEWEST_FIRST));
        return List.copyOf(out);
    }

    /** The numbers an ordered list gives the parts: a part's own, else one more than the part before. */
    private static List<Integer> numbers(List<Article> parts) {
        List<Integer> out = new ArrayList<>();
        int last = 0;
        for (Article a : parts) {
            last = a.meta().series().part() > last ? a.meta().series().part() : last + 1;
            out.add(last);
        }
        return List.copyOf(out);
    }

    /** Each series by its name's identity ({@link Fold#key}): what an article's {@code series:} leads to. */
    Map<String, Series> byKey(Language lang) {
        return keyed.get(lang).get();
    }

    /** The series an article is a part of, when it has a page. */
    Optional<Series> of(Article a) {
        if (a.meta().series().isEmpty()) return Optional.empty();
        return Optional.ofNullable(byKey(a.lang()).get(a.meta().series().key()));
    }

    /**
     * The box on a part's page: the series' page and every part, this one marked.
     *
     * @param file the page's file, which the links are relative to
     */
    Views.SeriesBox box(Series s, Article a, String file) {
        List<Views.SeriesPart> parts = new ArrayList<>();
        for (int i = 0; i < s.parts().size(); i++) {
            Article part = s.parts().get(i);
            parts.add(new Views.SeriesPart(Links.relative(file, UrlScheme.article(part)), part.meta().title(), s.numbers().get(i),
                    part.id().equals(a.id())));
        }
        return new Views.SeriesBox(s.name(), Links.relative(file, UrlScheme.series(a.lang(), s.slug(), 1)), parts);
    }

    /** The index and each series' pages; nothing when no article is part of a series (the index would lead nowhere). */
    List<PlannedPage> plan(Language lang, List<Series> series) {
        List<PlannedPage> jobs = new ArrayList<>();
        if (series.isEmpty()) return jobs;
        String indexLocation = UrlScheme.seriesIndex(lang);
        String file = UrlScheme.file(indexLocation);
        String heading = site.t(lang, UiString.SERIES);
        List<Views.Count> entries = series.stream()
                .map(s -> frame.count(lang, file, s.name(), UrlScheme.series(lang, s.slug(), 1), s.parts().size())).toList();
        boolean otherHasSeries = !series(lang.other()).isEmpty();
        PageFrame.Place place = new PageFrame.Place(lang, indexLocation,
                otherHasSeries ? UrlScheme.seriesIndex(lang.other()) : UrlScheme.home(lang.other(), 1), otherHasSeries,
                List.of(frame.homeCrumb(lang)));
        jobs.add(PlannedPage.showingNoArticle(() -> new RenderJob(file, "series-index.ftlh", Map.of("page", frame.page(place, heading,
                site.t(lang, UiString.SERIES_DESCRIPTION), "", ""), "index", new Views.SeriesIndex(heading, entries)))));
        List<PageFrame.Crumb> crumbs = List.of(frame.homeCrumb(lang), new PageFrame.Crumb(indexLocation, heading));
        String intro = site.t(lang, UiString.SERIES_INTRO);
        Map<String, String> pairs = Counterparts.of(byKey(lang), byKey(lang.other()), Series::parts, site.corpus(),
                a -> a.meta().series().key());
        Map<String, Series> others = byKey(lang.other());
        for (Series s : series) {
            Optional<String> other = Optional.ofNullable(pairs.get(Fold.key(s.name())))
                    .map(k -> UrlScheme.series(lang.other(), others.get(k).slug(), 1));
            jobs.addAll(frame.articleList(lang, s.parts(), p -> UrlScheme.series(lang, s.slug(), p),
                    p -> other.orElse(place.counterpart()), other.isPresent(), crumbs, s.name(), "", intro,
                    intro + " " + s.name(), Optional.of(feedOf(lang, s))));
        }
        return jobs;
    }

    PageFrame.Feed feedOf(Language lang, Series s) {
        return frame.listFeed(lang, UrlScheme.series(lang, s.slug(), 1), site.t(lang, UiString.SERIES_INTRO) + " " + s.name());
    }
}
