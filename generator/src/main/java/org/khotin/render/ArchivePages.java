package org.khotin.render;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.khotin.config.Language;
import org.khotin.content.Article;

/**
 * The chronological archive per language: an overview with a bar chart of articles per month (static
 * SVG, each bar a link), a page per year and a page per month, paginated.
 */
final class ArchivePages {
    private static final int CHART_HEIGHT = 120;
    private static final int CHART_WIDTH = 720;

    private final SiteModel site;
    private final PageFrame frame;

    /** A year page's headlines for each of its months; the month's page lists the rest. */
    private static final int HEADLINES_A_MONTH = 3;

    ArchivePages(SiteModel site, PageFrame frame) {
        this.site = site;
        this.frame = frame;
    }

    List<PlannedPage> plan(Language lang) {
        NavigableMap<YearMonth, List<Article>> months = byMonth(lang);
        Set<YearMonth> otherMonths = byMonth(lang.other()).keySet();
        Set<Integer> otherYears = new TreeSet<>();
        otherMonths.forEach(m -> otherYears.add(m.getYear()));

        List<PlannedPage> jobs = new ArrayList<>();
        jobs.add(PlannedPage.showingNoArticle(() -> overview(lang, months))); // counts only
        Map<Integer, List<Article>> years = new TreeMap<>();
        // The listing is newest first, so its months' lists newest month first make each year's list in order.
        months.descendingMap().forEach((m, list) -> years.computeIfAbsent(m.getYear(), y -> new ArrayList<>()).addAll(list));
        PageFrame.Crumb home = frame.homeCrumb(lang);
        PageFrame.Crumb archive = new PageFrame.Crumb(UrlScheme.archive(lang), site.t(lang, UiString.ARCHIVE));
        List<Integer> yearList = List.copyOf(years.keySet());
        years.forEach((year, list) -> {
            boolean counterpart = otherYears.contains(year);
            String heading = String.format(Locale.ROOT, site.t(lang, UiString.YEAR_HEADING), year);
            int i = yearList.indexOf(year);
            List<PageFrame.Crumb> around = new ArrayList<>();
            if (i > 0) around.add(yearCrumb(lang, yearList.get(i - 1)));
            if (i + 1 < yearList.size()) around.add(yearCrumb(lang, yearList.get(i + 1)));
            // a year is its months, newest first, each with its newest headlines: the months list every article
            List<PageFrame.Section> yearMonths = new ArrayList<>();
            months.subMap(YearMonth.of(year, 1), true, YearMonth.of(year, 12), true).descendingMap().forEach((m, inMonth) ->
                    yearMonths.add(new PageFrame.Section(site.i18n().month(lang, m) + " (" + inMonth.size() + ")",
                            UrlScheme.month(lang, year, m.getMonthValue(), 1), inMonth.subList(0, Math.min(HEADLINES_A_MONTH, inMonth.size())))));
            jobs.addAll(frame.withNeighbours(frame.sectionsPage(lang, list, UrlScheme.year(lang, year, 1),
                    counterpart ? UrlScheme.year(lang.other(), year, 1) : UrlScheme.home(lang.other(), 1),
                    counterpart, List.of(home, archive), heading, heading + " – " + site.t(lang, UiString.ARCHIVE), yearMonths), around));
        });
        months.forEach((month, list) -> {
            boolean counterpart = otherMonths.contains(month);
            String heading = site.i18n().month(lang, month);
            PageFrame.Crumb year = new PageFrame.Crumb(UrlScheme.year(lang, month.getYear(), 1),
                    String.format(Locale.ROOT, site.t(lang, UiString.YEAR_HEADING), month.getYear()));
            // the months either side that have articles
            List<PageFrame.Crumb> around = new ArrayList<>();
            YearMonth before = months.lowerKey(month);
            YearMonth after = months.higherKey(month);
            if (before != null) around.add(monthCrumb(lang, before));
            if (after != null) around.add(monthCrumb(lang, after));
            jobs.addAll(frame.withNeighbours(frame.articleList(lang, list,
                    p -> UrlScheme.month(lang, month.getYear(), month.getMonthValue(), p),
                    p -> counterpart ? UrlScheme.month(lang.other(), month.getYear(), month.getMonthValue(), 1)
                            : UrlScheme.home(lang.other(), 1),
                    counterpart, List.of(home, archive, year), heading, "", "", heading + " – " + site.t(lang, UiString.ARCHIVE),
                    java.util.Optional.empty()), around));
        });
        return jobs;
    }

    private PageFrame.Crumb yearCrumb(Language lang, int year) {
        return new PageFrame.Crumb(UrlScheme.year(lang, year, 1), String.format(Locale.ROOT, site.t(lang, UiString.YEAR_HEADING), year));
    }

    private PageFrame.Crumb monthCrumb(Language lang, YearMonth month) {
        return new PageFrame.Crumb(UrlScheme.month(lang, month.getYear(), month.getMonthValue(), 1), site.i18n().month(lang, month));
    }

    /** Each language's months, made once: the other language's plan asks for them too. */
    private final Map<Language, NavigableMap<YearMonth, List<Article>>> months = new java.util.EnumMap<>(Language.class);

    private synchronized NavigableMap<YearMonth, List<Article>> byMonth(Language lang) {
        return months.computeIfAbsent(lang, this::monthsOf);
    }

    private NavigableMap<YearMonth, List<Article>> monthsOf(Language lang) {
        NavigableMap<YearMonth, List<Article>> months = new TreeMap<>();
        for (Article a : site.listing(lang)) {
            ZonedDateTime local = a.localDate(site.config().timeZone());
            months.computeIfAbsent(YearMonth.of(local.getYear(), local.getMonthValue()), m -> new ArrayList<>()).add(a);
        }
        return months;
    }

    private RenderJob overview(Language lang, NavigableMap<YearMonth, List<Article>> months) {
        String location = UrlScheme.archive(lang);
        String file = UrlScheme.file(location);
        String heading = site.t(lang, UiString.ARCHIVE);
        List<Views.YearSummary> years = new ArrayList<>();
        Map<Integer, List<Views.Count>> perYear = new TreeMap<>();
        months.forEach((m, list) -> perYear.computeIfAbsent(m.getYear(), y -> new ArrayList<>()).add(new Views.Count(
                site.i18n().month(lang, m), Links.relative(file, UrlScheme.month(lang, m.getYear(), m.getMonthValue(), 1)),
                list.size(), "")));
        perYear.forEach((year, list) -> {
            int count = list.stream().mapToInt(Views.Count::count).sum();
            years.add(new Views.YearSummary(String.valueOf(year), Links.relative(file, UrlScheme.year(lang, year, 1)), count,
                    site.i18n().articles(lang, count), list));
        });
        List<Views.YearSummary> newestFirst = new ArrayList<>(years);
        java.util.Collections.reverse(newestFirst);
        Views.Archive archive = new Views.Archive(heading, chart(lang, file, months), yearChart(lang, file, months), newestFirst);
        PageFrame.Place place = new PageFrame.Place(lang, location, UrlScheme.archive(lang.other()), true,
                List.of(frame.homeCrumb(lang)));
        Views.Page page = frame.page(place, heading, site.t(lang, UiString.ARCHIVE_DESCRIPTION), "", "");
        return new RenderJob(file, "archive.ftlh", Map.of("page", page, "archive", archive));
    }

    /** One bar of a chart: what it counts, where it leads, the label under it (empty for most months). */
    private record Bucket(String name, String href, int count, String tick) {}

    /** Every month from the first to the last, empty ones included, so the time axis is even. */
    private Views.Chart chart(Language lang, String file, NavigableMap<YearMonth, List<Article>> months) {
        List<Bucket> buckets = new ArrayList<>();
        if (!months.isEmpty()) {
            YearMonth first = months.firstKey();
            int n = (int) (first.until(months.lastKey(), java.time.temporal.ChronoUnit.MONTHS) + 1);
            for (int i = 0; i < n; i++) {
                YearMonth m = first.plusMonths(i);
                List<Article> list = months.get(m);
                buckets.add(new Bucket(site.i18n().month(lang, m), list == null ? ""
                        : Links.relative(file, UrlScheme.month(lang, m.getYear(), m.getMonthValue(), 1)),
                        list == null ? 0 : list.size(), m.getMonthValue() == 1 || i == 0 ? String.valueOf(m.getYear()) : ""));
            }
        }
        return chart(lang, site.t(lang, UiString.CHART_LABEL), buckets, new Frame(44, 12, 60, CHART_WIDTH));
    }

    /** One bar per year, for a phone: every year from the first to the last. */
    private Views.Chart yearChart(Language lang, String file, NavigableMap<YearMonth, List<Article>> months) {
        List<Bucket> buckets = new ArrayList<>();
        if (!months.isEmpty()) {
            Map<Integer, Integer> perYear = new TreeMap<>();
            months.forEach((m, list) -> perYear.merge(m.getYear(), list.size(), Integer::sum));
            for (int y = months.firstKey().getYear(); y <= months.lastKey().getYear(); y++) {
                int count = perYear.getOrDefault(y, 0);
                buckets.add(new Bucket(String.format(Locale.ROOT, site.t(lang, UiString.YEAR_HEADING), y),
                        count == 0 ? "" : Links.relative(file, UrlScheme.year(lang, y, 1)), count, String.valueOf(y)));
            }
        }
        // drawn for a phone's width: wide bars, and labels that stay legible when the chart is scaled to the screen
        return chart(lang, site.t(lang, UiString.CHART_LABEL_YEARS), buckets, new Frame(110, 28, 120, 240));
    }

    /**
     * A chart's drawing: room on the left for the count axis, its text size (labels below and above take as much),
     * the widest a bar's slot may be, and the narrowest the bars' area may be.
     */
    private record Frame(int axisWidth, int textSize, int maxSlot, int minPlotWidth) {}

    private Views.Chart chart(Language lang, String label, List<Bucket> buckets, Frame f) {
        int n = Math.max(1, buckets.size());
        int slot = Math.max(3, Math.min(f.maxSlot(), Math.max(f.minPlotWidth(), CHART_WIDTH) / n));
        int plotWidth = Math.max(f.minPlotWidth(), Math.min(CHART_WIDTH, slot * n));
        if (slot * n > plotWidth) plotWidth = slot * n;
        int top = f.textSize() + 6; // the axis title and the top label sit above the bars
        int width = f.axisWidth() + plotWidth;
        int max = Math.max(1, buckets.stream().mapToInt(Bucket::count).max().orElse(1));
        int axisTop = niceTop(max);
        List<Views.Bar> bars = new ArrayList<>();
        List<Views.Tick> ticks = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            Bucket b = buckets.get(i);
            int x = f.axisWidth() + i * slot;
            if (!b.tick().isEmpty()) ticks.add(new Views.Tick(x, b.tick()));
            if (b.count() == 0) continue;
            int h = Math.max(2, Math.round((float) CHART_HEIGHT * b.count() / axisTop));
            bars.add(new Views.Bar(x + (slot > 4 ? 1 : 0), top + CHART_HEIGHT - h, Math.max(1, slot - (slot > 4 ? 2 : 0)), h,
                    b.href(), b.name() + ": " + site.i18n().articles(lang, b.count()), b.count()));
        }
        // the count axis: 0, half and the top, each a line across
        List<Views.Gridline> grid = new ArrayList<>();
        for (int v : new int[] {0, axisTop / 2, axisTop}) {
            grid.add(new Views.Gridline(top + CHART_HEIGHT - Math.round((float) CHART_HEIGHT * v / axisTop),
                    java.text.NumberFormat.getIntegerInstance(lang.locale()).format(v)));
        }
        return new Views.Chart(width, top + CHART_HEIGHT + f.textSize() + 8, f.axisWidth(), f.textSize(), label,
                site.t(lang, UiString.ARTICLES_COUNT), bars, ticks, grid);
    }

    /** The axis' top: the largest count rounded up to an even step of its size (8, 20, 2000), so half of it is whole too. */
    static int niceTop(int max) {
        long unit = 2;
        while (unit * 5 <= max) unit *= 10;
        return (int) ((max + unit - 1) / unit * unit);
    }
}
