package org.khotin.check;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;

/**
 * Checks a built site as a reader and a crawler meet it: every internal link and {@code #anchor}
 * resolves, every referenced asset exists, hreflang alternates are reciprocal, and every page can be
 * reached from the home page. Works on the files in memory; writes nothing.
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

    public Report check(Map<String, byte[]> files, Problems problems) {
        Map<String, Document> pages = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".html")) pages.put(path, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), ""));
        });
        Map<String, Set<String>> ids = new HashMap<>();
        pages.forEach((path, doc) -> {
            Set<String> set = new HashSet<>();
            doc.select("[id]").forEach(e -> set.add(e.id()));
            doc.select("a[name]").forEach(e -> set.add(e.attr("name")));
            ids.put(path, set);
        });
        Map<String, List<Link>> linksByPage = new TreeMap<>();
        List<String> external = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            String page = e.getKey();
            if (page.equals("404.html")) continue; // served at any depth; its links are absolute by design
            List<Link> links = new ArrayList<>();
            for (Element el : e.getValue().select("a[href], link[href], img[src], script[src], source[src], form[action]")) {
                String raw = el.hasAttr("href") ? el.attr("href") : el.hasAttr("action") ? el.attr("action") : el.attr("src");
                if (el.tagName().equals("link") && el.attr("rel").equals("canonical")) continue;
                if (el.tagName().equals("link") && el.hasAttr("hreflang")) continue;
                Optional<Link> link = resolve(page, raw);
                if (link.isEmpty()) {
                    if (raw.startsWith("http://") || raw.startsWith("https://")) external.add(raw);
                    continue;
                }
                checked++;
                Link l = link.get();
                links.add(l);
                if (!l.target().isEmpty() && !files.containsKey(l.target())) {
                    problems.error(pos(page), "broken link '" + raw + "': nothing at /" + l.target(),
                            "fix the link in the article's Markdown or the template that writes it");
                } else if (!l.fragment().isEmpty()) {
                    String target = l.target().isEmpty() ? page : l.target();
                    if (target.endsWith(".html") && !ids.getOrDefault(target, Set.of()).contains(l.fragment())) {
                        problems.error(pos(page), "broken anchor '" + raw + "': /" + target + " has no id '"
                                + l.fragment() + "'", "heading ids are made from the heading text, like slugs");
                    }
                }
            }
            linksByPage.put(page, links);
        }
        checkAlternates(pages, problems);
        checkReachable(pages.keySet(), linksByPage, problems);
        return new Report(pages.size(), checked, List.copyOf(new TreeSet<>(external)));
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

    private void checkAlternates(Map<String, Document> pages, Problems problems) {
        Map<String, Set<String>> alternates = new HashMap<>();
        pages.forEach((path, doc) -> {
            Set<String> targets = new TreeSet<>();
            for (Element link : doc.select("link[rel=alternate][hreflang]")) {
                if (link.attr("hreflang").equals("x-default")) continue;
                resolve(path, link.attr("href")).map(Link::target).ifPresent(targets::add);
            }
            alternates.put(path, targets);
        });
        alternates.forEach((path, targets) -> {
            for (String target : targets) {
                if (target.equals(path)) continue;
                if (!pages.containsKey(target)) {
                    problems.error(pos(path), "hreflang alternate /" + target + " does not exist", "");
                } else if (!alternates.get(target).contains(path)) {
                    problems.error(pos(path), "hreflang alternate /" + target + " does not link back to this page",
                            "alternates must be reciprocal: each language version lists all the others");
                }
            }
        });
    }

    private void checkReachable(Set<String> pages, Map<String, List<Link>> links, Problems problems) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String start : List.of("index.html", "vi/index.html", "en/index.html")) {
            if (pages.contains(start) && seen.add(start)) queue.add(start);
        }
        while (!queue.isEmpty()) {
            for (Link l : links.getOrDefault(queue.poll(), List.of())) {
                if (pages.contains(l.target()) && seen.add(l.target())) queue.add(l.target());
            }
        }
        for (String page : pages) {
            if (!seen.contains(page) && !page.equals("404.html")) {
                problems.error(pos(page), "page cannot be reached from the home page by following links",
                        "link it from a list, keyword page or the archive");
            }
        }
    }

    private SourcePos pos(String page) {
        return SourcePos.file(displayRoot + page);
    }
}
