package org.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.khotin.config.Fields;
import org.khotin.config.Language;
import org.khotin.config.SiteConfig;
import org.khotin.config.YamlNode;
import org.khotin.config.YamlReader;
import org.khotin.content.FrontMatterParser;
import org.khotin.diag.Problems;
import org.khotin.ingest.Importer;
import org.khotin.ingest.Result;
import org.khotin.ingest.ScrapedArticle;
import org.khotin.taxonomy.ArticleText;
import org.khotin.text.Unicode;

/**
 * A folder of articles as keyword extraction reads them: scraped pages (.txt, .html, .htm) exactly as {@code
 * khotin import} reads them, so that what {@code keywords bench} measures is what an import assigns, and imported
 * Markdown articles (.md, front matter and body). Vietnamese articles only; sorted by path.
 */
final class CorpusReader {
    private CorpusReader() {}

    /** One article: id (file name without extension), its text, and the keywords it already carries. */
    record Read(String id, ArticleText text, List<String> assigned, String lang) {}

    static List<Read> read(Path dir, PrintWriter err) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".md") || n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm");
            }).sorted().toList();
        }
        // scraped pages read as the importer reads them; the clock only dates pages that print no date
        Importer importer = new Importer(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), article -> List.of());
        List<Read> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String id = name.substring(0, name.lastIndexOf('.'));
            if (name.endsWith(".md")) {
                String raw = Unicode.nfc(Files.readString(f, StandardCharsets.UTF_8));
                Optional<Read> read = markdown(raw, f.toString(), id);
                if (read.isEmpty()) err.println(f + ": warning: no front matter; not read");
                read.filter(r -> r.lang().equals("vi")).ifPresent(out::add);
                continue;
            }
            Result<Importer.Conversion> c = importer.convert(Files.readAllBytes(f), name);
            if (c instanceof Result.Ok<Importer.Conversion> ok) {
                ScrapedArticle a = ok.value().article();
                if (a.lang() == Language.VI) out.add(new Read(id, ExtractedKeywords.text(a), a.keywords(), "vi"));
            } else if (c instanceof Result.Failed<Importer.Conversion> failed) {
                err.println(f + ": warning: not read: " + failed.reason());
            }
        }
        return out;
    }

    /** An article in Markdown with front matter, read leniently (keywords need no validation); empty without one. */
    static Optional<Read> markdown(String text, String path, String id) {
        return frontMatter(text, path).map(f -> new Read(id, ArticleText.fromMarkdown(scalar(f.fields(), "title").orElse(""),
                scalar(f.fields(), "summary").orElse(""), f.body()), keywords(f.fields()), f.lang()));
    }

    /** An article's front matter fields, its language and its body. */
    record FrontMatter(YamlNode.Mapping fields, String lang, String body) {}

    /** The front matter of an article in Markdown, read leniently; empty without one. */
    static Optional<FrontMatter> frontMatter(String text, String path) {
        Problems problems = new Problems();
        var split = new FrontMatterParser(SiteConfig.VIETNAM).split(text.replace("\r\n", "\n"), path, problems);
        if (split.isEmpty()) return Optional.empty();
        Optional<YamlNode> yaml = new YamlReader().read(split.get().yaml(), path, 2, problems);
        YamlNode.Mapping m = yaml.filter(y -> y instanceof YamlNode.Mapping).map(y -> (YamlNode.Mapping) y)
                .orElse(new YamlNode.Mapping(List.of(), null));
        String lang = scalar(m, "lang").orElse(path.replace('\\', '/').contains("/en/") ? "en" : "vi");
        return Optional.of(new FrontMatter(m, lang, split.get().body()));
    }

    /** The keywords as the build reads them: a list, or one text separated by commas. */
    static List<String> keywords(YamlNode.Mapping m) {
        Optional<YamlNode> value = m.find("keywords").map(YamlNode.Entry::value);
        if (value.isPresent() && value.get() instanceof YamlNode.Scalar text && text.kind() == YamlNode.ScalarKind.STRING) {
            return Fields.commaSeparated(Unicode.nfc(text.text())).stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
        }
        return value.filter(v -> v instanceof YamlNode.Sequence)
                .map(v -> ((YamlNode.Sequence) v).items().stream().filter(i -> i instanceof YamlNode.Scalar)
                        .map(i -> Unicode.nfc(((YamlNode.Scalar) i).text())).toList())
                .orElse(List.of());
    }

    static Optional<String> scalar(YamlNode.Mapping m, String key) {
        return m.find(key).map(YamlNode.Entry::value).filter(v -> v instanceof YamlNode.Scalar)
                .map(v -> Unicode.nfc(((YamlNode.Scalar) v).text()));
    }
}
