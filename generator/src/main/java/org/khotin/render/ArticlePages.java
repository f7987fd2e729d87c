package org.khotin.render;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.khotin.config.Language;
import org.khotin.content.Article;
import org.khotin.markdown.RenderedMarkdown;
import org.khotin.text.BylineWords;
import org.khotin.text.Fold;
import org.khotin.text.Unicode;

/** One page per article. */
final class ArticlePages {
    private static final java.nio.charset.Charset UTF8 = java.nio.charset.StandardCharsets.UTF_8;

    private final SiteModel site;
    private final PageFrame frame;
    /** Each language's category pages by their label's identity, made when the first article page asks. */
    private final java.util.function.Supplier<Map<Language, Map<String, PageFrame.Crumb>>> categories;
    /** Each language's writers' pages by their name's identity, made when the first article page asks. */
    private final java.util.function.Supplier<Map<Language, Map<String, String>>> authorPages;

    private final SeriesPages series;

    /** The planner's category, writer and series pages, which know their addresses once for the whole plan. */
    ArticlePages(SiteModel site, PageFrame frame, CategoryPages categories, AuthorPages authors, SeriesPages series) {
        this.site = site;
        this.frame = frame;
        this.series = series;
        this.categories = PageFrame.once(() -> Map.of(Language.VI, categories.crumbsByKey(Language.VI),
                Language.EN, categories.crumbsByKey(Language.EN)));
        this.authorPages = PageFrame.once(() -> Map.of(Language.VI, authors.pagesByKey(Language.VI),
                Language.EN, authors.pagesByKey(Language.EN)));
    }

    List<PlannedPage> plan(Language lang) {
        return site.corpus().articles(lang).stream().<PlannedPage>map(a -> new Page(this, a)).toList();
    }

    /** An article's page as planned: one small object per page, however large the archive. */
    private record Page(ArticlePages pages, Article article) implements PlannedPage {
        @Override
        public RenderJob make() {
            return pages.article(article);
        }

        /** It shows its article, its translation (by title), its related ones and the other parts of its series. */
        @Override
        public boolean showsAnyOf(java.util.Set<String> ids) {
            if (ids.contains(article.id())) return true;
            for (String related : pages.site.related().relatedTo(article.id())) if (ids.contains(related)) return true;
            for (Article part : pages.series.of(article).map(SeriesPages.Series::parts).orElse(List.of())) {
                if (ids.contains(part.id())) return true;
            }
            return pages.site.corpus().translationOf(article).map(t -> ids.contains(t.id())).orElse(false);
        }
    }

    RenderJob article(Article a) {
        Language lang = a.lang();
        String location = UrlScheme.article(a);
        String file = UrlScheme.file(location);
        ZonedDateTime date = a.localDate(site.config().timeZone());
        Optional<Article> translation = site.corpus().translationOf(a);
        List<Views.Link> keywordLinks = new ArrayList<>();
        for (String id : site.keywords().idsOf(a)) {
            site.keywords().byId(id).ifPresent(k -> keywordLinks.add(new Views.Link(
                    Links.relative(file, UrlScheme.keyword(lang, k.id(), 1)), k.label(lang), k.labelLang(lang))));
        }
        Optional<SeriesPages.Series> partOf = series.of(a);
        List<Views.Teaser> related = site.related().relatedTo(a.id()).stream()
                .map(id -> frame.teaser(lang, file, site.corpus().require(id))).toList();
        List<Views.Link> translations = translation.map(tr -> List.of(new Views.Link(
                Links.relative(file, UrlScheme.article(tr)), tr.meta().title(), tr.lang().code()))).orElse(List.of());
        String url = site.config().absolute(location);
        RenderedMarkdown body = site.bodyHtml().apply(a);
        Optional<PageFrame.Crumb> section = section(a);
        // an article dated by its day shows the day alone, not a midnight it was never published at
        When published = when(lang, date, a.meta().dateOnly());
        // a correction, when the editor dated one later; a bare date (the day's start) shows as the day
        When updated = a.meta().updated().filter(u -> u.isAfter(a.meta().date()))
                .map(u -> u.atZoneSameInstant(site.config().timeZone()))
                .map(u -> when(lang, u, u.toLocalTime().equals(java.time.LocalTime.MIDNIGHT))).orElse(new When("", ""));
        Writers writers = writers(a, file);
        Views.Article view = new Views.Article(a.meta().kicker(), a.meta().title(), published.iso(), published.text(),
                updated.iso(), updated.text(), a.meta().author(), writers.byline(), a.meta().authorOrg(), a.meta().source(),
                section.map(PageFrame.Crumb::label).orElse(""), section.map(c -> Links.relative(file, c.location())).orElse(""),
                a.meta().summary(), sapo(a.meta().summary(), body.html()), body.html(), keywordLinks, translations,
                share(lang, url, a.meta().title()), new Views.Related(site.t(lang, UiString.RELATED_HEADING), related),
                partOf.map(s -> series.box(s, a, file)).orElse(Views.SeriesBox.NONE));
        List<PageFrame.Crumb> crumbs = new ArrayList<>(List.of(frame.homeCrumb(lang)));
        section.ifPresent(crumbs::add);
        PageFrame.Place place = new PageFrame.Place(lang, location,
                translation.map(UrlScheme::article).orElse(UrlScheme.home(lang.other(), 1)), translation.isPresent(),
                List.copyOf(crumbs));
        String modified = site.changed(a).toString();
        Map<String, Object> news = StructuredData.newsArticle(a.meta().title(), url, date.toOffsetDateTime().toString(), modified,
                writers.people(), lang.code(), site.config().language(lang).title());
        // the first photo, at its largest size, is what a shared link shows
        List<Views.Image> images = body.photos().stream().limit(1).map(p -> p.largest())
                .map(size -> new Views.Image(site.config().absolute(location + size.file()), size.width(), size.height())).toList();
        if (!images.isEmpty()) news.put("image", images.stream().map(Views.Image::url).toList());
        partOf.ifPresent(s -> news.put("isPartOf", StructuredData.series(s.name(),
                site.config().absolute(UrlScheme.series(lang, s.slug(), 1)))));
        Views.Page page = frame.page(place, a.meta().title(), a.summaryOrLead(), "", "",
                new PageFrame.Details("article", site.changed(a), Optional.empty(), Optional.of(news), true, images));
        return new RenderJob(file, "article.ftlh", Map.of("page", page, "article", view));
    }

    /** An article's writers: as its byline shows them, and as its structured data names them. */
    private record Writers(Views.Byline byline, List<StructuredData.Person> people) {}

    /** The byline's writers, each leading to their page; a role written in place of a name ({@code PV}) leads nowhere. */
    private Writers writers(Article a, String file) {
        if (a.meta().author().isEmpty()) return new Writers(Views.Byline.NONE, List.of());
        AuthorPages.Byline parts = AuthorPages.byline(a.meta().author());
        Map<String, String> pages = authorPages.get().get(a.lang());
        List<Views.Link> links = new ArrayList<>();
        List<StructuredData.Person> people = new ArrayList<>();
        for (String name : parts.names()) {
            boolean writer = BylineWords.writer(name);
            String page = writer ? pages.get(Fold.key(name)) : null;
            links.add(new Views.Link(page == null ? "" : Links.relative(file, page), name, ""));
            if (writer) people.add(new StructuredData.Person(name, page == null ? "" : site.config().absolute(page)));
        }
        // a byline that names no writer (PV, an office) is still who wrote it, as the feeds say
        if (people.isEmpty()) people.add(new StructuredData.Person(a.meta().author().strip(), ""));
        return new Writers(new Views.Byline(links, parts.separators()), people);
    }

    /** A time as a page shows it: machine-readable, and in the page's words. */
    private record When(String iso, String text) {}

    private When when(Language lang, ZonedDateTime t, boolean dayOnly) {
        return dayOnly ? new When(t.toLocalDate().toString(), site.i18n().longDay(lang, t))
                : new When(t.toOffsetDateTime().toString(), site.i18n().longDate(lang, t));
    }

    /** The section the story is filed under, named as its page is: a link in its dateline and a step of its breadcrumbs. */
    private Optional<PageFrame.Crumb> section(Article a) {
        if (a.meta().category().isEmpty()) return Optional.empty();
        return Optional.ofNullable(categories.get().get(a.lang()).get(Fold.key(a.meta().category())));
    }

    /** How many leading characters of summary and lead must agree for the lead to be the sapo. */
    private static final int SAPO_AGREEMENT = 40;

    /**
     * The sapo: an imported article's summary is usually its lead, or the lead's first sentence, and then the lead
     * is set apart; a summary written apart from the body is shown above it.
     */
    static Views.Sapo sapo(String summary, String bodyHtml) {
        if (summary.isBlank()) return new Views.Sapo("", false);
        String lead = bodyHtml.startsWith("<p>") ? plainText(bodyHtml.substring(3, Math.max(3, bodyHtml.indexOf("</p>")))) : "";
        String a = comparable(summary);
        String b = comparable(lead);
        int n = Math.min(SAPO_AGREEMENT, a.length());
        boolean same = b.length() >= n && a.regionMatches(0, b, 0, n);
        return same ? new Views.Sapo("", true) : new Views.Sapo(summary, false);
    }

    private static String plainText(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }

    private static String comparable(String text) {
        return Unicode.collapseSpaces(Unicode.nfc(text)).toLowerCase(java.util.Locale.ROOT);
    }

    /** Share links as plain URLs: nothing is loaded from the networks until a reader clicks. */
    private Views.Share share(Language lang, String url, String title) {
        String u = queryValue(url);
        String t = queryValue(title);
        return new Views.Share(url, List.of(
                new Views.Link("https://www.facebook.com/sharer/sharer.php?u=" + u, "Facebook", ""),
                new Views.Link("https://sp.zalo.me/share_inline?url=" + u, "Zalo", ""),
                new Views.Link("https://twitter.com/intent/tweet?url=" + u + "&text=" + t, "X", "")),
                new Views.Link("mailto:?subject=" + t + "&body=" + u, site.t(lang, UiString.SHARE_EMAIL), ""));
    }

    /**
     * A query's value, escaped only where a URL needs it: a space, a delimiter of the query and what no URL may
     * hold. ':' and '/' may stand in a query as they are (RFC 3986, 3.4), and letters beyond ASCII too (an IRI;
     * the browser escapes them when it follows the link), so a Vietnamese title is not three times its length.
     */
    private static String queryValue(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            boolean ascii = c < 0x80;
            boolean keep = ascii ? Character.isLetterOrDigit(c) || "-._~!$'()*,;:@/".indexOf(c) >= 0
                    : !Character.isSpaceChar(c) && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT;
            if (keep) {
                out.appendCodePoint(c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(UTF8)) out.append(String.format(Locale.ROOT, "%%%02X", b & 0xff));
            }
        });
        return out.toString();
    }
}
