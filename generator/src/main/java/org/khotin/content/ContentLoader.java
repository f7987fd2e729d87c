package org.khotin.content;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.config.Language;
import org.khotin.config.StrayCharacters;
import org.khotin.diag.Problem;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;

/** Finds and reads every article under the content folder, in a sorted walk; problems are collected. */
public final class ContentLoader {
    /** {@code <lang>/<yyyy>/<mm>/<slug>.md}, or {@code <lang>/undated/<slug>.md} for imports waiting for a date. */
    private static final Pattern ARTICLE_PATH = Pattern.compile("([^/]+)/(?:\\d{4}/\\d{2}|undated)/([^/]+)\\.md");
    /** The keyword glossary's file at the top of the content folder. */
    private static final String GLOSSARY = "keywords.yml";

    private final FrontMatterParser parser;
    /** Where symbolic links may lead besides the content folder: the site's folder, or none. */
    private final Optional<Path> linkRoot;
    /** The start of a Markdown body as plain text, for an article without a summary. */
    private final UnaryOperator<String> leadOf;

    /**
     * A loader that follows symbolic links only when they lead to somewhere inside the content folder, for
     * commands that read articles but show none to a reader (so need no lead).
     */
    public ContentLoader(FrontMatterParser parser) {
        this(parser, Optional.empty(), markdown -> "");
    }

    /**
     * @param linkRoot a folder symbolic links may lead into besides the content folder (the site's folder,
     *                 where the repository keeps what a link may share)
     * @param leadOf   the start of a Markdown body as plain text: what lists and the page's description show of an
     *                 article without a summary
     */
    public ContentLoader(FrontMatterParser parser, Optional<Path> linkRoot, UnaryOperator<String> leadOf) {
        this.parser = parser;
        this.linkRoot = linkRoot;
        this.leadOf = leadOf;
    }

    /**
     * A file found under the content folder, with the path messages print, and its size and time of last
     * change as the folder walk saw them (so that telling whether it changed needs no second look).
     *
     * @param linked  whether it is a symbolic link or in a linked folder: its target is not where the walk found it
     * @param refusal why it is no article though it looks like one (a link that leads outside the site or to
     *                nothing, a {@code .markdown} file, a {@code keywords.yml} folder): an error to report
     */
    public record SourceFile(Path file, String displayPath, String relativePath, long size, FileTime modified,
                             boolean linked, Optional<Problem> refusal) {
        public SourceFile(Path file, String displayPath, String relativePath, long size, FileTime modified, boolean linked) {
            this(file, displayPath, relativePath, size, modified, linked, Optional.empty());
        }

        static SourceFile refused(Path file, String displayPath, String relativePath, BasicFileAttributes attrs,
                                  boolean linked, String message, String hint) {
            return new SourceFile(file, displayPath, relativePath, attrs.size(), attrs.lastModifiedTime(), linked,
                    Optional.of(Problem.error(SourcePos.file(displayPath), message, hint)));
        }
    }

    private static final java.util.Comparator<SourceFile> BY_PATH = java.util.Comparator.comparing(SourceFile::relativePath);

    /** Other spellings of Markdown files, which are reported rather than read: an article is a {@code .md} file. */
    private static final Pattern OTHER_MARKDOWN = Pattern.compile("(?i).+\\.(md|markdown|mdown|mkdn?|mdwn|mdtxt|mdtext)");

    /**
     * Whether a file or folder name is one the walk passes over without a word: hidden ones ({@code .git},
     * {@code .draft.md}, Vim's {@code .a.md.swp}, Emacs's lock {@code .#a.md}), Emacs's autosave
     * {@code #a.md#} and the lock files of Word and LibreOffice ({@code ~$a.docx}, {@code .~lock.a#}). Other
     * backup names ({@code a.md~}, {@code a.md.bak}) do not end in {@code .md} and hold no article anyway.
     */
    public static boolean isIgnored(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.startsWith("~");
    }

    /** Whether a path under the content folder passes through an ignored file or folder name. */
    public static boolean isIgnoredPath(String relativePath) {
        for (String part : relativePath.split("/")) {
            if (isIgnored(part)) return true;
        }
        return false;
    }

    /**
     * Every article file under the content folder, in path order, and every file that looks like one but
     * cannot be read as one (with its refusal). Symbolic links, to files and to folders, are followed when
     * they lead to somewhere inside the content folder or the link root; one that leads outside, to nothing,
     * or back into a folder that holds it, is refused.
     */
    public List<SourceFile> find(Path contentDir, String displayPrefix) {
        if (!Files.isDirectory(contentDir)) return List.of();
        Bounds bounds = bounds(contentDir);
        List<SourceFile> found = new ArrayList<>();
        walk(contentDir, "", bounds.content(), List.of(), bounds, displayPrefix, found);
        found.sort(BY_PATH);
        return List.copyOf(found);
    }

    /** Where the content folder really is, and where links may lead. */
    private record Bounds(Path content, List<Path> allowed) {
        boolean allows(Path real) {
            return allowed.stream().anyMatch(real::startsWith);
        }
    }

    private Bounds bounds(Path contentDir) {
        Path content = realPath(contentDir).orElse(contentDir.toAbsolutePath().normalize());
        List<Path> allowed = new ArrayList<>(List.of(content));
        linkRoot.flatMap(ContentLoader::realPath).ifPresent(allowed::add);
        return new Bounds(content, List.copyOf(allowed));
    }

    private static Optional<Path> realPath(Path p) {
        try {
            return Optional.of(p.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * @param real     where the folder really is
     * @param linkedIn where each folder link that led here really is (the folder holding it), first link first:
     *                 a link back to a folder above one of them, or above {@code real}, would never end
     */
    private void walk(Path dir, String rel, Path real, List<Path> linkedIn, Bounds bounds, String displayPrefix,
                      List<SourceFile> found) {
        boolean linked = !linkedIn.isEmpty();
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            found.add(new SourceFile(dir, displayPrefix + rel, rel, 0, FileTime.fromMillis(0), linked,
                    Optional.of(Problem.error(SourcePos.file(displayPrefix + (rel.isEmpty() ? "" : rel + "/")),
                            "cannot read folder: " + e.getMessage(), "check its permissions"))));
            return;
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (isIgnored(name)) continue;
            String childRel = rel.isEmpty() ? name : rel + "/" + name;
            BasicFileAttributes own;
            try {
                own = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                continue; // gone since the folder was listed
            }
            if (own.isDirectory()) {
                Optional<SourceFile> refused = folder(p, childRel, own, linked, displayPrefix);
                if (refused.isPresent()) found.add(refused.get());
                else walk(p, childRel, real.resolve(name), linkedIn, bounds, displayPrefix, found);
            } else if (own.isSymbolicLink()) {
                link(p, childRel, own, real, linkedIn, bounds, displayPrefix, found);
            } else {
                file(p, childRel, own, linked, displayPrefix).ifPresent(found::add);
            }
        }
    }

    /** A symbolic link: followed when it leads to somewhere allowed; otherwise refused. */
    private void link(Path p, String rel, BasicFileAttributes own, Path parentReal, List<Path> linkedIn, Bounds bounds,
                      String displayPrefix, List<SourceFile> found) {
        String display = displayPrefix + rel;
        Optional<Path> target = realPath(p);
        if (target.isEmpty()) {
            found.add(SourceFile.refused(p, display, rel, own, true, "link leads to " + linkText(p) + ", which does not exist",
                    "create what it points to, or delete the link"));
            return;
        }
        if (!bounds.allows(target.get())) {
            found.add(SourceFile.refused(p, display, rel, own, true, "link leads outside the site, to " + target.get(),
                    "khotin follows links only within the site's folder: copy the file into " + displayPrefix + " instead"));
            return;
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            return; // gone meanwhile
        }
        if (!attrs.isDirectory()) {
            file(p, rel, attrs, true, displayPrefix).ifPresent(found::add);
            return;
        }
        if (parentReal.startsWith(target.get()) || linkedIn.stream().anyMatch(d -> d.startsWith(target.get()))) {
            found.add(SourceFile.refused(p, display, rel, own, true, "linked folder leads back to " + target.get()
                    + ", which holds the link", "delete the link: it would make the content folder endless"));
            return;
        }
        Optional<SourceFile> refused = folder(p, rel, attrs, true, displayPrefix);
        if (refused.isPresent()) found.add(refused.get());
        else walk(p, rel, target.get(), append(linkedIn, parentReal), bounds, displayPrefix, found);
    }

    private static List<Path> append(List<Path> list, Path more) {
        List<Path> out = new ArrayList<>(list);
        out.add(more);
        return List.copyOf(out);
    }

    private static String linkText(Path link) {
        try {
            return "'" + Files.readSymbolicLink(link) + "'";
        } catch (IOException | UnsupportedOperationException e) {
            return "a file";
        }
    }

    /** A folder that must not be one: {@code keywords.yml} at the top. */
    private static Optional<SourceFile> folder(Path p, String rel, BasicFileAttributes attrs, boolean linked,
                                               String displayPrefix) {
        if (!rel.equals(GLOSSARY)) return Optional.empty();
        return Optional.of(SourceFile.refused(p, displayPrefix + rel, rel, attrs, linked,
                "keywords.yml is a folder, so the keyword glossary cannot be read",
                "the glossary is one file, content/keywords.yml: move the folder away and write the file"));
    }

    /** A file the walk keeps: an article, or another spelling of a Markdown file (refused). */
    private static Optional<SourceFile> file(Path p, String rel, BasicFileAttributes attrs, boolean linked,
                                             String displayPrefix) {
        if (!attrs.isRegularFile()) return Optional.empty();
        String name = p.getFileName().toString();
        String display = displayPrefix + rel;
        if (name.endsWith(".md")) {
            return Optional.of(new SourceFile(p, display, rel, attrs.size(), attrs.lastModifiedTime(), linked));
        }
        if (!OTHER_MARKDOWN.matcher(name).matches()) return Optional.empty();
        String stem = name.substring(0, name.lastIndexOf('.'));
        return Optional.of(SourceFile.refused(p, display, rel, attrs, linked,
                "not read: khotin reads only files whose names end in '.md'", "rename it to " + stem + ".md"));
    }

    /**
     * The files of an earlier {@link #find} brought up to date without walking the folder again, from the
     * paths a file watcher reported changed since: each reported file is looked at, and so is every linked
     * or refused one (a watcher does not see a link's target change). Empty when a reported path is, or was,
     * a folder holding articles, or a link to a folder: only a walk can tell what it holds. Other reported
     * files hold no article.
     */
    public Optional<List<SourceFile>> refresh(Path contentDir, String displayPrefix, List<SourceFile> found,
                                              Set<Path> changed) {
        Path root = contentDir.toAbsolutePath().normalize();
        java.util.Map<String, Path> looked = new java.util.TreeMap<>();
        for (Path reported : changed) {
            Path p = reported.toAbsolutePath().normalize();
            if (!p.startsWith(root) || p.equals(root)) {
                if (root.startsWith(p)) return Optional.empty(); // the content folder itself, or one above it
                continue;
            }
            String rel = root.relativize(p).toString().replace('\\', '/');
            if (Files.isDirectory(p) || holdsAny(found, rel + "/")) return Optional.empty();
            if (!isIgnoredPath(rel)) looked.put(rel, p);
        }
        for (SourceFile f : found) if (f.linked() || f.refusal().isPresent()) looked.put(f.relativePath(), f.file());
        Bounds bounds = bounds(contentDir);
        List<SourceFile> out = new ArrayList<>(found);
        for (var e : looked.entrySet()) {
            String rel = e.getKey();
            Path p = e.getValue();
            int at = java.util.Collections.binarySearch(out, key(rel), BY_PATH);
            Optional<List<SourceFile>> now = look(p, rel, bounds, displayPrefix);
            if (now.isEmpty()) return Optional.empty(); // a link to a folder: walk
            if (now.get().size() > 1) throw new IllegalStateException("one path, one file");
            if (at >= 0 && !now.get().isEmpty()) out.set(at, now.get().get(0));
            else if (at >= 0) out.remove(at);
            else if (!now.get().isEmpty()) out.add(-at - 1, now.get().get(0));
        }
        return Optional.of(List.copyOf(out));
    }

    private static SourceFile key(String relativePath) {
        return new SourceFile(null, "", relativePath, 0, null, false);
    }

    /**
     * What a walk would record of one file (a list of none or one), or empty when it is a link to a folder,
     * which only a walk can look into.
     */
    private Optional<List<SourceFile>> look(Path p, String rel, Bounds bounds, String displayPrefix) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return Optional.of(List.of()); // gone
        }
        if (own.isDirectory()) return Optional.empty();
        // a file reached through a linked folder is linked too: its real path is not where the walk found it
        Optional<Path> real = realPath(p);
        boolean viaLink = own.isSymbolicLink() || real.isPresent() && !real.get().equals(bounds.content().resolve(rel));
        if (!viaLink) return Optional.of(file(p, rel, own, false, displayPrefix).stream().toList());
        if (real.isPresent() && Files.isDirectory(real.get())) return Optional.empty();
        List<SourceFile> found = new ArrayList<>();
        Path parentReal = realPath(p.getParent()).orElse(bounds.content());
        if (own.isSymbolicLink()) {
            link(p, rel, own, parentReal, List.of(), bounds, displayPrefix, found);
        } else if (real.isPresent() && !bounds.allows(real.get())) {
            found.add(SourceFile.refused(p, displayPrefix + rel, rel, own, true, "link leads outside the site, to " + real.get(),
                    "khotin follows links only within the site's folder: copy the file into " + displayPrefix + " instead"));
        } else {
            file(p, rel, own, true, displayPrefix).ifPresent(found::add);
        }
        return Optional.of(List.copyOf(found));
    }

    /**
     * The Markdown files that differ from an earlier {@link #find} (added, removed, or another size or time),
     * as absolute paths: a walk of the folder.
     */
    public Set<Path> changedSince(Path contentDir, String displayPrefix, List<SourceFile> found) {
        java.util.Map<String, SourceFile> before = new java.util.HashMap<>();
        for (SourceFile f : found) before.put(f.relativePath(), f);
        Set<Path> changed = new java.util.TreeSet<>();
        for (SourceFile now : find(contentDir, displayPrefix)) {
            SourceFile was = before.remove(now.relativePath());
            if (was == null || was.size() != now.size() || !was.modified().equals(now.modified())
                    || !was.refusal().equals(now.refusal())) {
                changed.add(now.file().toAbsolutePath().normalize());
            }
        }
        before.values().forEach(gone -> changed.add(gone.file().toAbsolutePath().normalize()));
        return changed;
    }

    private static boolean holdsAny(List<SourceFile> found, String folder) {
        int at = java.util.Collections.binarySearch(found, key(folder), BY_PATH);
        int next = at >= 0 ? at : -at - 1;
        return next < found.size() && found.get(next).relativePath().startsWith(folder);
    }

    public Optional<Article> load(SourceFile source, Problems problems) {
        if (source.refusal().isPresent()) {
            problems.add(source.refusal().get());
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source.file());
        } catch (IOException e) {
            problems.error(SourcePos.file(source.displayPath()), "cannot read file: " + e.getMessage(), "");
            return Optional.empty();
        }
        return parse(bytes, source.relativePath(), source.displayPath(), problems);
    }

    /** Parses one article file and keeps its body in memory; {@code relativePath} is its path under the content folder. */
    public Optional<Article> parse(byte[] bytes, String relativePath, String displayPath, Problems problems) {
        return parse(bytes, relativePath, displayPath, Optional.empty(), problems);
    }

    /**
     * The folder an article out of place belongs in, from its language and date ({@code content/en/2023/03/}), or the
     * folders' pattern when its front matter does not tell.
     */
    private String rightFolder(byte[] bytes, String relativePath, String displayPath) {
        String contentPrefix = displayPath.endsWith(relativePath) ? displayPath.substring(0, displayPath.length() - relativePath.length()) : "";
        Problems ignored = new Problems();
        Optional<FrontMatterParser.Split> split = SourceText.decode(bytes, displayPath, ignored)
                .flatMap(text -> parser.split(text, displayPath, ignored));
        // the language the front matter gives, else the one of the folder the file is under, else Vietnamese
        Language guess = Language.find(relativePath.split("/")[0]).orElse(Language.VI);
        for (Language lang : List.of(guess, guess.other())) {
            Optional<FrontMatter> meta = split.flatMap(sp -> parser.parse(sp, displayPath, lang, new Problems()));
            if (meta.isPresent()) {
                java.time.ZonedDateTime day = meta.get().date().atZoneSameInstant(parser.zone());
                return contentPrefix + String.format(java.util.Locale.ROOT, "%s/%04d/%02d/", lang.code(), day.getYear(), day.getMonthValue());
            }
        }
        return contentPrefix + "<lang>/<yyyy>/<mm>/ (its language, and the year and month of its date): ";
    }

    /**
     * Parses one article file.
     *
     * @param bodyFile the file the bytes came from, when the body is to be read from there again when needed
     *                 rather than kept in memory
     */
    public Optional<Article> parse(byte[] bytes, String relativePath, String displayPath, Optional<Path> bodyFile,
                                   Problems problems) {
        Matcher m = ARTICLE_PATH.matcher(relativePath);
        if (!m.matches()) {
            problems.error(SourcePos.file(displayPath), "article is not in a <lang>/<yyyy>/<mm>/ folder",
                    "move it to " + rightFolder(bytes, relativePath, displayPath) + Path.of(relativePath).getFileName());
            return Optional.empty();
        }
        Optional<Language> folderLang = Language.find(m.group(1));
        if (folderLang.isEmpty()) {
            problems.error(SourcePos.file(displayPath), "unknown language folder '" + m.group(1) + "'",
                    "articles live under content/vi/ or content/en/");
            return Optional.empty();
        }
        Optional<String> text = SourceText.decode(bytes, displayPath, problems);
        if (text.isEmpty()) return Optional.empty();
        Optional<FrontMatterParser.Split> split = parser.split(text.get(), displayPath, problems);
        if (split.isEmpty()) return Optional.empty();
        return parser.parse(split.get(), displayPath, folderLang.get(), problems).map(meta -> {
            String id = Article.idFor(meta.lang(), meta.date().atZoneSameInstant(parser.zone()), meta.slug());
            String body = split.get().body();
            String clean = StrayCharacters.clean(body, "\n", SourcePos.at(displayPath, split.get().bodyLine(), 1), problems);
            if (!meta.draft() && clean.isBlank()) {
                // published with a headline and nothing under it: most likely saved before it was written
                problems.warning(SourcePos.at(displayPath, split.get().bodyLine(), 1), "the article has no text",
                        "write it below the front matter's closing '---', or mark it 'draft: true' until it is written");
            }
            Body kept = bodyFile.<Body>map(f -> Body.InFile.of(f, displayPath, bytes, text.get().length() - body.length()))
                    .orElseGet(() -> Body.held(clean));
            String lead = meta.summary().isEmpty() && !clean.isBlank() ? leadOf.apply(clean) : "";
            return new Article(id, displayPath, meta, kept, split.get().bodyLine(), lead);
        });
    }
}
