package org.khotin.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.khotin.content.Article;
import org.khotin.content.ContentLoader;
import org.khotin.content.FrontMatterParser;
import org.khotin.diag.Problems;

/** Shared helpers: a fixed clock, converting text, and loading output the way the build does. */
final class ImportFixtures {
    private ImportFixtures() {}

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    static Importer importer() {
        // the product's suggester, as khotin import runs it on each article
        return new Importer(CLOCK, new org.khotin.cli.ExtractedKeywords());
    }

    static Importer.Conversion convert(String text, String fileName) {
        return convert(text.getBytes(StandardCharsets.UTF_8), fileName);
    }

    static Importer.Conversion convert(byte[] bytes, String fileName) {
        return convert(importer(), bytes, fileName);
    }

    static Importer.Conversion convert(Importer importer, byte[] bytes, String fileName) {
        Result<Importer.Conversion> r = importer.convert(bytes, fileName);
        if (r instanceof Result.Failed<Importer.Conversion> f) throw new AssertionError("import failed: " + f.reason());
        return ((Result.Ok<Importer.Conversion>) r).value();
    }

    static String failure(byte[] bytes, String fileName) {
        Result<Importer.Conversion> r = importer().convert(bytes, fileName);
        if (r instanceof Result.Failed<Importer.Conversion> f) return f.reason();
        throw new AssertionError("expected a failure, got " + ((Result.Ok<Importer.Conversion>) r).value().markdown());
    }

    static ScrapedArticle read(String text) {
        Result<ScrapedArticle> r = new ArticleReader(CLOCK).read(new TextPageReader().read(text));
        if (r instanceof Result.Failed<ScrapedArticle> f) throw new AssertionError("read failed: " + f.reason());
        return ((Result.Ok<ScrapedArticle>) r).value();
    }

    /** Parses importer output with the build's own loader; fails the test on any problem. */
    static Article load(String relativePath, String markdown) {
        Problems problems = new Problems();
        ContentLoader loader = new ContentLoader(new FrontMatterParser(DateParser.ZONE));
        Optional<Article> article = loader.parse(markdown.getBytes(StandardCharsets.UTF_8), relativePath,
                "content/" + relativePath, problems);
        if (!problems.sorted().isEmpty() || article.isEmpty()) {
            throw new AssertionError("the build rejects " + relativePath + ": " + problems.sorted() + "\n" + markdown);
        }
        return article.get();
    }

    static List<Importer.Input> inputs(Path... paths) {
        return java.util.Arrays.stream(paths).map(p -> new Importer.Input(p, p.getFileName().toString())).toList();
    }

    static Path write(Path dir, String name, String text) throws java.io.IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** Precomposed â ê ô ă ơ ư đ, tones as separate combining marks: how Windows-1258 stores Vietnamese. */
    static byte[] windows1258(String nfc) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nfc.length(); i++) {
            String d = java.text.Normalizer.normalize(nfc.substring(i, i + 1), java.text.Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            for (char c : d.toCharArray()) {
                if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) tones.append(c);
                else base.append(c);
            }
            out.append(java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFC)).append(tones);
        }
        return out.toString().getBytes(java.nio.charset.Charset.forName("windows-1258"));
    }

}
