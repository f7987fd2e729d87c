package org.khotin.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.khotin.text.Unicode;

/**
 * A saved article page → lines and metadata. Title, date, author, keywords and section come from the
 * page's metadata (Open Graph, {@code article:*}, author meta, JSON-LD NewsArticle) when present; the body
 * from the main content element ({@code [itemprop=articleBody]}, {@code article}, {@code main}, else the
 * block with the most paragraph text) with navigation, widgets, comments, forms and scripts removed.
 */
public final class HtmlPageReader {
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)");
    private static final String NOISE_TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, "
            + "header, footer, aside, form, button, input, select, textarea, menu, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden]";
    /** Class or id words that mark page furniture rather than article text. */
    private static final java.util.Set<String> NOISE_WORDS = java.util.Set.of("comment", "comments", "share", "sharing",
            "social", "related", "widget", "breadcrumb", "breadcrumbs", "sidebar", "advert", "ads", "banner", "tags",
            "toolbar", "print", "rating", "menu", "nav", "navbar", "navigation", "footer", "header", "masthead", "fontsize");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, dd, dt";

    private final ObjectMapper json = new ObjectMapper();
    private final DateParser dates = new DateParser();
    private final Decoder decoder = new Decoder();

    /** Decodes the page with its own {@code <meta charset>} when it names one, else like page text. */
    public Result<Decoder.Decoded> decode(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                Charset declared = Charset.forName(m.group(1));
                if (!Decoder.looksBinary(bytes)) return decoder.decodeAs(bytes, declared);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // an unknown name: fall back to detection
            }
        }
        return decoder.decode(bytes);
    }

    public PageText read(String html) {
        Document doc = Jsoup.parse(html);
        Element main = mainContent(doc);
        // the article's own h1 is the cleanest headline: og:title and <title> often carry the site's name
        Optional<String> headline = Optional.ofNullable(main.selectFirst("h1")).map(Element::text).map(String::strip)
                .filter(t -> !t.isEmpty());
        PageText.Hints hints = hints(doc, headline);
        removeNoise(main);
        List<PageText.Line> lines = new ArrayList<>();
        collect(main, lines);
        return new PageText(lines, hints);
    }

    private PageText.Hints hints(Document doc, Optional<String> headline) {
        Optional<JsonNode> ld = jsonLdArticle(doc);
        Optional<String> title = headline
                .or(() -> meta(doc, "meta[property=og:title]", "meta[name=twitter:title]", "meta[name=title]"))
                .or(() -> ld.flatMap(n -> text(n.get("headline"))))
                .or(() -> first(doc, "h1"))
                .or(() -> Optional.of(doc.title()).map(String::strip).filter(t -> !t.isEmpty()));
        Optional<DateParser.ParsedDate> date = meta(doc, "meta[property=article:published_time]",
                "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]",
                "time[datetime]")
                .or(() -> ld.flatMap(n -> text(n.get("datePublished"))))
                .flatMap(dates::parseLine);
        Optional<String> author = meta(doc, "meta[name=author]", "meta[property=article:author]")
                .filter(a -> !a.startsWith("http"))
                .or(() -> ld.flatMap(n -> author(n.get("author"))));
        List<String> keywords = meta(doc, "meta[name=news_keywords]", "meta[name=keywords]")
                .or(() -> ld.flatMap(n -> keywordText(n.get("keywords"))))
                .map(k -> Arrays.stream(k.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        Optional<String> category = meta(doc, "meta[property=article:section]")
                .or(() -> ld.flatMap(n -> text(n.get("articleSection"))));
        return new PageText.Hints(title.map(HtmlPageReader::clean), date, author.map(HtmlPageReader::clean), keywords,
                category.map(HtmlPageReader::clean), Optional.empty(), Optional.empty());
    }

    private static Optional<String> meta(Document doc, String... selectors) {
        for (String selector : selectors) {
            Element e = doc.selectFirst(selector);
            if (e == null) continue;
            String value = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            if (!value.isBlank()) return Optional.of(value.strip());
        }
        return Optional.empty();
    }

    private static Optional<String> first(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null || e.text().isBlank() ? Optional.empty() : Optional.of(e.text().strip());
    }

    /** The first JSON-LD object whose type is an article (also inside {@code @graph} or a list). */
    private Optional<JsonNode> jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                Optional<JsonNode> found = findArticle(json.readTree(script.data()));
                if (found.isPresent()) return found;
            } catch (java.io.IOException e) {
                // a broken JSON-LD block is ignored; the visible page still counts
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> findArticle(JsonNode node) {
        if (node == null) return Optional.empty();
        if (node.isArray()) {
            for (JsonNode n : node) {
                Optional<JsonNode> f = findArticle(n);
                if (f.isPresent()) return f;
            }
            return Optional.empty();
        }
        if (node.has("@graph")) return findArticle(node.get("@graph"));
        JsonNode type = node.get("@type");
        String types = type == null ? "" : type.toString();
        return types.matches(".*(NewsArticle|\"Article|ReportageNews|BlogPosting|AnalysisNewsArticle).*")
                ? Optional.of(node) : Optional.empty();
    }

    private static Optional<String> text(JsonNode n) {
        return n != null && n.isTextual() && !n.asText().isBlank() ? Optional.of(n.asText().strip()) : Optional.empty();
    }

    private static Optional<String> author(JsonNode n) {
        if (n == null) return Optional.empty();
        if (n.isArray()) return n.size() == 0 ? Optional.empty() : author(n.get(0));
        if (n.isObject()) return text(n.get("name"));
        return text(n);
    }

    private static Optional<String> keywordText(JsonNode n) {
        if (n == null) return Optional.empty();
        if (n.isArray()) {
            List<String> items = new ArrayList<>();
            n.forEach(i -> text(i).ifPresent(items::add));
            return items.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", items));
        }
        return text(n);
    }

    /** The element holding the article text. */
    private static Element mainContent(Document doc) {
        for (String selector : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
            Elements found = doc.select(selector);
            if (!found.isEmpty()) return best(found);
        }
        // the block whose own paragraphs hold the most text
        Element best = doc.body();
        int bestLength = 0;
        for (Element e : doc.body().select("div, section, td")) {
            int length = 0;
            for (Element p : e.children()) {
                if (p.tagName().equals("p")) length += p.text().length();
            }
            if (length > bestLength) {
                bestLength = length;
                best = e;
            }
        }
        return best;
    }

    private static Element best(Elements found) {
        Element best = found.first();
        for (Element e : found) {
            if (e.text().length() > best.text().length()) best = e;
        }
        return best;
    }

    private static void removeNoise(Element main) {
        for (Element e : main.select(NOISE_TAGS)) {
            if (e != main) e.remove();
        }
        for (Element e : main.getAllElements()) {
            if (e == main || e.parent() == null) continue;
            String names = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
            for (String word : names.split("[\\s_-]+")) {
                if (NOISE_WORDS.contains(word)) {
                    e.remove();
                    break;
                }
            }
        }
    }

    /** One line per block element; text outside blocks is gathered into lines at block boundaries. */
    private static void collect(Element root, List<PageText.Line> lines) {
        StringBuilder loose = new StringBuilder();
        for (Node child : root.childNodes()) {
            if (child instanceof TextNode t) {
                loose.append(t.text());
            } else if (child instanceof Element e) {
                if (e.tagName().equals("br")) {
                    flush(loose, lines);
                } else if (e.is(BLOCKS)) {
                    flush(loose, lines);
                    photos(e, lines);
                    add(lines, e.text(), kindOf(e));
                } else if (e.is("figure")) {
                    flush(loose, lines);
                    photos(e, lines);
                    Element caption = e.selectFirst("figcaption");
                    if (caption != null) add(lines, caption.text(), PageText.Kind.CAPTION);
                } else if (e.select(BLOCKS).isEmpty() && !e.is("div, section, article, main, table, ul, ol, dl")) {
                    if (!e.select("img").isEmpty()) {
                        flush(loose, lines);
                        photos(e, lines);
                    }
                    loose.append(e.text());
                } else {
                    flush(loose, lines);
                    collect(e, lines);
                }
            }
        }
        flush(loose, lines);
    }

    /**
     * The photos in an element, each a line of its own before the element's text: a saved page's images, not
     * icons (under 50 px) or images written into the page ({@code data:}).
     */
    private static void photos(Element e, List<PageText.Line> lines) {
        for (Element img : e.is("img") ? new Elements(e) : e.select("img")) {
            String src = source(img);
            if (src.isEmpty() || src.regionMatches(true, 0, "data:", 0, 5) || tiny(img.attr("width")) || tiny(img.attr("height"))) {
                continue;
            }
            lines.add(new PageText.Line(src, PageText.Kind.PHOTO, true, clean(img.attr("alt"))));
        }
    }

    /**
     * The image's own address: news sites load photos lazily, leaving {@code src} a placeholder (a data: image, a
     * blank or loading GIF) and the photo in {@code data-src}, {@code data-original} or {@code data-lazy-src}.
     */
    private static String source(Element img) {
        String src = img.attr("src").strip();
        boolean placeholder = src.isEmpty() || src.regionMatches(true, 0, "data:", 0, 5)
                || src.toLowerCase(java.util.Locale.ROOT).matches(".*(blank|placeholder|spacer|lazy|loading|grey|gray|pixel)[^/]*\\.(gif|png|svg)([?#].*)?");
        if (!placeholder) return src;
        for (String lazy : List.of("data-src", "data-original", "data-lazy-src", "data-srcset")) {
            String value = img.attr(lazy).strip();
            if (lazy.equals("data-srcset") && !value.isEmpty()) value = value.split("[\\s,]+")[0];
            if (!value.isEmpty() && !value.regionMatches(true, 0, "data:", 0, 5)) return value;
        }
        return src;
    }

    private static boolean tiny(String pixels) {
        return pixels.matches("\\d{1,2}");
    }

    private static PageText.Kind kindOf(Element e) {
        if (e.is("h2, h3, h4, h5, h6")) return PageText.Kind.HEADING;
        String names = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
        if (e.is("figcaption") || names.matches(".*(caption|image_desc|image-desc|img-desc|photo-desc|chu-thich|chuthich).*")) {
            return PageText.Kind.CAPTION;
        }
        if (e.is("p") && isBoldOnly(e)) return PageText.Kind.HEADING;
        return PageText.Kind.TEXT;
    }

    /** A short paragraph that is entirely bold and not a sentence is how many CMSs write a subhead. */
    private static boolean isBoldOnly(Element p) {
        String text = p.text().strip();
        if (text.isEmpty() || text.length() > 150 || text.matches(".*[.:;,]$")) return false;
        Elements bold = p.select("> strong, > b");
        return bold.size() == 1 && bold.first().text().strip().equals(text);
    }

    private static void flush(StringBuilder loose, List<PageText.Line> lines) {
        add(lines, loose.toString(), PageText.Kind.TEXT);
        loose.setLength(0);
    }

    private static void add(List<PageText.Line> lines, String text, PageText.Kind kind) {
        String clean = clean(text);
        if (!clean.isEmpty()) lines.add(new PageText.Line(clean, kind, true));
    }

    private static String clean(String s) {
        return Unicode.collapseSpaces(Unicode.nfcPlainSpaces(s));
    }
}
