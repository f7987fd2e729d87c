package org.khotin.markdown;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Images, videos and recordings as a news page shows them. An image alone in its paragraph with a title is a photo with its caption:
 * {@code <figure>} with {@code <figcaption>}, the credit at the caption's end ({@code Ảnh: …}) set apart. A photo
 * the build resized gets its sizes ({@code srcset}), its pixels ({@code width}/{@code height}, so nothing moves as
 * it loads) and, past the first one, lazy loading. A credited caption alone in emphasis ({@code *… (Ảnh: …)*}, as
 * the importer writes one whose photo it did not get) is a photo note. An image address the build copied as a
 * video or a recording ({@link Clip}) is played where it stands, with its captions; alone in its paragraph it is
 * a figure, captioned by its title like a photo.
 */
final class Figures implements NodeRenderer {
    /** The article's resized photos and copied clips; set on each document before it is rendered. */
    static final DataKey<MediaFiles> MEDIA = new DataKey<>("KHOTIN_MEDIA", MediaFiles.NONE);
    /** How many images of the document were written so far: the first is on the first screen, the rest load lazily. */
    static final DataKey<AtomicInteger> SHOWN = new DataKey<>("KHOTIN_IMAGES_SHOWN", new AtomicInteger());

    /** Whether the clips the front matter lists were written (after the body's first paragraph of text). */
    static final DataKey<AtomicBoolean> LEADING_SHOWN = new DataKey<>("KHOTIN_LEADING_CLIPS_SHOWN", new AtomicBoolean());

    /** The resized photos written so far, in order. */
    static final DataKey<List<Picture>> PHOTOS = new DataKey<>("KHOTIN_PHOTOS_SHOWN", List.of());

    /** The width a photo takes: the whole screen on a phone, the text column (42em) beyond. */
    static final String SIZES = "(min-width: 46em) 42em, 100vw";

    /** A credit closing a caption: "(Ảnh: Văn Huỳnh)", "Ảnh: TTXVN", "Photo: VNA", "Ảnh minh họa: …". */
    private static final Pattern CREDIT = Pattern.compile(
            "\\s*(?:[-–—|]\\s*)?(\\(?)((?:Ảnh(?: minh (?:họa|hoạ)| tư liệu)?|Nguồn ảnh|Photo|Photos|Image|Video|Clip|Nguồn video)\\s*:\\s*[^()]+?)\\)?\\s*$");

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
                new NodeRenderingHandler<>(Image.class, (image, context, html) -> html.raw(clip(image, context.getDocument())
                        .map(clip -> inlineClip(image, clip)).orElseGet(() -> img(image, context.getDocument(), false)))));
    }

    private void paragraph(Paragraph p, NodeRendererContext context, HtmlWriter html) {
        Node only = p.getFirstChild();
        if (only instanceof Emphasis && only.getNext() == null
                && !Caption.of(new TextCollectingVisitor().collectAndGetText(only)).credit().isEmpty()) {
            // a credited caption alone, its photo not in the archive: a note, not body text
            html.line();
            html.raw("<p class=\"photo-note\">");
            context.renderChildren(p);
            html.raw("</p>");
            html.line();
            return;
        }
        if (!(only instanceof Image image) || only.getNext() != null) {
            context.delegateRender();
            leadingClipsAfter(p, context, html);
            return;
        }
        Optional<Clip> clip = clip(image, context.getDocument());
        if (clip.isPresent()) {
            html.line();
            html.raw(clipFigure(clip.get(), alt(image), src(image, clip.get()), Caption.of(Escaping.unescapeString(image.getTitle().toString()))));
            html.line();
            return;
        }
        if (image.getTitle().isBlank()) {
            context.delegateRender();
            return;
        }
        Caption caption = Caption.of(Escaping.unescapeString(image.getTitle().toString()));
        html.line();
        StringBuilder out = new StringBuilder("<figure>").append(img(image, context.getDocument(), true));
        html.raw(figcaption(out, caption).append("</figure>").toString());
        html.line();
    }

    /** The front matter's clips, after the body's first paragraph of text (its lead), where a news page plays its report. */
    private static void leadingClipsAfter(Paragraph p, NodeRendererContext context, HtmlWriter html) {
        Document document = context.getDocument();
        List<Clip> leading = document.get(MEDIA).leading();
        if (leading.isEmpty() || !(p.getParent() instanceof Document) || document.get(LEADING_SHOWN).getAndSet(true)) return;
        html.raw(leadingClips(leading));
    }

    /** The front matter's clips, each a figure named by the headline. */
    static String leadingClips(List<Clip> clips) {
        StringBuilder out = new StringBuilder();
        for (Clip clip : clips) out.append(clipFigure(clip, clip.label(), clip.file(), Caption.of(""))).append('\n');
        return out.toString();
    }

    private static StringBuilder figcaption(StringBuilder out, Caption caption) {
        if (caption.text().isEmpty() && caption.credit().isEmpty()) return out;
        out.append("<figcaption>").append(text(caption.text()));
        if (!caption.credit().isEmpty()) {
            if (!caption.text().isEmpty()) out.append(' ');
            out.append("<small class=\"credit\">").append(text(caption.credit())).append("</small>");
        }
        return out.append("</figcaption>");
    }

    /** A video or recording on a block of its own, its caption under it when it has one. */
    private static String clipFigure(Clip clip, String label, String src, Caption caption) {
        StringBuilder out = new StringBuilder("<figure class=\"clip\">").append(clipElement(clip, label, src));
        return figcaption(out, caption).append("</figure>").toString();
    }

    /**
     * The player: the browser's own controls (keyboard and screen readers included), nothing fetched but the
     * clip's first bytes until the reader plays it, captions offered in the player's menu.
     */
    private static String clipElement(Clip clip, String label, String src) {
        String element = clip.kind() == Clip.Kind.VIDEO ? "video" : "audio";
        StringBuilder out = new StringBuilder("<").append(element);
        attr(out, "controls", ""); // as the cleaner writes it (jsoup does not shorten this one)
        attr(out, "preload", "metadata");
        if (!clip.poster().isEmpty()) attr(out, "poster", clip.poster());
        attr(out, "src", src);
        if (!label.isBlank()) attr(out, "aria-label", label.strip());
        out.append('>');
        for (Clip.Track track : clip.tracks()) {
            out.append("<track");
            attr(out, "kind", track.kind());
            attr(out, "src", track.file());
            attr(out, "srclang", track.lang());
            attr(out, "label", track.label());
            out.append('>');
        }
        return out.append("</").append(element).append('>').toString();
    }

    /** A clip within a sentence; inside a link (where no player may stand) its description, the link kept. */
    private static String inlineClip(Image image, Clip clip) {
        for (Node n = image.getParent(); n != null; n = n.getParent()) {
            if (n instanceof com.vladsch.flexmark.ast.Link || n instanceof com.vladsch.flexmark.ast.LinkRef) {
                String alt = alt(image);
                return text(alt.isBlank() ? clip.file() : alt);
            }
        }
        return clipElement(clip, alt(image), src(image, clip));
    }

    /**
     * Where the player finds the clip: the copy beside the page, with what the address adds to the file (a query,
     * or a media fragment such as {@code #t=5}); a clip on the web at its address as written.
     */
    private static String src(Image image, Clip clip) {
        String written = Escaping.unescapeString(image.getUrl().toString()).strip();
        return clip.onTheWeb() ? written : clip.file() + written.substring(ArticleLinks.pathEnd(written));
    }

    private static Optional<Clip> clip(Image image, Document document) {
        MediaFiles media = document.get(MEDIA);
        return media.clips().isEmpty() ? Optional.empty() : media.clip(address(image));
    }

    /** The file an image's address names: escapes undone, percent-escapes read as UTF-8 (a Vietnamese file name). */
    static String address(Image image) {
        return ArticleLinks.decoded(Escaping.unescapeString(image.getUrl().toString()));
    }

    private static String alt(Image image) {
        return new TextCollectingVisitor().collectAndGetText(image);
    }

    /** A caption's text and, apart, the credit that closes it. */
    record Caption(String text, String credit) {
        static Caption of(String title) {
            String t = title.strip();
            Matcher m = CREDIT.matcher(t);
            if (!m.find()) return new Caption(t, "");
            String before = t.substring(0, m.start()).strip();
            return new Caption(before, m.group(2).strip());
        }
    }

    /** @param captioned whether the title is shown as the caption (else it stays the image's title) */
    private static String img(Image image, Document document, boolean captioned) {
        String alt = alt(image);
        Optional<Picture> picture = document.get(MEDIA).picture(address(image));
        boolean first = document.get(SHOWN).getAndIncrement() == 0;
        StringBuilder out = new StringBuilder("<img");
        if (picture.isEmpty()) {
            attr(out, "src", image.getUrl().toString().isEmpty() ? "" : Escaping.unescapeString(image.getUrl().toString()));
            attr(out, "alt", alt);
            if (!captioned && !image.getTitle().isEmpty()) attr(out, "title", Escaping.unescapeString(image.getTitle().toString()));
        } else {
            document.get(PHOTOS).add(picture.get());
            Picture.Size shown = picture.get().fallback();
            attr(out, "src", shown.file());
            if (picture.get().sizes().size() > 1) {
                attr(out, "srcset", picture.get().srcset());
                attr(out, "sizes", SIZES);
            }
            attr(out, "width", Integer.toString(shown.width()));
            attr(out, "height", Integer.toString(shown.height()));
            attr(out, "alt", alt);
            if (!captioned && !image.getTitle().isEmpty()) attr(out, "title", Escaping.unescapeString(image.getTitle().toString()));
            if (!first) attr(out, "loading", "lazy");
            attr(out, "decoding", "async");
        }
        return out.append('>').toString();
    }

    /** An attribute as the HTML cleaner writes it. */
    private static void attr(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        out.append('"');
    }

    /** Text as the HTML cleaner writes it. */
    private static String text(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
