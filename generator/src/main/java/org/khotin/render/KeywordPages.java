package org.khotin.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.khotin.config.Language;
import org.khotin.content.Article;
import org.khotin.taxonomy.Keyword;
import org.khotin.text.Fold;

/** The keyword index, one paginated page per keyword and its Atom feed, per language. */
final class KeywordPages {
    /** The "most used" list at the top of the index stays short however large the archive grows. */
    static final int MOST_USED = 12;
    /**
     * From this many keywords an index is split by letter: the index shows each letter's most used and links to
     * the letter's page with all of them, so that it stays light on a phone (about 150 KB at 3,000 keywords
     * would otherwise be 250 KB and a hundred screens).
     */
    static final int LETTER_PAGES_FROM = 1000;
    static final int LETTER_PREVIEW = 15;

    private final SiteModel site;
    private final PageFrame frame;

    KeywordPages(SiteModel site, PageFrame frame) {
        this.site = site;
        this.frame = frame;
    }

    List<PlannedPage> plan(Language lang) {
        List<PlannedPage> pages = new ArrayList<>();
        pages.add(PlannedPage.showingNoArticle(() -> index(lang))); // labels and counts only
        List<Keyword> all = site.keywords().keywords(lang);
        if (all.size() >= LETTER_PAGES_FROM) {
            Map<String, List<Keyword>> byLetter = new LinkedHashMap<>();
            for (Keyword k : all) byLetter.computeIfAbsent(letter(lang, k.label(lang)), x -> new ArrayList<>()).add(k);
            Set<String> popular = popular(lang, all);
            byLetter.forEach((letter, list) -> pages.add(PlannedPage.showingNoArticle(() -> letterPage(lang, letter, list, popular))));
        }
        for (Keyword k : site.keywords().keywords(lang)) {
            pages.addAll(keywordPages(lang, k));
            pages.add(feed(lang, k));
        }
        return pages;
    }

    private RenderJob index(Language lang) {
        String location = UrlScheme.keywordIndex(lang);
        String file = UrlScheme.file(location);
        List<Keyword> keywords = site.keywords().keywords(lang);
        Set<String> popular = popular(lang, keywords);
        boolean split = keywords.size() >= LETTER_PAGES_FROM;
        Map<String, List<Keyword>> groups = new LinkedHashMap<>();
        for (Keyword k : keywords) groups.computeIfAbsent(letter(lang, k.label(lang)), x -> new ArrayList<>()).add(k);
        List<Views.LetterGroup> letterGroups = new ArrayList<>();
        groups.forEach((letter, list) -> {
            // split: the letter's most used, in index order, and a link to all of them
            Set<Keyword> top = split ? list.stream().sorted(Comparator.comparingInt((Keyword k) -> -k.count(lang)))
                    .limit(LETTER_PREVIEW).collect(java.util.stream.Collectors.toSet()) : Set.of();
            List<Keyword> shown = split ? list.stream().filter(top::contains).toList() : list;
            letterGroups.add(new Views.LetterGroup(letter, "letter-" + anchor(letter), entries(lang, file, shown, popular),
                    split ? Links.relative(file, UrlScheme.keywordLetter(lang, anchor(letter))) : "", list.size()));
        });
        List<Keyword> top = keywords.stream().filter(k -> popular.contains(k.id()))
                .sorted(Comparator.comparingInt((Keyword k) -> -k.count(lang))).limit(MOST_USED).toList();
        String heading = site.t(lang, UiString.KEYWORDS);
        PageFrame.Place place = new PageFrame.Place(lang, location, UrlScheme.keywordIndex(lang.other()), true,
                List.of(frame.homeCrumb(lang)));
        Views.Page page = frame.page(place, heading, site.t(lang, UiString.KEYWORDS_DESCRIPTION), "", "");
        return new RenderJob(file, "keyword-index.ftlh", Map.of("page", page,
                "index", new Views.KeywordIndex(heading, letterGroups, entries(lang, file, top, popular), keywords.size())));
    }

    /** A letter's page of a split index: all its keywords. */
    private RenderJob letterPage(Language lang, String letter, List<Keyword> keywords, Set<String> popular) {
        String location = UrlScheme.keywordLetter(lang, anchor(letter));
        String file = UrlScheme.file(location);
        String heading = site.t(lang, UiString.KEYWORDS) + ": " + letter;
        PageFrame.Place place = new PageFrame.Place(lang, location, UrlScheme.keywordIndex(lang.other()), false,
                List.of(frame.homeCrumb(lang), new PageFrame.Crumb(UrlScheme.keywordIndex(lang), site.t(lang, UiString.KEYWORDS))));
        Views.Page page = frame.page(place, heading, site.t(lang, UiString.KEYWORDS_DESCRIPTION), "", "");
        List<Views.LetterGroup> group = List.of(new Views.LetterGroup(letter, "letter-" + anchor(letter),
                entries(lang, file, keywords, popular), "", keywords.size()));
        return new RenderJob(file, "keyword-index.ftlh", Map.of("page", page,
                "index", new Views.KeywordIndex(heading, group, List.of(), keywords.size())));
    }

    private List<Views.KeywordEntry> entries(Language lang, String file, List<Keyword> keywords, Set<String> popular) {
        return keywords.stream().map(k -> new Views.KeywordEntry(k.label(lang),
                Links.relative(file, UrlScheme.keyword(lang, k.id(), 1)), k.count(lang), site.i18n().articles(lang, k.count(lang)),
                k.labelLang(lang), popular.contains(k.id()))).toList();
    }

    /**
     * The most used tenth of the keywords (at least one), among those on more than one article; ties at
     * the cut go by display order, so the set is deterministic.
     */
    static Set<String> popular(Language lang, List<Keyword> inDisplayOrder) {
        int n = (inDisplayOrder.size() + 9) / 10;
        Set<String> out = new HashSet<>();
        inDisplayOrder.stream().filter(k -> k.count(lang) > 1)
                .sorted(Comparator.comparingInt((Keyword k) -> -k.count(lang)))
                .limit(n).forEach(k -> out.add(k.id()));
        return out;
    }

    /**
     * The letter heading a label files under: Vietnamese keeps ă â đ ê ô ơ ư as letters of their own and
     * drops tones (Ấ files under Â); English files every Latin letter under its base letter.
     */
    static String letter(Language lang, String label) {
        if (label.isEmpty()) return "#";
        String first = new String(Character.toChars(label.codePointAt(0)));
        if (!Character.isLetter(first.codePointAt(0))) return "#";
        if (lang == Language.EN) {
            String base = Fold.fold(first).toUpperCase(Locale.ROOT);
            return base.length() == 1 && base.charAt(0) >= 'A' && base.charAt(0) <= 'Z' ? base : "#";
        }
        String nfd = Normalizer.normalize(first, Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder();
        for (char c : nfd.toCharArray()) {
            boolean tone = c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
            if (!tone) kept.append(c);
        }
        return Normalizer.normalize(kept, Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
    }

    /** An ASCII anchor for a letter, Telex-style: Ă → aw, Â → aa, Đ → dd, Ơ → ow. */
    static String anchor(String letter) {
        return switch (letter) {
            case "Ă" -> "aw";
            case "Â" -> "aa";
            case "Đ" -> "dd";
            case "Ê" -> "ee";
            case "Ô" -> "oo";
            case "Ơ" -> "ow";
            case "Ư" -> "uw";
            default -> {
                String folded = Fold.fold(letter);
                yield folded.matches("[a-z]") ? folded : "other";
            }
        };
    }

    private List<PlannedPage> keywordPages(Language lang, Keyword k) {
        List<Article> articles = k.articles(lang).stream().map(site.corpus()::require).toList();
        boolean other = k.count(lang.other()) > 0;
        IntFunction<String> counterpart = p -> other ? UrlScheme.keyword(lang.other(), k.id(), 1) : UrlScheme.keywordIndex(lang.other());
        List<PageFrame.Crumb> crumbs = List.of(frame.homeCrumb(lang),
                new PageFrame.Crumb(UrlScheme.keywordIndex(lang), site.t(lang, UiString.KEYWORDS)));
        String intro = site.t(lang, UiString.KEYWORD_INTRO);
        return frame.articleList(lang, articles, p -> UrlScheme.keyword(lang, k.id(), p), counterpart, other, crumbs,
                k.label(lang), k.labelLang(lang), intro, intro + " " + k.label(lang), java.util.Optional.of(feedOf(lang, k)));
    }

    private PageFrame.Feed feedOf(Language lang, Keyword k) {
        return frame.listFeed(lang, UrlScheme.keyword(lang, k.id(), 1), site.t(lang, UiString.KEYWORD_INTRO) + " " + k.label(lang));
    }

    /** The articles a keyword's feed is made from (it shows the first of them). */
    private List<Article> feedArticles(Language lang, Keyword k) {
        return k.articles(lang).stream().map(site.corpus()::require).toList();
    }

    private PlannedPage feed(Language lang, Keyword k) {
        List<String> ids = k.articles(lang);
        return PlannedPage.showing(() -> ids.subList(0, Math.min(FeedPages.ENTRIES, ids.size())), () -> {
            return new FeedPages(site).feed(lang, UrlScheme.keyword(lang, k.id(), 1), feedOf(lang, k).title(), feedArticles(lang, k),
                    FeedPages.Content.SUMMARY);
        });
    }
}
