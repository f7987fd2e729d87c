package org.khotin.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jetbrains.annotations.NotNull;
import org.jsoup.Jsoup;

import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.khotin.text.Slugs;

/**
 * Markdown (CommonMark with tables, autolinks and strikethrough) to HTML. Raw HTML in the source is
 * sanitised: no scripts, event handlers, {@code javascript:} URLs, iframes or styles. Headings get ids made
 * from their text as Vietnamese-safe slugs. Built once, thread-safe.
 */
public final class MarkdownRenderer {
    /** Relative links are resolved against this made-up base only so the cleaner can check their scheme. */
    private static final String PROBE_BASE = "https://khotin.invalid/a/b/c/d/";

    /** How long a {@link #lead} may be. */
    static final int LEAD_CHARS = 240;

    private final Parser parser;
    /** The same parser without autolinks, for text in which none can be found: finding them is a tenth of a build. */
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;
    /** Renders what needs no cleaning as the cleaner would leave it: heading ids, table alignment as classes. */
    private final HtmlRenderer finishingRenderer;
    /** The finishing renderer with flexmark's own text and layout: to check that ours write the same. */
    private final HtmlRenderer libraryTextRenderer;
    private final HtmlRenderer libraryTextCleaningRenderer;
    private final Safelist safelist;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create(),
                        StrikethroughExtension.create(), new Guards()))
                .set(Parser.THEMATIC_BREAK_PARSER, false) // ThematicBreaks instead
                .set(TablesExtension.CLASS_NAME, "")
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(HtmlRenderer.GENERATE_HEADER_ID, false);
        // flexmark's own layout of the HTML, without its per-character bookkeeping of lines and indents
        MutableDataSet libraryLayout = new MutableDataSet(options);
        options.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        this.parser = Parser.builder(options).build();
        this.parserWithoutAutolinks = Parser.builder(new MutableDataSet(options)
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), new Guards()))).build();
        this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(o -> new PlainText())
                .nodeRendererFactory(o -> new Figures()).linkResolverFactory(MARKDOWN_FILE_LINKS).build();
        this.finishingRenderer = finishing(options).nodeRendererFactory(o -> new PlainText())
                .nodeRendererFactory(o -> new Figures()).linkResolverFactory(MARKDOWN_FILE_LINKS).build();
        this.libraryTextRenderer = finishing(libraryLayout).nodeRendererFactory(o -> new Figures())
                .linkResolverFactory(MARKDOWN_FILE_LINKS).build();
        this.libraryTextCleaningRenderer = HtmlRenderer.builder(libraryLayout).nodeRendererFactory(o -> new Figures())
                .linkResolverFactory(MARKDOWN_FILE_LINKS).build();
        this.safelist = Safelist.relaxed()
                .addTags("figure", "figcaption", "del", "s", "ins", "mark", "abbr", "hr", "small", "time", "video", "audio", "track")
                .addAttributes("img", "srcset", "sizes", "loading", "decoding")
                .addAttributes("small", "class")
                .addAttributes("p", "class")
                .addAttributes("figure", "class")
                .addAttributes("video", "src", "controls", "preload", "poster", "aria-label")
                .addAttributes("audio", "src", "controls", "preload", "aria-label")
                .addAttributes("track", "kind", "src", "srclang", "label")
                .addAttributes(":all", "lang", "dir", "title")
                .addAttributes("abbr", "title")
                .addAttributes("time", "datetime")
                .addAttributes("th", "align").addAttributes("td", "align")
                .preserveRelativeLinks(true)
                .addProtocols("a", "href", "#", "tel")
                .addProtocols("img", "src", "http", "https")
                .addProtocols("video", "src", "https")
                .addProtocols("video", "poster", "https")
                .addProtocols("audio", "src", "https")
                .addProtocols("track", "src", "https");
    }

    /** The parser's guards against input that would overflow the stack: see {@link ThematicBreaks} and {@link Nesting}. */
    private static final class Guards implements Parser.ParserExtension {
        @Override
        public void parserOptions(MutableDataHolder options) {}

        @Override
        public void extend(Parser.Builder builder) {
            builder.customBlockParserFactory(new ThematicBreaks()).customBlockParserFactory(new Nesting.Guard());
        }
    }

    private static HtmlRenderer.Builder finishing(MutableDataSet options) {
        return HtmlRenderer.builder(options).attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
                return new HeadingIdsAndAlignment();
            }
        });
    }

    /**
     * Text as flexmark writes it (backslash escapes and entities resolved, line ends normalised, {@code & < > "}
     * escaped), without its regular-expression passes over text that has nothing to resolve or escape: text
     * is most of an article, and those passes were a third of rendering it.
     */
    private static final class PlainText implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, (node, context, html) -> html.raw(escaped(node.getChars().toString()))));
        }

        static String escaped(String chars) {
            String text = chars;
            if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0) text = Escaping.unescapeString(text);
            if (text.indexOf('\r') >= 0) text = Escaping.normalizeEOL(text);
            StringBuilder out = null;
            int copied = 0;
            for (int i = 0; i < text.length(); i++) {
                String entity = switch (text.charAt(i)) {
                    case '&' -> "&amp;";
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '"' -> "&quot;";
                    default -> null;
                };
                if (entity == null) continue;
                if (out == null) out = new StringBuilder(text.length() + 16);
                out.append(text, copied, i).append(entity);
                copied = i + 1;
            }
            return out == null ? text : out.append(text, copied, text.length()).toString();
        }
    }

    /**
     * Whether the text could hold a bare URL ({@code scheme://}), {@code www.} address or e-mail address for
     * the autolink extension to find. An entity reference could spell any of them, so {@code &} counts too.
     */
    static boolean mayHoldBareLinks(String markdown) {
        if (markdown.indexOf('@') >= 0 || markdown.indexOf('&') >= 0 || markdown.contains("://")) return true;
        for (int i = markdown.indexOf('.'); i >= 0; i = markdown.indexOf('.', i + 1)) {
            if (i >= 3 && markdown.regionMatches(true, i - 3, "www", 0, 3)) return true;
        }
        return false;
    }

    /**
     * The body as HTML; refused, with a problem and no HTML, when it nests more than {@value Nesting#MAX_LEVELS}
     * levels deep or flexmark still runs out of stack on it (one article's body never stops a build).
     */
    public RenderedMarkdown render(String markdown) {
        return render(markdown, MediaFiles.NONE);
    }

    /**
     * As {@link #render(String)}, showing each photo the build resized in its sizes and playing each video or
     * recording it copied (see {@link Figures}).
     */
    public RenderedMarkdown render(String markdown, MediaFiles media) {
        return render(markdown, media, ArticleLinks.NONE);
    }

    /**
     * As {@link #render(String, MediaFiles)}, with each link to another article's Markdown file leading to that
     * article's page; a link to a file that holds no article of the build is a problem at its place.
     */
    public RenderedMarkdown render(String markdown, MediaFiles media, ArticleLinks links) {
        try {
            Document document = parsed(mayHoldBareLinks(markdown) ? parser : parserWithoutAutolinks, markdown, media);
            document.set(ARTICLE_LINKS, links);
            List<MarkdownProblem> linksToNothing = new ArrayList<>(linksToNothing(document, markdown, links));
            linksToNothing.addAll(spacedAddresses(document, markdown));
            Optional<Nesting.TooDeep> deep = Nesting.find(document);
            if (deep.isPresent()) {
                return RenderedMarkdown.refused(MarkdownProblem.at(markdown, deep.get().start().getStartOffset(),
                        "Markdown nested more than " + Nesting.MAX_LEVELS + " levels deep",
                        "block quotes, lists, emphasis and links may sit at most " + Nesting.MAX_LEVELS
                                + " levels inside one another (each '>', list marker, '*' or '_' pair and '[' opens one): flatten this part"));
            }
            RenderedMarkdown rendered = render(document).withPhotos(document.get(Figures.PHOTOS)).withProblems(linksToNothing);
            // a body without a paragraph of text: the clips at its end
            boolean placed = media.leading().isEmpty() || document.get(Figures.LEADING_SHOWN).get();
            return placed ? rendered : rendered.withHtml(rendered.html() + Figures.leadingClips(media.leading()));
        } catch (StackOverflowError e) {
            return RenderedMarkdown.refused(new MarkdownProblem(overflowingLine(markdown), 0,
                    "this part of the Markdown body is nested too deeply or too long to render",
                    "look for a long run of '>', list markers, '*', '_', '~' or brackets, or a very long HTML tag, link"
                            + " title or e-mail address"));
        }
    }

    /**
     * Where a body that overflowed the stack does so: the first line of the first paragraph (lines between blank
     * lines) that overflows on its own, or line 1 when none does alone. Only a refused body pays for this.
     */
    private int overflowingLine(String markdown) {
        List<String> lines = markdown.lines().toList();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i < lines.size() && !lines.get(i).isBlank()) continue;
            if (i > start) {
                try {
                    render(parsed(parser, String.join("\n", lines.subList(start, i)), MediaFiles.NONE));
                } catch (StackOverflowError e) {
                    return start + 1;
                }
            }
            start = i + 1;
        }
        return 1;
    }

    private static Document parsed(Parser parser, String markdown, MediaFiles media) {
        Document document = parser.parse(markdown);
        document.set(Figures.MEDIA, media);
        document.set(Figures.SHOWN, new AtomicInteger());
        document.set(Figures.PHOTOS, new ArrayList<>());
        document.set(Figures.LEADING_SHOWN, new AtomicBoolean());
        return document;
    }

    /** Where links to other articles' Markdown files lead, for the document being rendered. */
    private static final DataKey<ArticleLinks> ARTICLE_LINKS = new DataKey<>("KHOTIN_ARTICLE_LINKS", ArticleLinks.NONE);

    /**
     * Every link to a Markdown file that holds no article, each where it is written (the renderer resolves a
     * address once per document, so the problems are found here, one per link).
     */
    private static List<MarkdownProblem> linksToNothing(Document document, String markdown, ArticleLinks links) {
        // most bodies name no .md file: they are not walked again
        if (links == ArticleLinks.NONE || !ArticleLinks.mayLinkFiles(markdown)) return List.of();
        List<MarkdownProblem> found = new ArrayList<>();
        for (Node n : document.getDescendants()) {
            String url;
            if (n instanceof Link link) {
                url = link.getUrl().unescape();
            } else if (n instanceof LinkRef ref && ref.getReferenceNode(document) != null) {
                url = ref.getReferenceNode(document).getUrl().unescape();
            } else {
                continue;
            }
            if (!ArticleLinks.namesMarkdownFile(url)) continue;
            String path = ArticleLinks.decodedPath(url);
            if (links.href(path).isPresent()) continue;
            found.add(MarkdownProblem.at(markdown, n.getStartOffset(), "link to '" + path + "': no article of the site is there",
                    "link to an article's Markdown file by its path from this file (../../2024/05/slug.md); a draft or "
                            + "an article dated later is built only with --drafts or --future"));
        }
        return found;
    }

    /** An address in angle brackets that holds a space: {@code ](<le hoi/anh 1.jpg>)}, {@code ]: <phu luc.html>}. */
    private static final Pattern SPACED_ADDRESS = Pattern.compile("\\](?:\\(|:)[ \\t]*<[^<>\\n]* [^<>\\n]*>");

    /**
     * Addresses in angle brackets that hold a space, as CommonMark allows and flexmark does not read (the link or
     * photo would show as its Markdown, or its address as a stray tag): an error where each stands, outside code.
     */
    private static List<MarkdownProblem> spacedAddresses(Document document, String markdown) {
        if (!markdown.contains("<") || !SPACED_ADDRESS.matcher(markdown).find()) return List.of();
        List<MarkdownProblem> found = new ArrayList<>();
        for (Node n : document.getDescendants()) {
            if (!(n instanceof Paragraph)) continue;
            Matcher m = SPACED_ADDRESS.matcher(n.getChars());
            while (m.find()) {
                int at = n.getStartOffset() + m.start();
                boolean inCode = false;
                for (Node c : n.getDescendants()) {
                    if (c instanceof Code && c.getStartOffset() <= at && at < c.getEndOffset()) inCode = true;
                }
                if (inCode) continue;
                String address = m.group().substring(m.group().indexOf('<') + 1, m.group().length() - 1);
                found.add(MarkdownProblem.at(markdown, at + m.group().indexOf('<'), "address '" + address + "' holds a space, which Markdown does not read",
                        "write each space as %20 (" + address.replace(" ", "%20") + "), or name the file without spaces"));
            }
        }
        return found;
    }

    private static final IndependentLinkResolverFactory MARKDOWN_FILE_LINKS = new IndependentLinkResolverFactory() {
        @Override
        public @NotNull LinkResolver apply(@NotNull LinkResolverBasicContext context) {
            return MarkdownRenderer::markdownFileLink;
        }
    };

    /**
     * A link to an article's Markdown file, as a link to its page (see {@link ArticleLinks}); a bare address in
     * the text ({@code www.example.vn/a.md}) is a web address, never a file.
     */
    private static ResolvedLink markdownFileLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (link.getLinkType() != LinkType.LINK || node instanceof AutoLink || !ArticleLinks.namesMarkdownFile(link.getUrl())) {
            return link;
        }
        ArticleLinks links = node.getDocument().get(ARTICLE_LINKS);
        String url = link.getUrl();
        return links.href(ArticleLinks.decodedPath(url))
                .map(page -> link.withStatus(LinkStatus.VALID).withUrl(page + headingAnchor(url.substring(ArticleLinks.pathEnd(url)))))
                .orElse(link);
    }

    /**
     * A file link's {@code #heading} as the site's heading ids are made: GitHub's anchors keep marks and case
     * ({@code #khánh-thành}), the site's are slugs ({@code #khanh-thanh}).
     */
    private static String headingAnchor(String tail) {
        if (!tail.startsWith("#")) return tail;
        String slug = Slugs.slug(ArticleLinks.decodedPath(tail.substring(1)));
        return slug.isEmpty() ? tail : "#" + slug;
    }

    /**
     * The start of the text as a reader reads it: the first paragraph of the rendered body with words in it (not
     * a heading, a photo, a caption or what the cleaner removes), as plain text on one line, cut after a word
     * before {@value #LEAD_CHARS} characters (two or three lines of a list) with " …". It stands in for a summary
     * the article does not have, in lists and as the page's description. Empty when no paragraph has words, or the
     * body is refused (its render reports why).
     */
    public String lead(String markdown) {
        try {
            // only the paragraphs before the lead are rendered: a body without a summary costs a parse, not a page
            for (Node block : parsed(parserWithoutAutolinks, markdown, MediaFiles.NONE).getChildren()) {
                if (!(block instanceof Paragraph)) continue;
                for (Element shown : Jsoup.parseBodyFragment(render(block).html()).body().children()) {
                    if (!shown.nameIs("p") || shown.hasClass("photo-note")) continue;
                    String text = shown.text().strip();
                    if (!text.isEmpty()) return cut(text, LEAD_CHARS);
                }
            }
        } catch (StackOverflowError e) {
            return ""; // the body's render reports it
        }
        return "";
    }

    private static String cut(String text, int maxChars) {
        if (text.length() <= maxChars) return text;
        int space = text.lastIndexOf(' ', maxChars);
        int end = space > 0 ? space : maxChars;
        if (Character.isHighSurrogate(text.charAt(end - 1))) end--; // not half an emoji
        return text.substring(0, end) + " …";
    }

    /** The images the text shows, in order: the photos a build resizes. */
    public List<ImageReference> images(String markdown) {
        if (!markdown.contains("![")) return List.of();
        List<ImageReference> found = new ArrayList<>();
        for (Node n : parserWithoutAutolinks.parse(markdown).getDescendants()) {
            if (n instanceof Image image) {
                MarkdownProblem at = MarkdownProblem.at(markdown, image.getStartOffset(), "", "");
                found.add(new ImageReference(Figures.address(image),
                        new TextCollectingVisitor().collectAndGetText(image),
                        Escaping.unescapeString(image.getTitle().toString()), at.line(), at.col()));
            }
        }
        return found;
    }

    /** As {@link #render(String)} with flexmark's own text and layout: to check that {@link PlainText} and pass-through change nothing. */
    RenderedMarkdown renderWithLibraryText(String markdown) {
        Node document = parsed(parser, markdown, MediaFiles.NONE);
        return needsCleaning(document) ? cleaned(libraryTextCleaningRenderer.render(document))
                : new RenderedMarkdown(asCleanerWrites(libraryTextRenderer.render(document)));
    }

    /** As {@link #render(String)} always looking for autolinks: to check that skipping the search changes nothing. */
    RenderedMarkdown renderLookingForAutolinks(String markdown) {
        return render(parsed(parser, markdown, MediaFiles.NONE));
    }

    private RenderedMarkdown render(Node document) {
        return needsCleaning(document) ? cleaned(document) : finished(document);
    }

    /** As {@link #render(String)} through the cleaner every time: to check that the shorter way gives the same page. */
    RenderedMarkdown renderCleaning(String markdown) {
        return cleaned(parsed(parser, markdown, MediaFiles.NONE));
    }

    /**
     * Whether the cleaner could change what the renderer writes: raw HTML, a code block's language class, a
     * link or image address with a scheme that is not plainly allowed, or a heading whose text has escapes.
     * Most articles have none of these, and skip parsing their HTML again (a tenth of a build).
     */
    private static boolean needsCleaning(Node document) {
        for (Node n : document.getDescendants()) {
            if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) return true;
            if (n instanceof FencedCodeBlock code && !code.getInfo().isBlank()) return true;
            if (n instanceof Link link && !plainAddress(link.getUrl().toString(), true)) return true;
            if (n instanceof AutoLink link && !plainAddress(link.getUrl().toString(), true)) return true;
            if (n instanceof Reference ref && !plainAddress(ref.getUrl().toString(), true)) return true;
            if (n instanceof Image image && !plainAddress(image.getUrl().toString(), false)) return true;
            if (n instanceof Heading h && (h.getChars().indexOf('&') >= 0 || h.getChars().indexOf('\\') >= 0)) return true;
        }
        return false;
    }

    /** An address the cleaner keeps as written: http(s), a relative one, and for links also mailto, tel and #. */
    private static boolean plainAddress(String url, boolean link) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        if (u.startsWith("http://") || u.startsWith("https://")) return true;
        if (link && (u.startsWith("mailto:") || u.startsWith("tel:") || u.startsWith("#"))) return true;
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c == '/' || c == '?' || c == '#') return true; // relative: no scheme before the path
            if (c == ':' || c == '&' || c == '\\' || c < ' ') return false;
        }
        return true;
    }

    private RenderedMarkdown finished(Node document) {
        return new RenderedMarkdown(asCleanerWrites(finishingRenderer.render(document)));
    }

    /**
     * The renderer's HTML written as the cleaner writes it, so that a page does not depend on which way its
     * body went: void elements without the XHTML slash, and quotation marks in text as themselves. The
     * renderer escapes '<' and '>' everywhere but in tags, so they alone start and end one.
     */
    static String asCleanerWrites(String html) {
        StringBuilder out = new StringBuilder(html.length());
        boolean inTag = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<') {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
                if (out.length() >= 2 && out.charAt(out.length() - 1) == '/' && out.charAt(out.length() - 2) == ' ') {
                    out.setLength(out.length() - 2);
                }
            } else if (c == '&' && !inTag && html.startsWith("&quot;", i)) {
                out.append('"');
                i += "&quot;".length() - 1;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private RenderedMarkdown cleaned(Node document) {
        return cleaned(renderer.render(document));
    }

    private RenderedMarkdown cleaned(String raw) {
        org.jsoup.nodes.Document dirty = Jsoup.parseBodyFragment(raw, PROBE_BASE);
        org.jsoup.nodes.Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        Set<String> ids = new HashSet<>();
        for (Element h : clean.body().select("h1, h2, h3, h4, h5, h6")) {
            h.attr("id", uniqueId(h.text(), ids));
        }
        // a player an editor writes in HTML behaves as the site's own: shown, fetching nothing until played; a
        // track is text for readers (captions, subtitles), never data a script would fetch
        clean.body().select("video, audio").forEach(player -> player.attr("controls", "").attr("preload", "metadata"));
        clean.body().select("track").forEach(t -> {
            if (!t.attr("kind").equals("captions") && !t.attr("kind").equals("subtitles")) t.remove();
        });
        for (Element td : clean.body().select("th[align], td[align]")) {
            td.addClass("align-" + td.attr("align"));
            td.removeAttr("align");
        }
        return new RenderedMarkdown(clean.body().html());
    }

    /** A heading's id: the slug of its text, numbered from 2 when an earlier heading has it. */
    private static String uniqueId(String text, Set<String> taken) {
        String base = Slugs.slug(text);
        if (base.isEmpty()) base = "muc";
        String id = base;
        for (int n = 2; !taken.add(id); n++) id = base + "-" + n;
        return id;
    }

    /** One per rendered document: heading ids must be unique within it. */
    private static final class HeadingIdsAndAlignment implements AttributeProvider {
        private final Set<String> ids = new HashSet<>();

        @Override
        public void setAttributes(@NotNull Node node, @NotNull AttributablePart part, @NotNull MutableAttributes attributes) {
            if (node instanceof Heading h && part == AttributablePart.NODE) {
                attributes.replaceValue("id", uniqueId(new TextCollectingVisitor().collectAndGetText(h), ids));
            } else if (node instanceof TableCell && attributes.contains("align")) {
                String align = attributes.getValue("align");
                attributes.remove("align");
                attributes.addValue("class", "align-" + align);
            }
        }
    }
}
