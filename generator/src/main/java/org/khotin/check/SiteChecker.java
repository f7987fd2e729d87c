package org.khotin.check;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.khotin.diag.Problem;
import org.khotin.diag.Problems;
import org.khotin.output.OutputSink;
import org.khotin.diag.SourcePos;

/**
 * Checks a built site as a reader and a crawler meet it: every internal link and {@code #anchor}
 * resolves, every referenced asset exists, hreflang alternates are reciprocal, every page can be
 * reached from the home page, and every XML file (feeds, sitemaps) is well-formed. Works on a site in memory, or on its pages as a build writes them; writes nothing.
 */
public final class SiteChecker {
    private final String baseUrl;
    private final String displayRoot;

    /** @param displayRoot how messages name the output folder, e.g. {@code public/} */
    public SiteChecker(String baseUrl, String displayRoot) {
        this.baseUrl = baseUrl;
        this.displayRoot = displayRoot;
    }

    /** A link found on a page. */
    public record Link(String page, String target, String fragment, String raw) {}

    /** Checks a built site held whole in memory (its pages are read in parallel). */
    public Report check(Map<String, byte[]> files, Problems problems) {
        files.entrySet().parallelStream().filter(e -> XmlWellFormedness.isXml(e.getKey()))
                .forEach(e -> XmlWellFormedness.check(displayRoot + e.getKey(), e.getValue()).ifPresent(problems::add));
        List<String> paths = files.keySet().stream().filter(SiteChecker::isPage).toList();
        PageFacts[] read = new PageFacts[paths.size()];
        Map<String, String> strings = new ConcurrentHashMap<>();
        IntStream.range(0, paths.size()).parallel().forEach(i -> read[i] = facts(paths.get(i), files.get(paths.get(i)), strings));
        Map<String, PageFacts> pages = new TreeMap<>();
        for (int i = 0; i < read.length; i++) pages.put(paths.get(i), read[i]);
        return check(files.keySet(), pages, problems, LinkSources.NONE);
    }

    /**
     * A sink for a build to write into that reads each page as it is written (in the build's render threads)
     * and keeps only what the checks need of it: the site is checked without ever being held whole.
     */
    public Sink sink() {
        return new Sink();
    }

    /** See {@link #sink()}; {@link #check} once the build has committed. */
    public final class Sink implements OutputSink {
        private final Set<String> files = ConcurrentHashMap.newKeySet();
        private final Map<String, PageFacts> pages = new ConcurrentHashMap<>();
        private final Map<String, String> strings = new ConcurrentHashMap<>();
        /** What is wrong with XML files written, by path. */
        private final Map<String, Problem> illFormed = new ConcurrentHashMap<>();

        private Sink() {}

        /** Every file written, by its path in the site. */
        public Set<String> files() {
            return java.util.Collections.unmodifiableSet(files);
        }

        @Override
        public void write(String path, byte[] content) {
            OutputSink.checkPath(path);
            if (!files.add(path)) throw new IllegalStateException("written twice: " + path);
            if (isPage(path)) pages.put(path, facts(path, content, strings));
            if (XmlWellFormedness.isXml(path)) XmlWellFormedness.check(displayRoot + path, content).ifPresent(p -> illFormed.put(path, p));
        }

        @Override
        public int count() {
            return files.size();
        }

        @Override
        public void commit() {}

        @Override
        public void abandon() {
            files.clear();
            pages.clear();
            strings.clear();
            illFormed.clear();
        }

        /** The checks, over what the build wrote. */
        public Report check(Problems problems) {
            return check(problems, LinkSources.NONE);
        }

        /** As {@link #check(Problems)}, reporting a broken link an editor wrote where it is written. */
        public Report check(Problems problems, LinkSources sources) {
            problems.addAll(illFormed.values());
            return SiteChecker.this.check(files, new TreeMap<>(pages), problems, sources);
        }
    }

    private static String shared(Map<String, String> strings, String s) {
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    private static boolean isPage(String path) {
        return path.endsWith(".html");
    }

    /**
     * What the checks need of one page, read from it once: no page's whole document is kept, so a large site
     * is checked in the memory of its links rather than of its parsed pages. Arrays, not collections, and
     * shared strings: a 100,000-article site has six million links.
     *
     * @param ids        the ids its elements have (and names its anchors have), sorted
     * @param targets    for each link it follows, the file the link leads to ("" for a link within the page)
     * @param fragments  for each link, its {@code #fragment}, or ""
     * @param addresses  for each link, the address as the page writes it
     * @param external   the outside addresses it links to
     * @param alternates the pages its hreflang alternates name (x-default left out), sorted
     * @param redirect   whether it is an old address that sends the reader on (no link leads to it)
     */
    private record PageFacts(String[] ids, String[] targets, String[] fragments, String[] addresses, String[] external,
                             String[] alternates, boolean redirect) {
        boolean hasId(String id) {
            return Arrays.binarySearch(ids, id) >= 0;
        }

        boolean namesAlternate(String page) {
            return Arrays.binarySearch(alternates, page) >= 0;
        }
    }

    /** @param pages every page's facts, by path, in path order */
    private Report check(Set<String> files, Map<String, PageFacts> pages, Problems problems, LinkSources sources) {
        List<String> external = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, PageFacts> e : pages.entrySet()) {
            String page = e.getKey();
            PageFacts facts = e.getValue();
            external.addAll(List.of(facts.external()));
            for (int k = 0; k < facts.targets().length; k++) {
                checked++;
                String target = facts.targets()[k];
                String fragment = facts.fragments()[k];
                String raw = facts.addresses()[k];
                if (!target.isEmpty() && !files.contains(target)) {
                    Optional<SourcePos> written = sources.find(page, raw, fragment);
                    problems.error(written.orElse(pos(page)), "broken link '" + raw + "': nothing at /" + target,
                            written.isPresent() ? "fix the link: it leads to no page of the site"
                                    : "fix the link in the article's Markdown or the template that writes it");
                } else if (!fragment.isEmpty()) {
                    String within = target.isEmpty() ? page : target;
                    PageFacts there = pages.get(within);
                    if (within.endsWith(".html") && (there == null || !there.hasId(fragment))) {
                        problems.error(sources.find(page, raw, fragment).orElse(pos(page)), "broken anchor '" + raw + "': /"
                                + within + " has no id '" + fragment + "'", "heading ids are made from the heading text, like slugs");
                    }
                }
            }
        }
        checkAlternates(pages, problems);
        checkReachable(pages, problems);
        return new Report(pages.size(), checked, List.copyOf(new TreeSet<>(external)));
    }

    /**
     * Reads one page: its ids, the links it follows (none for 404.html, whose links are absolute by design),
     * its alternates.
     *
     * @param strings strings met so far, each kept once: thousands of pages link to the same pages with the
     *                same relative addresses, and have the same ids
     */
    private PageFacts facts(String page, byte[] bytes, Map<String, String> strings) {
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "");
        Set<String> ids = new TreeSet<>();
        doc.select("[id]").forEach(e -> ids.add(shared(strings, e.id())));
        doc.select("a[name]").forEach(e -> ids.add(shared(strings, e.attr("name"))));
        List<String> targets = new ArrayList<>();
        List<String> fragments = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        List<String> external = new ArrayList<>();
        if (!page.equals("404.html")) { // served at any depth
            for (Element el : doc.select("a[href], link[href], img[src], script[src], source[src], video[src], audio[src], track[src], form[action]")) {
                String raw = el.hasAttr("href") ? el.attr("href") : el.hasAttr("action") ? el.attr("action") : el.attr("src");
                if (el.tagName().equals("link") && el.attr("rel").equals("canonical")) continue;
                if (el.tagName().equals("link") && el.hasAttr("hreflang")) continue;
                Optional<Link> link = resolve(page, raw);
                if (link.isPresent()) {
                    targets.add(shared(strings, link.get().target()));
                    fragments.add(shared(strings, link.get().fragment()));
                    addresses.add(shared(strings, raw));
                } else if (raw.startsWith("http://") || raw.startsWith("https://")) {
                    external.add(raw);
                }
            }
        }
        Set<String> alternates = new TreeSet<>();
        for (Element link : doc.select("link[rel=alternate][hreflang]")) {
            if (link.attr("hreflang").equals("x-default")) continue;
            resolve(page, link.attr("href")).map(Link::target).ifPresent(t -> alternates.add(shared(strings, t)));
        }
        return new PageFacts(ids.toArray(String[]::new), targets.toArray(String[]::new), fragments.toArray(String[]::new),
                addresses.toArray(String[]::new), external.toArray(String[]::new), alternates.toArray(String[]::new),
                doc.selectFirst("meta[http-equiv=refresh]") != null);
    }

    /** What was checked, and the external links found (checked only with --external). */
    public record Report(int pages, int internalLinks, List<String> externalLinks) {}

    /** Internal links become paths of files in the output; external ones are empty. */
    Optional<Link> resolve(String page, String raw) {
        if (raw.isEmpty() || raw.startsWith("mailto:") || raw.startsWith("tel:") || raw.startsWith("data:")) return Optional.empty();
        String url = raw;
        if (url.startsWith(baseUrl)) url = relativeToRoot(page) + url.substring(baseUrl.length());
        else if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("//")) return Optional.empty();
        String fragment = "";
        int hash = url.indexOf('#');
        if (hash >= 0) {
            fragment = url.substring(hash + 1);
            url = url.substring(0, hash);
        }
        int query = url.indexOf('?');
        if (query >= 0) url = url.substring(0, query);
        if (url.isEmpty()) return Optional.of(new Link(page, "", decode(fragment), raw));
        String dir = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        String path = URI.create("file:///" + dir).resolve(url.replace(" ", "%20")).getPath();
        path = path.startsWith("/") ? path.substring(1) : path;
        if (path.isEmpty() || path.endsWith("/")) path = path + "index.html";
        return Optional.of(new Link(page, decode(path), decode(fragment), raw));
    }

    private static String relativeToRoot(String page) {
        return "../".repeat((int) page.chars().filter(c -> c == '/').count());
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private void checkAlternates(Map<String, PageFacts> pages, Problems problems) {
        pages.forEach((path, facts) -> {
            for (String target : facts.alternates()) {
                if (target.equals(path)) continue;
                PageFacts there = pages.get(target);
                if (there == null) {
                    problems.error(pos(path), "hreflang alternate /" + target + " does not exist", "");
                } else if (!there.namesAlternate(path)) {
                    problems.error(pos(path), "hreflang alternate /" + target + " does not link back to this page",
                            "alternates must be reciprocal: each language version lists all the others");
                }
            }
        });
    }

    private void checkReachable(Map<String, PageFacts> pages, Problems problems) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String start : List.of("index.html", "vi/index.html", "en/index.html")) {
            if (pages.containsKey(start) && seen.add(start)) queue.add(start);
        }
        while (!queue.isEmpty()) {
            for (String target : pages.get(queue.poll()).targets()) {
                if (pages.containsKey(target) && seen.add(target)) queue.add(target);
            }
        }
        for (String page : pages.keySet()) {
            // an old address's redirect page is reached from outside (bookmarks, other sites), never by a link here
            if (!seen.contains(page) && !page.equals("404.html") && !pages.get(page).redirect()) {
                problems.error(pos(page), "page cannot be reached from the home page by following links",
                        "link it from a list, keyword page or the archive");
            }
        }
    }

    private SourcePos pos(String page) {
        return SourcePos.file(displayRoot + page);
    }
}
