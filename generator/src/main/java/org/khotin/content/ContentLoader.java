package org.khotin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    /** A Markdown file found under the content folder, with the path messages print. */
    public record SourceFile(Path file, String displayPath, String relativePath) {}

    public List<SourceFile> find(Path contentDir, String displayPrefix) {
        if (!Files.isDirectory(contentDir)) return List.of();
        try (Stream<Path> walk = Files.walk(contentDir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .map(p -> {
                        String rel = contentDir.relativize(p).toString().replace('\\', '/');
                        return new SourceFile(p, displayPrefix + rel, rel);
                    })
                    .sorted((a, b) -> a.relativePath().compareTo(b.relativePath()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
