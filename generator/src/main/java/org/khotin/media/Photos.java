package org.khotin.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.khotin.content.Article;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.khotin.markdown.ImageReference;
import org.khotin.markdown.MarkdownRenderer;
import org.khotin.markdown.Picture;
import org.khotin.markdown.Pictures;
import org.khotin.text.Slugs;

/**
 * The photo stage: finds the photos each article's Markdown shows, files beside the article (addresses are
 * relative to its Markdown file, as an editor's Markdown preview reads them), and offers each in the sizes of
 * {@link Resizer}, written beside the article's page. A photo that is not there, lies outside the content
 * folder or is no JPEG, PNG or GIF is an error at its place in the file. Addresses with a scheme
 * ({@code https://…}) or from the site's root ({@code /…}) are left to the browser.
 */
public final class Photos {
    /** An original larger than this, in bytes or on its longer side, is reported by {@code khotin check}. */
    public static final long LARGEST_ORIGINAL_BYTES = 5L << 20;
    public static final int LARGEST_ORIGINAL_SIDE = 5000;

    private final Path siteRoot;
    private final MarkdownRenderer markdown;
    private final Resizer resizer;
    /** Originals read so far, by file, with the size and time they had: the preview reads an unchanged one once. */
    private final Map<Path, Stamped> read = new ConcurrentHashMap<>();

    private record Stamped(long size, long modified, Optional<Original> original) {}

    /** @param cacheDir where resized copies are kept between builds (see {@link Resizer}) */
    public Photos(Path siteRoot, MarkdownRenderer markdown, Optional<Path> cacheDir) {
        this.siteRoot = siteRoot;
        this.markdown = markdown;
        this.resizer = new Resizer(cacheDir);
    }

    /** The cache folder of a site: beside its site-config.yml, to be left out of git. */
    public static Path cacheDir(Path siteRoot) {
        return siteRoot.resolve(".khotin-cache").resolve("photos");
    }

    /** One photo of one article: the original, and the names of its sizes beside the article's page. */
    record Shown(Original original, Picture picture) {}

    /** What the stage found: each article's photos by the address its Markdown gives. */
    public static final class Shelf {
        private final Map<String, Map<String, Shown>> byArticle;
        /** What each article's Markdown is rendered with, made once: a body is rendered for each page that shows it. */
        private final Map<String, Pictures> pictures = new HashMap<>();

        private Shelf(Map<String, Map<String, Shown>> byArticle) {
            this.byArticle = byArticle;
            byArticle.forEach((id, shown) -> {
                Map<String, Picture> byAddress = new HashMap<>();
                shown.forEach((address, s) -> byAddress.put(address, s.picture()));
                pictures.put(id, Pictures.of(byAddress));
            });
        }

        public Pictures pictures(Article a) {
            return pictures.getOrDefault(a.id(), Pictures.NONE);
        }

        /** The articles that show photos. */
        public Set<String> articleIds() {
            return byArticle.keySet();
        }
    }

    /**
     * Finds and reads the photos of these articles; problems at their places in the files.
     *
     * @param contentDir the content folder, relative to the site's root: no photo may lie outside it
     */
    public Shelf find(List<Article> articles, String contentDir, Problems problems) {
        Path contentRoot = siteRoot.resolve(contentDir).normalize();
        Map<String, Map<String, Shown>> byArticle = new ConcurrentHashMap<>();
        articles.parallelStream().forEach(a -> {
            List<ImageReference> images = markdown.images(a.body().text());
            if (images.isEmpty()) return;
            Map<String, Shown> shown = new LinkedHashMap<>();
            Set<String> names = new HashSet<>();
            for (ImageReference image : images) {
                if (shown.containsKey(image.address())) continue;
                resolve(a, image, contentRoot, problems).ifPresent(original ->
                        shown.put(image.address(), new Shown(original, picture(original, uniqueName(original, names)))));
            }
            if (!shown.isEmpty()) byArticle.put(a.id(), shown);
        });
        return new Shelf(Map.copyOf(byArticle));
    }

    /** Writes every size of every photo beside the pages of the articles that show it; each size is made once. */
    public void write(Shelf shelf, BiConsumer<String, byte[]> sink, Problems problems) {
        record Target(String page, Picture picture) {}
        Map<Original, List<Target>> targets = new HashMap<>();
        shelf.byArticle.forEach((id, shown) -> shown.values().forEach(s ->
                targets.computeIfAbsent(s.original(), o -> new ArrayList<>()).add(new Target(id + "/", s.picture()))));
        targets.entrySet().parallelStream().forEach(e -> {
            List<byte[]> copies;
            try {
                copies = resizer.copies(e.getKey());
            } catch (IOException | RuntimeException ex) {
                problems.error(SourcePos.file(siteRoot.relativize(e.getKey().file()).toString().replace('\\', '/')),
                        "photo cannot be read to the end: " + ex.getMessage(), "save it again as JPEG or PNG");
                return;
            }
            for (Target t : e.getValue()) {
                for (int i = 0; i < copies.size(); i++) sink.accept(t.page() + t.picture().sizes().get(i).file(), copies.get(i));
            }
        });
    }

    private Optional<Original> resolve(Article a, ImageReference image, Path contentRoot, Problems problems) {
        String address = image.address().strip();
        if (address.isEmpty() || address.startsWith("/") || address.startsWith("#") || hasScheme(address)) {
            return Optional.empty();
        }
        int query = indexOfAny(address, "?#");
        if (query >= 0) address = address.substring(0, query);
        Path articleFile = siteRoot.resolve(a.sourcePath());
        Path file = articleFile.getParent().resolve(address).normalize();
        SourcePos pos = SourcePos.at(a.sourcePath(), a.bodyLine() + image.line() - 1, image.col());
        if (!file.startsWith(contentRoot)) {
            problems.error(pos, "photo '" + image.address() + "' lies outside the content folder",
                    "keep photos beside the article, in a folder named like its file: " + folderHint(a));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            problems.error(pos, "photo '" + image.address() + "' is not there (" + siteRoot.relativize(file) + ")",
                    "addresses are relative to the article's file; put the photo there or correct the address");
            return Optional.empty();
        }
        Optional<Original> original = original(file);
        if (original.isEmpty()) {
            problems.error(pos, "photo '" + image.address() + "' is not a JPEG, PNG or GIF file this build can read",
                    "save it as JPEG (photos) or PNG (drawings, screenshots)");
        }
        return original;
    }

    private Optional<Original> original(Path file) {
        try {
            long size = Files.size(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
            Stamped known = read.get(file);
            if (known != null && known.size() == size && known.modified() == modified) return known.original();
            Optional<Original> original = Original.read(file);
            read.put(file, new Stamped(size, modified, original));
            return original;
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The photo's sizes, named after its file: {@code le-khai-mac-480.jpg}, … */
    private static Picture picture(Original original, String name) {
        List<Picture.Size> sizes = new ArrayList<>();
        List<Integer> widths = Resizer.widths(original);
        for (int w : widths) {
            String file = original.format() == Original.Format.GIF ? name + ".gif" : name + "-" + w + "." + original.format().extension;
            sizes.add(new Picture.Size(file, w, Resizer.heightAt(original, w)));
        }
        return new Picture(sizes);
    }

    private static String uniqueName(Original original, Set<String> taken) {
        String fileName = original.file().getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String base = Slugs.slug(dot > 0 ? fileName.substring(0, dot) : fileName);
        if (base.isEmpty()) base = "anh";
        String name = base;
        for (int n = 2; !taken.add(name); n++) name = base + "-" + n;
        return name;
    }

    private static String folderHint(Article a) {
        String file = a.sourcePath();
        return file.endsWith(".md") ? file.substring(0, file.length() - 3) + "/" : file + "/";
    }

    private static boolean hasScheme(String address) {
        int colon = address.indexOf(':');
        if (colon <= 0) return address.startsWith("//");
        for (int i = 0; i < colon; i++) {
            char c = address.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) return false;
        }
        return true;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    /**
     * What {@code khotin check} reports about photos beyond what stops a build: photos without a description
     * (alt text), and originals too large to keep in git or to send to a reader.
     */
    public void audit(List<Article> articles, String contentDir, Problems problems) {
        Path contentRoot = siteRoot.resolve(contentDir).normalize();
        for (Article a : articles) {
            for (ImageReference image : markdown.images(a.body().text())) {
                SourcePos pos = SourcePos.at(a.sourcePath(), a.bodyLine() + image.line() - 1, image.col());
                if (image.alt().isBlank()) {
                    problems.warning(pos, "photo '" + image.address() + "' has no alt text",
                            "describe what it shows between the brackets: ![Đại biểu bỏ phiếu](" + image.address() + ")");
                }
                Path file = siteRoot.resolve(a.sourcePath()).getParent().resolve(image.address()).normalize();
                if (!file.startsWith(contentRoot) || !Files.isRegularFile(file)) continue;
                original(file).ifPresent(o -> {
                    if (o.bytes() > LARGEST_ORIGINAL_BYTES || Math.max(o.width(), o.height()) > LARGEST_ORIGINAL_SIDE) {
                        problems.warning(pos, String.format(Locale.ROOT, "photo '%s' is a large original (%.1f MB, %d × %d px)",
                                        image.address(), o.bytes() / 1048576.0, o.width(), o.height()),
                                "readers get copies at most " + Resizer.WIDTHS[Resizer.WIDTHS.length - 1]
                                        + " px wide; save the original at most 3200 px on its longer side to keep the repository small");
                    }
                });
            }
        }
    }
}
