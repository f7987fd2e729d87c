package org.khotin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.config.Language;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;

/** Finds and reads every article under the content folder, in a sorted walk; problems are collected. */
public final class ContentLoader {
    /** {@code <lang>/<yyyy>/<mm>/<slug>.md}, or {@code <lang>/undated/<slug>.md} for imports waiting for a date. */
    private static final Pattern ARTICLE_PATH = Pattern.compile("([^/]+)/(?:\\d{4}/\\d{2}|undated)/([^/]+)\\.md");

    private final FrontMatterParser parser;

    public ContentLoader(FrontMatterParser parser) {
        this.parser = parser;
    }

    /**
     * A Markdown file found under the content folder, with the path messages print, and its size and time of
     * last change as the folder walk saw them (so that telling whether it changed needs no second look).
     *
     * @param linked whether it is a symbolic link: its target may lie outside the content folder
     */
    public record SourceFile(Path file, String displayPath, String relativePath, long size, FileTime modified,
                             boolean linked) {}

    private static final java.util.Comparator<SourceFile> BY_PATH = java.util.Comparator.comparing(SourceFile::relativePath);

    public List<SourceFile> find(Path contentDir, String displayPrefix) {
        if (!Files.isDirectory(contentDir)) return List.of();
        List<SourceFile> found = new ArrayList<>();
        try {
            Files.walkFileTree(contentDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes seen) {
                    if (!p.getFileName().toString().endsWith(".md")) return FileVisitResult.CONTINUE;
                    BasicFileAttributes attrs = seen;
                    if (seen.isSymbolicLink()) { // a linked article counts as the file it links to
                        try {
                            attrs = Files.readAttributes(p, BasicFileAttributes.class);
                        } catch (IOException e) {
                            return FileVisitResult.CONTINUE; // a broken link is no article
                        }
                    }
                    if (attrs.isRegularFile()) {
                        String rel = contentDir.relativize(p).toString().replace('\\', '/');
                        found.add(new SourceFile(p, displayPrefix + rel, rel, attrs.size(), attrs.lastModifiedTime(),
                                seen.isSymbolicLink()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(BY_PATH);
        return List.copyOf(found);
    }

    /**
     * The files of an earlier {@link #find} brought up to date without walking the folder again, from the
     * paths a file watcher reported changed since: each reported Markdown file is looked at, and so is every
     * linked one (a watcher does not see its target change). Empty when a reported path is, or was, a folder
     * holding articles: only a walk can tell what it holds. Other reported files hold no article.
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
            if (rel.endsWith(".md")) looked.put(rel, p);
        }
        for (SourceFile f : found) if (f.linked()) looked.put(f.relativePath(), f.file());
        List<SourceFile> out = new ArrayList<>(found);
        looked.forEach((rel, p) -> {
            int at = java.util.Collections.binarySearch(out, new SourceFile(p, "", rel, 0, null, false), BY_PATH);
            Optional<SourceFile> now = stat(p, displayPrefix + rel, rel);
            if (at >= 0 && now.isPresent()) out.set(at, now.get());
            else if (at >= 0) out.remove(at);
            else now.ifPresent(f -> out.add(-at - 1, f));
        });
        return Optional.of(List.copyOf(out));
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
            if (was == null || was.size() != now.size() || !was.modified().equals(now.modified())) {
                changed.add(now.file().toAbsolutePath().normalize());
            }
        }
        before.values().forEach(gone -> changed.add(gone.file().toAbsolutePath().normalize()));
        return changed;
    }

    private static boolean holdsAny(List<SourceFile> found, String folder) {
        int at = java.util.Collections.binarySearch(found, new SourceFile(null, "", folder, 0, null, false), BY_PATH);
        int next = at >= 0 ? at : -at - 1;
        return next < found.size() && found.get(next).relativePath().startsWith(folder);
    }

    /** A Markdown file as {@link #find} records it, when it is one (a link counts as the file it links to). */
    private static Optional<SourceFile> stat(Path p, String displayPath, String rel) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
            if (!attrs.isRegularFile()) return Optional.empty();
            return Optional.of(new SourceFile(p, displayPath, rel, attrs.size(), attrs.lastModifiedTime(), Files.isSymbolicLink(p)));
        } catch (IOException e) {
            return Optional.empty(); // gone, or a broken link: no article
        }
    }

    public Optional<Article> load(SourceFile source, Problems problems) {
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
                    "move it to content/vi/2024/01/" + Path.of(relativePath).getFileName());
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
            Body kept = bodyFile.<Body>map(f -> Body.InFile.of(f, displayPath, bytes, text.get().length() - body.length()))
                    .orElseGet(() -> Body.held(body));
            return new Article(id, displayPath, meta, kept, split.get().bodyLine());
        });
    }
}
