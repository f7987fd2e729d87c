package org.khotin.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.khotin.markdown.ArticleLinks;
import org.khotin.markdown.Clip;
import org.khotin.markdown.MediaFiles;
import org.khotin.markdown.Picture;
import org.khotin.text.Slugs;

/**
 * The media stage: finds the photos, videos and recordings each article shows, files beside the article
 * (addresses are relative to its Markdown file, as an editor's Markdown preview reads them). A photo is offered
 * in the sizes of {@link Resizer}, a clip (a video or recording, by its extension: {@link Clip#kindOf}) is copied
 * as it is with its captions ({@code name.vtt}, {@code name.<lang>.vtt} beside it), each written beside the
 * article's page. A file the Markdown shows that is not there, lies outside the content folder or is no JPEG,
 * PNG, GIF or clip is an error at its place in the file. Addresses with a scheme ({@code https://…}) or from the
 * site's root ({@code /…}) are left to the browser. The clips the front matter lists ({@code media:}) are played
 * when their file is in the article's folder and the body does not show them; the others are a record of what
 * the story had (the importer writes them), which {@code khotin check} lists.
 */
public final class Media {
    /** An original larger than this, in bytes or on its longer side, is reported by {@code khotin check}. */
    public static final long LARGEST_ORIGINAL_BYTES = 5L << 20;
    public static final int LARGEST_ORIGINAL_SIDE = 5000;
    /** A clip larger than this is reported by {@code khotin check}: GitHub refuses files over 100 MB. */
    public static final long LARGEST_CLIP_BYTES = 100L << 20;

    private final Path siteRoot;
    private final MarkdownRenderer markdown;
    private final Resizer resizer;
    /** Originals read so far, by file, with the size and time they had: the preview reads an unchanged one once. */
    private final Map<Path, Stamped> read = new ConcurrentHashMap<>();

    private record Stamped(long size, long modified, Optional<Original> original) {}

    /** @param cacheDir where resized copies are kept between builds (see {@link Resizer}) */
    public Media(Path siteRoot, MarkdownRenderer markdown, Optional<Path> cacheDir) {
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

    /** A file copied as it is beside an article's page: a clip or its captions. */
    record Copied(Path source, String name) {}

    /** What one article shows: its photos and clips by the address its Markdown gives, and the files to copy. */
    private record Found(Map<String, Shown> photos, MediaFiles files, List<Copied> copies) {}

    /** What the stage found: each article's photos and clips. */
    public static final class Shelf {
        private final Map<String, Found> byArticle;

        private Shelf(Map<String, Found> byArticle) {
            this.byArticle = byArticle;
        }

        /** What an article's Markdown is rendered with. */
        public MediaFiles files(Article a) {
            Found found = byArticle.get(a.id());
            return found == null ? MediaFiles.NONE : found.files();
        }

        /** The articles that show photos or clips. */
        public Set<String> articleIds() {
            return byArticle.keySet();
        }
    }

    /**
     * Finds and reads the photos and clips of these articles; problems at their places in the files.
     *
     * @param contentDir the content folder, relative to the site's root: no file shown may lie outside it
     */
    public Shelf find(List<Article> articles, String contentDir, Problems problems) {
        ContentRoot contentRoot = contentRoot(contentDir);
        Map<String, Found> byArticle = new ConcurrentHashMap<>();
        articles.parallelStream().forEach(a -> {
            List<ImageReference> images = markdown.images(a.body().text());
            if (images.isEmpty() && a.meta().media().isEmpty()) return;
            Map<String, Shown> photos = new LinkedHashMap<>();
            Map<String, Picture> pictures = new HashMap<>();
            Map<String, Clip> clips = new HashMap<>();
            Map<Path, Clip> clipFiles = new HashMap<>();
            // one file written two ways (a/x.jpg, ./a/x.jpg) is one photo, made once
            Map<Path, Shown> photoFiles = new HashMap<>();
            List<Copied> copies = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (ImageReference image : images) {
                if (photos.containsKey(image.address()) || clips.containsKey(image.address())) continue;
                Optional<Clip.Kind> elsewhere = webAddress(image.address()) ? Clip.kindOf(withoutQuery(image.address())) : Optional.empty();
                if (elsewhere.isPresent()) { // played from where it is, as written
                    clips.put(image.address(), new Clip(image.address().strip(), elsewhere.get(), List.of(), "", ""));
                    continue;
                }
                Optional<Path> file = resolve(a, image, contentRoot, problems);
                if (file.isEmpty()) continue;
                if (Clip.kindOf(file.get().getFileName().toString()).isPresent()) {
                    Clip clip = clipFiles.computeIfAbsent(file.get(), f -> clip(f, contentRoot, a, "", names, copies, photos));
                    clips.put(image.address(), clip);
                    continue;
                }
                Shown known = photoFiles.get(file.get());
                if (known != null) {
                    photos.put(image.address(), known);
                    pictures.put(image.address(), known.picture());
                    continue;
                }
                photo(file.get(), image, a, problems).ifPresent(original -> {
                    Shown shown = new Shown(original, picture(original, uniqueName(original.file(), names)));
                    photoFiles.put(file.get(), shown);
                    photos.put(image.address(), shown);
                    pictures.put(image.address(), shown.picture());
                });
            }
            List<Clip> leading = new ArrayList<>();
            for (String listed : a.meta().media()) {
                listedFile(a, listed, contentRoot).filter(f -> !clipFiles.containsKey(f))
                        .ifPresent(f -> leading.add(clipFiles.computeIfAbsent(f,
                                g -> clip(g, contentRoot, a, a.meta().title(), names, copies, photos))));
            }
            if (!photos.isEmpty() || !clips.isEmpty() || !leading.isEmpty()) {
                byArticle.put(a.id(), new Found(photos, new MediaFiles(pictures, clips, leading), copies));
            }
        });
        return new Shelf(Map.copyOf(byArticle));
    }

    /** The file of a clip the front matter lists, when it is there: in the article's folder, else beside its file. */
    private Optional<Path> listedFile(Article a, String listed, ContentRoot contentRoot) {
        if (Clip.kindOf(listed).isEmpty()) return Optional.empty();
        Path articleFile = siteRoot.resolve(a.sourcePath());
        for (Path candidate : List.of(siteRoot.resolve(folderHint(a)).resolve(listed), articleFile.resolveSibling(listed))) {
            Optional<Path> file = contentRoot.holding(candidate);
            if (file.isPresent()) return file;
        }
        return Optional.empty();
    }

    /** The content folder as the site names it, and as the disk does with links resolved. */
    private record ContentRoot(Path nominal, Path real) {
        /**
         * The file when it is one and lies inside the content folder, links resolved: a link that leads out of it
         * (to a key, a password file) is never copied into the site.
         */
        Optional<Path> holding(Path file) {
            try {
                Path resolved = file.toRealPath();
                return file.normalize().startsWith(nominal) && resolved.startsWith(real) && Files.isRegularFile(resolved)
                        ? Optional.of(file.normalize()) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    private ContentRoot contentRoot(String contentDir) {
        Path root = siteRoot.resolve(contentDir).normalize();
        try {
            return new ContentRoot(root, root.toRealPath());
        } catch (IOException e) {
            return new ContentRoot(root, root);
        }
    }

    /**
     * A clip named after its file, with the captions found beside it, each to be copied beside the page. Its
     * language is that of the content it lies in ({@code content/vi/…}), else the showing article's: captions in
     * that language are {@code captions}, in the other {@code subtitles}.
     */
    private Clip clip(Path file, ContentRoot contentRoot, Article a, String label, Set<String> names, List<Copied> copies,
                      Map<String, Shown> photos) {
        String fileName = file.getFileName().toString();
        String base = uniqueName(file, names);
        String name = base + fileName.substring(fileName.lastIndexOf('.')).toLowerCase(Locale.ROOT);
        copies.add(new Copied(file, name));
        Clip.Kind kind = Clip.kindOf(fileName).orElseThrow();
        String spoken = languageOf(file, contentRoot.nominal()).orElse(a.lang().code());
        Map<String, Path> beside = beside(file);
        String stem = fileName.substring(0, fileName.lastIndexOf('.')).toLowerCase(Locale.ROOT);
        List<Clip.Track> tracks = new ArrayList<>();
        String poster = "";
        if (kind == Clip.Kind.VIDEO) {
            for (Captions c : captions(beside, stem, spoken, contentRoot)) {
                String trackName = base + c.suffix();
                copies.add(new Copied(c.file(), trackName));
                tracks.add(new Clip.Track(trackName, c.lang(), c.lang().equals("vi") ? "Tiếng Việt" : "English",
                        c.lang().equals(spoken) ? "captions" : "subtitles"));
            }
            // a still beside the video, named like it: what the reader sees before pressing play
            for (String ext : List.of(".jpg", ".jpeg", ".png")) {
                Optional<Original> still = Optional.ofNullable(beside.get(stem + ext)).flatMap(contentRoot::holding).flatMap(this::original);
                if (still.isEmpty()) continue;
                Shown shown = new Shown(still.get(), picture(still.get(), base + "-poster"));
                photos.put("\n" + name, shown); // written with the photos' sizes; no Markdown address holds a line break
                poster = shown.picture().fallback().file();
                break;
            }
        }
        return new Clip(name, kind, tracks, label, poster);
    }

    /** The files beside one, by their names in lower case. */
    private static Map<String, Path> beside(Path file) {
        Map<String, Path> beside = new HashMap<>();
        try (java.util.stream.Stream<Path> files = Files.list(file.getParent())) {
            files.forEach(f -> beside.putIfAbsent(f.getFileName().toString().toLowerCase(Locale.ROOT), f));
        } catch (IOException e) {
            return Map.of();
        }
        return beside;
    }

    private static Optional<String> languageOf(Path file, Path contentRoot) {
        if (!file.startsWith(contentRoot) || file.getNameCount() <= contentRoot.getNameCount()) return Optional.empty();
        String first = file.getName(contentRoot.getNameCount()).toString();
        return first.equals("vi") || first.equals("en") ? Optional.of(first) : Optional.empty();
    }

    /**
     * A video's captions files beside it, named like it in any case: {@code name.vtt} in the clip's language,
     * {@code name.vi.vtt}, {@code name.en.vtt}.
     */
    private record Captions(Path file, String lang, String suffix) {}

    private static List<Captions> captions(Map<String, Path> beside, String stem, String spoken, ContentRoot contentRoot) {
        List<Captions> found = new ArrayList<>();
        Path own = beside.get(stem + ".vtt");
        if (own != null && contentRoot.holding(own).isPresent()) found.add(new Captions(own, spoken, ".vtt"));
        for (String lang : List.of("vi", "en")) {
            Path other = beside.get(stem + "." + lang + ".vtt");
            if (other != null && contentRoot.holding(other).isPresent() && found.stream().noneMatch(c -> c.lang().equals(lang))) {
                found.add(new Captions(other, lang, "." + lang + ".vtt"));
            }
        }
        return found;
    }

    /**
     * Writes every size of every photo, and a copy of every clip and its captions, beside the pages of the
     * articles that show them; each size is made once.
     */
    public void write(Shelf shelf, BiConsumer<String, byte[]> written, BiConsumer<String, Path> copied, Problems problems) {
        record Target(String page, Picture picture) {}
        Map<Original, Set<Target>> targets = new HashMap<>();
        shelf.byArticle.forEach((id, found) -> {
            found.photos().values().forEach(s ->
                    targets.computeIfAbsent(s.original(), o -> new LinkedHashSet<>()).add(new Target(id + "/", s.picture())));
            for (Copied c : found.copies()) {
                try {
                    copied.accept(id + "/" + c.name(), c.source());
                } catch (UncheckedIOException ex) {
                    problems.error(SourcePos.file(siteRoot.relativize(c.source()).toString().replace('\\', '/')),
                            "cannot be copied into the site: " + ex.getCause().getMessage(), "check that the file can be read");
                }
            }
        });
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
                for (int i = 0; i < copies.size(); i++) written.accept(t.page() + t.picture().sizes().get(i).file(), copies.get(i));
            }
        });
    }

    /** The file an image address names beside the article, when it is there and inside the content folder. */
    private Optional<Path> resolve(Article a, ImageReference image, ContentRoot contentRoot, Problems problems) {
        String address = image.address().strip();
        if (address.isEmpty() || address.startsWith("/") || address.startsWith("#") || hasScheme(address)) {
            return Optional.empty();
        }
        address = withoutQuery(address);
        Path articleFile = siteRoot.resolve(a.sourcePath());
        Path file = articleFile.getParent().resolve(address).normalize();
        SourcePos pos = SourcePos.at(a.sourcePath(), a.bodyLine() + image.line() - 1, image.col());
        String what = Clip.kindOf(address).map(k -> k == Clip.Kind.VIDEO ? "video" : "recording").orElse("photo");
        Optional<Path> held = contentRoot.holding(file);
        if (held.isPresent()) return held;
        if (!file.startsWith(contentRoot.nominal()) || Files.isRegularFile(file)) { // outside, or a link that leads out
            problems.error(pos, what + " '" + image.address() + "' lies outside the content folder",
                    "keep photos, videos and recordings beside the article, in a folder named like its file: " + folderHint(a));
            return Optional.empty();
        }
        problems.error(pos, what + " '" + image.address() + "' is not there (" + siteRoot.relativize(file) + ")",
                "addresses are relative to the article's file; put the " + what + " there or correct the address");
        return Optional.empty();
    }

    /** An address a browser fetches from the web as it is. */
    private static boolean webAddress(String address) {
        String a = address.strip().toLowerCase(Locale.ROOT);
        return a.startsWith("https://") || a.startsWith("http://");
    }

    private Optional<Original> photo(Path file, ImageReference image, Article a, Problems problems) {
        Optional<Original> original = original(file);
        if (original.isEmpty()) {
            problems.error(SourcePos.at(a.sourcePath(), a.bodyLine() + image.line() - 1, image.col()),
                    "photo '" + image.address() + "' is not a JPEG, PNG or GIF file this build can read",
                    "save it as JPEG (photos) or PNG (drawings, screenshots); a video or recording needs its usual"
                            + " extension (.mp4, .webm, .mp3, .m4a)");
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

    private static String uniqueName(Path file, Set<String> taken) {
        String fileName = file.getFileName().toString();
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

    /** The file an address names: without a query or a fragment ({@code clip.mp4#t=10}). */
    private static String withoutQuery(String address) {
        return address.substring(0, ArticleLinks.pathEnd(address));
    }

    /**
     * What {@code khotin check} reports about photos and clips beyond what stops a build: photos without a
     * description (alt text), originals too large to keep in git or to send to a reader, videos without
     * captions, clips larger than a host takes, and clips the front matter lists that are not there.
     */
    public void audit(List<Article> articles, String contentDir, Problems problems) {
        ContentRoot contentRoot = contentRoot(contentDir);
        for (Article a : articles) {
            for (ImageReference image : markdown.images(a.body().text())) {
                SourcePos pos = SourcePos.at(a.sourcePath(), a.bodyLine() + image.line() - 1, image.col());
                String address = withoutQuery(image.address().strip());
                Path file = siteRoot.resolve(a.sourcePath()).getParent().resolve(address).normalize();
                boolean there = !address.isEmpty() && !hasScheme(address) && contentRoot.holding(file).isPresent();
                Optional<Clip.Kind> kind = Clip.kindOf(address);
                if (kind.isPresent()) {
                    if (there) auditClip(a, image.address(), file, kind.get(), contentRoot, pos, problems);
                    continue;
                }
                if (image.alt().isBlank()) {
                    problems.warning(pos, "photo '" + image.address() + "' has no alt text",
                            "describe what it shows between the brackets: ![Đại biểu bỏ phiếu](" + image.address() + ")");
                }
                if (!there) continue;
                original(file).ifPresent(o -> {
                    if (o.bytes() > LARGEST_ORIGINAL_BYTES || Math.max(o.width(), o.height()) > LARGEST_ORIGINAL_SIDE) {
                        problems.warning(pos, String.format(Locale.ROOT, "photo '%s' is a large original (%.1f MB, %d × %d px)",
                                        image.address(), o.bytes() / 1048576.0, o.width(), o.height()),
                                "readers get copies at most " + Resizer.WIDTHS[Resizer.WIDTHS.length - 1]
                                        + " px wide; save the original at most 3200 px on its longer side to keep the repository small");
                    }
                });
            }
            SourcePos listedAt = a.meta().positionOf("media", a.filePos());
            for (String listed : a.meta().media()) {
                Optional<Clip.Kind> kind = Clip.kindOf(listed);
                Optional<Path> file = listedFile(a, listed, contentRoot);
                if (kind.isEmpty()) {
                    problems.warning(listedAt, "media '" + listed + "' is not a video or recording a page can play",
                            "pages play .mp4, .webm, .mov, .mp3, .m4a, .ogg, .opus, .wav and .flac files");
                } else if (file.isEmpty()) {
                    problems.warning(listedAt, "media '" + listed + "' is not in " + folderHint(a) + ": the page cannot play it",
                            "put the file there and the page plays it after the first paragraph; remove it from media: if it is lost");
                } else {
                    auditClip(a, listed, file.get(), kind.get(), contentRoot, listedAt, problems);
                }
            }
        }
    }

    private static void auditClip(Article a, String address, Path file, Clip.Kind kind, ContentRoot contentRoot, SourcePos pos,
                                  Problems problems) {
        String fileName = file.getFileName().toString();
        String fileStem = fileName.substring(0, fileName.lastIndexOf('.')).toLowerCase(Locale.ROOT);
        if (kind == Clip.Kind.VIDEO && captions(beside(file), fileStem, a.lang().code(), contentRoot).isEmpty()) {
            String stem = address.substring(0, address.lastIndexOf('.'));
            problems.warning(pos, "video '" + address + "' has no captions",
                    "readers who cannot hear it need them (WCAG 2.1 AA): save them as WebVTT beside it, " + stem + ".vtt"
                            + " (or " + stem + ".en.vtt for English ones)");
        }
        try {
            long bytes = Files.size(file);
            if (bytes > LARGEST_CLIP_BYTES) {
                problems.warning(pos, String.format(Locale.ROOT, "%s '%s' is %.1f MB", kind == Clip.Kind.VIDEO ? "video" : "recording",
                                address, bytes / 1048576.0),
                        "GitHub refuses files over 100 MB, and a reader on a phone pays for every one: encode it smaller"
                                + " (H.264 at 720p is about 40 MB for ten minutes)");
            }
        } catch (IOException e) {
            // the build reports a file it cannot read when it copies it
        }
    }
}
