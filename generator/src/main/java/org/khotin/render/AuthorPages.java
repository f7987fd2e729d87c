package org.khotin.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.config.Language;
import org.khotin.content.Article;
import org.khotin.text.BylineWords;
import org.khotin.text.Fold;
import org.khotin.text.VietnameseOrder;

/**
 * Writers (tác giả) from bylines: an index and one paginated page per writer, with a feed, so that a reader who
 * follows a reporter's byline finds the rest of their work. A byline may name several writers ({@code Hoàng Hưng -
 * Phú Bắc}, {@code A, B và C}); a part that names no writer (a role such as {@code PV}, an employer, a place, a
 * photo credit) gets no page.
 */
final class AuthorPages {
    private static final Pattern SEPARATOR = Pattern.compile("(?U)\\s+[-–—&]\\s+|\\s*[,;]\\s*|\\s+(?:và|and)\\s+");

    private final SiteModel site;
    private final PageFrame frame;

    /** Each language's writers, made once: the planner and every article page's byline ask. */
    private final Map<Language, java.util.function.Supplier<List<Author>>> byLanguage = new java.util.EnumMap<>(Language.class);

    AuthorPages(SiteModel site, PageFrame frame) {
        this.site = site;
        this.frame = frame;
        for (Language lang : Language.values()) byLanguage.put(lang, PageFrame.once(() -> find(lang)));
    }

    /** A writer of one language: the name (as it is spelt most often), slug and articles, newest first. */
    record Author(String name, String slug, List<Article> articles) {}

    /** A byline's names in its order, and what stands between each two, as written. */
    record Byline(List<String> names, List<String> separators) {}

    static Byline byline(String text) {
        // an office signing as a whole ("Ban Tuyên giáo và Dân vận") is one name, and no writer's
        if (BylineWords.organisation(text)) return new Byline(List.of(text.strip()), List.of());
        List<String> names = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        String s = text.strip();
        Matcher m = SEPARATOR.matcher(s);
        int start = 0;
        String before = "";
        while (true) {
            boolean found = m.find();
            // a comma or "và" inside brackets is the note's own ("(Theo Reuters, AFP)", "(bài và ảnh)")
            while (found && insideBrackets(s, m.start())) found = m.find();
            String part = trimmed(s.substring(start, found ? m.start() : s.length()));
            if (!part.isEmpty()) {
                if (!names.isEmpty()) separators.add(before);
                addPieces(part, names, separators);
            }
            if (!found) break;
            String mark = m.group().strip();
            before = mark.equals(",") || mark.equals(";") ? mark + " " : " " + mark + " ";
            start = m.end();
        }
        return new Byline(names, separators);
    }

    /** A role before a name: {@code PV Phú Bắc}, {@code Phóng viên Lê Hà}. */
    private static final Pattern ROLE_BEFORE = Pattern.compile("(?uU)((?i:pv|ctv|btv|phóng viên|cộng tác viên)\\.?)(\\s+)(\\p{Lu}.*)");
    /** An employer after a slash: {@code Phú Bắc/TTXVN}. */
    private static final Pattern EMPLOYER_AFTER = Pattern.compile("(?uU)(.*?\\S)(\\s*/\\s*)(\\S.*)");

    /**
     * A part of a byline as pieces, each a name or not: a writer's name and what the paper printed with it (a role
     * before, an agency or a source's note after) are pieces of their own, so that the name alone leads to the
     * writer's page, the byline reading as it was written.
     */
    private static void addPieces(String part, List<String> names, List<String> separators) {
        Matcher role = ROLE_BEFORE.matcher(part);
        if (role.matches()) {
            names.add(role.group(1));
            separators.add(role.group(2));
            addPieces(role.group(3), names, separators);
            return;
        }
        int open = trailingBracket(part);
        String before = open > 0 ? part.substring(0, open).stripTrailing() : "";
        if (!before.isEmpty()) {
            addPieces(before, names, separators);
            separators.add(part.substring(before.length(), open));
            names.add(part.substring(open));
            return;
        }
        Matcher employer = EMPLOYER_AFTER.matcher(part);
        if (employer.matches() && !BylineWords.writer(employer.group(3))) {
            addPieces(employer.group(1), names, separators);
            separators.add(employer.group(2));
            names.add(employer.group(3));
            return;
        }
        names.add(part);
    }

    /**
     * Where the brackets that close a part open, brackets inside them counted ({@code Phú Bắc (TTXVN (Hà Nội))}): what is
     * said of a writer after the name ({@code (TTXVN)}, {@code (Theo VNA)}, {@code (tổng hợp)}); -1 when none closes it.
     */
    private static int trailingBracket(String part) {
        if (!part.endsWith(")")) return -1;
        int depth = 0;
        for (int i = part.length() - 1; i >= 0; i--) {
            if (part.charAt(i) == ')') depth++;
            else if (part.charAt(i) == '(' && --depth == 0) return i;
        }
        return -1;
    }

    /** Whether a place of the text is inside brackets that close after it; a bracket never closed holds nothing. */
    private static boolean insideBrackets(String s, int at) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                open.push(i);
            } else if (s.charAt(i) == ')' && !open.isEmpty()) {
                int from = open.pop();
                if (from < at && at < i) return true;
            }
        }
        return false;
    }

    /** A name as pages show and find it: without a full stop or a comma the byline left at its end. */
    private static String trimmed(String name) {
        return name.replaceAll("[.,;:]+$", "").strip();
    }

    List<Author> authors(Language lang) {
        return byLanguage.get(lang).get();
    }

    private List<Author> find(Language lang) {
        LabelledGroups writers = new LabelledGroups();
        for (Article a : site.listing(lang)) {
            if (a.lang() != lang || a.meta().author().isEmpty()) continue;
            for (String name : byline(a.meta().author()).names()) {
                if (BylineWords.writer(name)) writers.add(name, a);
            }
        }
        List<Author> out = new ArrayList<>();
        for (LabelledGroups.Group g : writers.slugged(lang == Language.VI ? "tac-gia" : "author")) {
            out.add(new Author(g.name(), g.slug(), g.articles()));
        }
        VietnameseOrder order = new VietnameseOrder();
        out.sort((x, y) -> order.compare(x.name(), y.name()));
        return List.copyOf(out);
    }

    /** Each writer's first page, by the name's identity ({@link Fold#key}): where a byline's name leads. */
    Map<String, String> pagesByKey(Language lang) {
        Map<String, String> out = new HashMap<>();
        for (Author a : authors(lang)) out.put(Fold.key(a.name()), UrlScheme.author(lang, a.slug(), 1));
        return out;
    }

    /** The index and each writer's pages; nothing when no article names a writer (the index would lead nowhere). */
    List<PlannedPage> plan(Language lang, List<Author> authors) {
        List<PlannedPage> jobs = new ArrayList<>();
        if (authors.isEmpty()) return jobs;
        String indexLocation = UrlScheme.authorIndex(lang);
        String file = UrlScheme.file(indexLocation);
        String heading = site.t(lang, UiString.AUTHORS);
        List<Views.Count> entries = authors.stream()
                .map(a -> frame.count(lang, file, a.name(), UrlScheme.author(lang, a.slug(), 1), a.articles().size())).toList();
        // a writer of both languages: each page's counterpart is the other language's page (the index's too)
        Map<String, String> otherPages = pagesByKey(lang.other());
        PageFrame.Place place = new PageFrame.Place(lang, indexLocation,
                otherPages.isEmpty() ? UrlScheme.home(lang.other(), 1) : UrlScheme.authorIndex(lang.other()), !otherPages.isEmpty(),
                List.of(frame.homeCrumb(lang)));
        jobs.add(PlannedPage.showingNoArticle(() -> new RenderJob(file, "authors.ftlh", Map.of("page", frame.page(place, heading,
                site.t(lang, UiString.AUTHORS_DESCRIPTION), "", ""), "index", new Views.AuthorIndex(heading, entries)))));
        List<PageFrame.Crumb> crumbs = List.of(frame.homeCrumb(lang), new PageFrame.Crumb(indexLocation, heading));
        String intro = site.t(lang, UiString.AUTHOR_INTRO);
        // a writer of one language alone leads to the other language's writers, when it has any
        String otherIndex = otherPages.isEmpty() ? UrlScheme.home(lang.other(), 1) : UrlScheme.authorIndex(lang.other());
        for (Author a : authors) {
            Optional<String> other = Optional.ofNullable(otherPages.get(Fold.key(a.name())));
            jobs.addAll(frame.articleList(lang, a.articles(), p -> UrlScheme.author(lang, a.slug(), p),
                    p -> other.orElse(otherIndex), other.isPresent(), crumbs, a.name(), "", intro,
                    intro + " " + a.name(), Optional.of(feedOf(lang, a))));
        }
        return jobs;
    }

    PageFrame.Feed feedOf(Language lang, Author a) {
        return frame.listFeed(lang, UrlScheme.author(lang, a.slug(), 1), site.t(lang, UiString.AUTHOR_INTRO) + " " + a.name());
    }
}
