package org.khotin.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khotin.config.YamlNode;
import org.khotin.config.YamlReader;
import org.khotin.content.Article;
import org.khotin.content.ContentLoader;
import org.khotin.content.FrontMatterParser;
import org.khotin.diag.Problems;

/** The articles already in the content folder, by path, input hash and title+date, and their keywords. */
final class ExistingArticles {
    record Known(String sourceFile, String sourceSha256, String titleDate) {}

    private final Map<String, Known> byPath = new HashMap<>();
    private final List<KeywordSuggester.Tagged> tagged = new ArrayList<>();
    private final Map<String, String> bySha = new HashMap<>();
    private final Map<String, String> byTitleDate = new HashMap<>();

    static ExistingArticles scan(Path contentDir) {
        ExistingArticles e = new ExistingArticles();
        ContentLoader loader = new ContentLoader(new FrontMatterParser(DateParser.ZONE));
        for (ContentLoader.SourceFile f : loader.find(contentDir, "")) {
            // other files' problems are the build's business; an unreadable one simply is not known
            Optional<Article> article = loader.load(f, new Problems());
            if (article.isEmpty()) {
                undatedDraft(f).ifPresent(k -> e.claim(f.relativePath(), k.sourceSha256(), k.titleDate(), k.sourceFile()));
                continue;
            }
            var meta = article.get().meta();
            e.tagged.add(new KeywordSuggester.Tagged(article.get().lang(), meta.sourceSha256(), meta.keywords()));
            e.claim(f.relativePath(), meta.sourceSha256(),
                    Importer.titleDateKey(meta.title(), Optional.of(meta.date()), meta.sourceSha256()), meta.sourceFile());
        }
        return e;
    }

    /**
     * An import waiting for its date is no article of the build, yet it holds its path: its title and
     * provenance are read from its front matter so that another input never takes its place.
     */
    private static Optional<Known> undatedDraft(ContentLoader.SourceFile f) {
        if (!f.relativePath().contains("/" + Importer.UNDATED + "/")) return Optional.empty();
        try {
            String text = Files.readString(f.file(), StandardCharsets.UTF_8);
            Problems ignored = new Problems();
            FrontMatterParser parser = new FrontMatterParser(DateParser.ZONE);
            Optional<YamlNode> root = parser.split(text, f.displayPath(), ignored)
                    .flatMap(split -> new YamlReader().read(split.yaml(), f.displayPath(), 2, ignored));
            if (root.isEmpty() || !(root.get() instanceof YamlNode.Mapping m)) return Optional.empty();
            Map<String, String> fields = new HashMap<>();
            for (YamlNode.Entry entry : m.entries()) {
                if (entry.value() instanceof YamlNode.Scalar v) fields.put(entry.key(), v.text());
            }
            if (!fields.containsKey("title")) return Optional.empty();
            String sha = fields.getOrDefault("source_sha256", "");
            return Optional.of(new Known(fields.getOrDefault("source_file", ""), sha,
                    Importer.titleDateKey(fields.get("title"), Optional.empty(), sha)));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The articles read, with their keywords: what an import's keyword suggester joins. */
    List<KeywordSuggester.Tagged> tagged() {
        return List.copyOf(tagged);
    }

    void claim(String path, String sha, String titleDate, String sourceFile) {
        byPath.put(path, new Known(sourceFile, sha, titleDate));
        if (!sha.isEmpty()) bySha.putIfAbsent(sha, path);
        byTitleDate.putIfAbsent(titleDate, path);
    }

    Optional<Known> at(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    Optional<String> bySha(String sha) {
        return Optional.ofNullable(bySha.get(sha));
    }

    Optional<String> byTitleDate(String key) {
        return Optional.ofNullable(byTitleDate.get(key));
    }
}
