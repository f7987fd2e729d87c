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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.config.Language;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;

/** Finds and reads every article under the content folder, in a sorted walk; problems are collected. */
public final class ContentLoader {
    private static final Pattern ARTICLE_PATH = Pattern.compile("([^/]+)/(\\d{4})/(\\d{2})/([^/]+)\\.md");

    private final FrontMatterParser parser;

    public ContentLoader(FrontMatterParser parser) {
        this.parser = parser;
    }

    /**
     * A Markdown file found under the content folder, with the path messages print, and its size and time of
     * last change as the folder walk saw them (so that telling whether it changed needs no second look).
     */
    public record SourceFile(Path file, String displayPath, String relativePath, long size, FileTime modified) {}

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
                        found.add(new SourceFile(p, displayPrefix + rel, rel, attrs.size(), attrs.lastModifiedTime()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort((a, b) -> a.relativePath().compareTo(b.relativePath()));
        return List.copyOf(found);
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
