package org.khotin.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

    private final Parser parser;
    /** The same parser without autolinks, for text in which none can be found: finding them is a tenth of a build. */
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;
    private final Safelist safelist;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create(),
                        StrikethroughExtension.create()))
                .set(TablesExtension.CLASS_NAME, "table")
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(HtmlRenderer.GENERATE_HEADER_ID, false);
        this.parser = Parser.builder(options).build();
        this.parserWithoutAutolinks = Parser.builder(new MutableDataSet(options)
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()))).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.safelist = Safelist.relaxed()
                .addTags("figure", "figcaption", "del", "s", "ins", "mark", "abbr", "hr", "small", "time")
                .addAttributes(":all", "lang", "dir", "title")
                .addAttributes("abbr", "title")
                .addAttributes("time", "datetime")
                .addAttributes("th", "align").addAttributes("td", "align")
                .preserveRelativeLinks(true)
                .addProtocols("a", "href", "#", "tel")
                .addProtocols("img", "src", "http", "https");
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

    public RenderedMarkdown render(String markdown) {
        return render(markdown, mayHoldBareLinks(markdown) ? parser : parserWithoutAutolinks);
    }

    /** As {@link #render(String)} always looking for autolinks: to check that skipping the search changes nothing. */
    RenderedMarkdown renderLookingForAutolinks(String markdown) {
        return render(markdown, parser);
    }

    private RenderedMarkdown render(String markdown, Parser parser) {
        String raw = renderer.render(parser.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(raw, PROBE_BASE);
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        List<RenderedMarkdown.Heading> headings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element h : clean.body().select("h1, h2, h3, h4, h5, h6")) {
            String base = Slugs.slug(h.text());
            if (base.isEmpty()) base = "muc";
            String id = base;
            for (int n = 2; !ids.add(id); n++) id = base + "-" + n;
            h.attr("id", id);
            headings.add(new RenderedMarkdown.Heading(h.tagName().charAt(1) - '0', id, h.text()));
        }
        for (Element td : clean.body().select("th[align], td[align]")) {
            td.addClass("align-" + td.attr("align"));
            td.removeAttr("align");
        }
        List<String> links = new ArrayList<>();
        for (Element a : clean.body().select("a[href]")) {
            links.add(a.attr("href"));
        }
        return new RenderedMarkdown(clean.body().html(), headings, links);
    }
}
