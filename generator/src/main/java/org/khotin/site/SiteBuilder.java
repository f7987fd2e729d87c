package org.khotin.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.khotin.config.ConfigLoader;
import org.khotin.config.Language;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.content.ContentLoader;
import org.khotin.content.Corpus;
import org.khotin.content.FrontMatterParser;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.khotin.markdown.MarkdownRenderer;
import org.khotin.markdown.RenderedMarkdown;
import org.khotin.output.OutputSink;
import org.khotin.render.I18n;
import org.khotin.render.PagePlanner;
import org.khotin.render.RenderJob;
import org.khotin.render.SiteModel;
import org.khotin.render.TemplateEngine;
import org.khotin.related.RelatedIndex;
import org.khotin.search.SearchIndex;
import org.khotin.taxonomy.Glossary;
import org.khotin.taxonomy.KeywordIndex;

/** The only class that knows the order of the stages. One instance per site folder; builds don't share state. */
public final class SiteBuilder {
    private final Path siteRoot;
    private final Clock clock;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final BuildCache cache = new BuildCache();

    public SiteBuilder(Path siteRoot, Clock clock) {
        this.siteRoot = siteRoot;
        this.clock = clock;
    }

    /** Builds the site into the sink; commits it only when there are no errors. */
    public BuildResult build(SiteConfig config, BuildOptions options, OutputSink sink) {
        Instant start = clock.instant();
        Problems problems = new Problems();
        SiteConfig cfg = options.baseUrl().map(config::withBaseUrl).orElse(config);
        cache.useConfig(cfg);
        options.baseUrl().ifPresent(url -> ConfigLoader.checkBaseUrl(cfg.baseUrl(), SourcePos.file("--base-url"), problems));

        StageTimes times = new StageTimes();
        ArchiveModel model = model(cfg, options, problems, times);
        Corpus corpus = model.corpus();
        KeywordIndex keywords = model.keywords();
        RelatedIndex related = model.related();
        Map<String, RenderedMarkdown> bodies = times.time("markdown", () -> renderMarkdown(corpus));
        Optional<I18n> i18n = I18n.load(templatesDir(cfg), cfg.templatesDir() + "/", problems);

        int pages = 0;
        if (!problems.hasErrors() && i18n.isPresent()) {
            Map<String, OffsetDateTime> lastChanges = options.gitInfo() ? gitDates(cfg, corpus, problems) : Map.of();
            List<RenderJob> jobs = times.time("plan", () -> new PagePlanner(new SiteModel(cfg, corpus, bodies, keywords,
                    related, i18n.get(), lastChanges), options.sitemapMaxUrls()).plan());
            pages = times.time("render", () -> render(jobs, templatesDir(cfg), cfg.templatesDir() + "/", sink, problems));
            copyAssets(templatesDir(cfg).resolve("assets"), sink, problems);
            times.time("search", () -> SearchIndex.build(corpus, keywords, cfg.timeZone(), i18n.get()::shortDate)
                    .forEach((path, bytes) -> write(sink, path, bytes)));
        }
        int files = sink.paths().size();
        times.time("write", () -> finish(sink, problems));
        Map<Language, Integer> counts = new EnumMap<>(Language.class);
        for (Language l : Language.values()) counts.put(l, corpus.articles(l).size());
        return new BuildResult(problems.sorted(), counts, pages, files, Duration.between(start, clock.instant()), corpus,
                keywords, cfg.baseUrl(), times);
    }

    /** The archive as a model, without pages: articles, keywords, related lists (for build, and for commands that explain). */
    public record ArchiveModel(Corpus corpus, KeywordIndex keywords, RelatedIndex related) {}

    /** Runs the model stages; problems are collected, never thrown. */
    public ArchiveModel model(SiteConfig cfg, BuildOptions options, Problems problems) {
        return model(cfg, options, problems, new StageTimes());
    }

    private ArchiveModel model(SiteConfig cfg, BuildOptions options, Problems problems, StageTimes times) {
        Corpus corpus = times.time("load", () -> Corpus.of(loadArticles(cfg, options, problems), problems));
        KeywordIndex keywords = times.time("keywords", () -> KeywordIndex.build(corpus.articles(),
                Glossary.load(siteRoot.resolve(cfg.contentDir()), cfg.contentDir() + "/", problems), problems));
        RelatedIndex related = times.time("related",
                () -> RelatedIndex.build(corpus, keywords, cfg.relatedCount(), cfg.timeZone(), problems));
        return new ArchiveModel(corpus, keywords, related);
    }

    private List<Article> loadArticles(SiteConfig cfg, BuildOptions options, Problems problems) {
        Instant now = clock.instant();
        ContentLoader loader = new ContentLoader(new FrontMatterParser(cfg.timeZone()));
        List<ContentLoader.SourceFile> files = loader.find(siteRoot.resolve(cfg.contentDir()), cfg.contentDir() + "/");
        if (files.isEmpty()) {
            problems.warning(SourcePos.file(cfg.contentDir() + "/"), "no articles found",
                    "add Markdown files under content/vi/<yyyy>/<mm>/, or run 'khotin import'");
        }
        List<BuildCache.ParsedFile> parsed = files.parallelStream().map(f -> parse(loader, f)).toList();
        cache.files.keySet().retainAll(files.stream().map(ContentLoader.SourceFile::displayPath).collect(Collectors.toSet()));
        parsed.forEach(p -> problems.addAll(p.problems()));
        return parsed.stream()
                .flatMap(p -> p.article().stream())
                .filter(a -> options.drafts() || !a.meta().draft())
                .filter(a -> options.future() || !a.meta().date().toInstant().isAfter(now))
                .toList();
    }

    /** Reads a file unless it is unchanged since the last build (same size and time, or same content). */
    private BuildCache.ParsedFile parse(ContentLoader loader, ContentLoader.SourceFile f) {
        BuildCache.ParsedFile old = cache.files.get(f.displayPath());
        try {
            long size = Files.size(f.file());
            FileTime modified = Files.getLastModifiedTime(f.file());
            if (old != null && old.size() == size && old.modified().equals(modified)) return old;
            byte[] bytes = Files.readAllBytes(f.file());
            String sha = sha256(bytes);
            if (old != null && old.sha256().equals(sha)) {
                BuildCache.ParsedFile same = new BuildCache.ParsedFile(size, modified, sha, old.article(), old.problems());
                cache.files.put(f.displayPath(), same);
                return same;
            }
            Problems local = new Problems();
            Optional<Article> article = loader.parse(bytes, f.relativePath(), f.displayPath(), local);
            BuildCache.ParsedFile fresh = new BuildCache.ParsedFile(size, modified, sha, article, local.sorted());
            cache.files.put(f.displayPath(), fresh);
            return fresh;
        } catch (IOException e) {
            cache.files.remove(f.displayPath());
            return new BuildCache.ParsedFile(-1, FileTime.fromMillis(0), "", Optional.empty(),
                    List.of(org.khotin.diag.Problem.error(SourcePos.file(f.displayPath()), "cannot read file: " + e.getMessage(), "")));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Markdown renders in parallel; the map is keyed by id, so the result does not depend on thread timing. */
    private Map<String, RenderedMarkdown> renderMarkdown(Corpus corpus) {
        Map<String, RenderedMarkdown> out = new TreeMap<>();
        corpus.articles().parallelStream()
                .map(a -> Map.entry(a.id(), cache.markdown.computeIfAbsent(a.body(), markdown::render)))
                .toList()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        cache.markdown.keySet().retainAll(corpus.articles().stream().map(Article::body).collect(Collectors.toSet()));
        return out;
    }

    /** Article id → last commit date of its file. */
    private Map<String, OffsetDateTime> gitDates(SiteConfig cfg, Corpus corpus, Problems problems) {
        Optional<Map<String, OffsetDateTime>> byFile = GitHistory.lastChanges(siteRoot, cfg.contentDir());
        if (byFile.isEmpty()) {
            problems.warning(SourcePos.file(cfg.contentDir() + "/"), "--git-info: no git history here",
                    "dates of last change come from 'updated:' instead; in CI, check out with full history");
            return Map.of();
        }
        Map<String, OffsetDateTime> out = new TreeMap<>();
        String prefix = cfg.contentDir() + "/";
        for (Article a : corpus.articles()) {
            OffsetDateTime d = byFile.get().get(a.sourcePath().substring(prefix.length()));
            if (d != null) out.put(a.id(), d);
        }
        return out;
    }

    private int render(List<RenderJob> jobs, Path templatesDir, String displayDir, OutputSink sink, Problems problems) {
        TemplateEngine engine;
        String templatesHash;
        try {
            engine = new TemplateEngine(templatesDir, displayDir);
            templatesHash = hashTree(templatesDir);
        } catch (IOException e) {
            problems.error(SourcePos.file(displayDir), "cannot open templates: " + e.getMessage(), "");
            return 0;
        }
        int written = 0;
        for (RenderJob job : jobs) {
            BuildCache.RenderedPage old = cache.pages.get(job.file());
            byte[] bytes;
            if (old != null && old.templatesHash().equals(templatesHash) && old.job().equals(job)) {
                bytes = old.bytes();
            } else {
                Optional<String> html = engine.render(job, problems);
                if (html.isEmpty()) continue;
                bytes = html.get().getBytes(StandardCharsets.UTF_8);
                cache.pages.put(job.file(), new BuildCache.RenderedPage(templatesHash, job, bytes));
            }
            write(sink, job.file(), bytes);
            written++;
        }
        cache.pages.keySet().retainAll(jobs.stream().map(RenderJob::file).collect(Collectors.toSet()));
        return written;
    }

    /** A hash of every file under the templates folder: any change to the theme renders every page again. */
    private static String hashTree(Path dir) throws IOException {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(f));
                }
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyAssets(Path assets, OutputSink sink, Problems problems) {
        if (!Files.isDirectory(assets)) return;
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(assets)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
            problems.error(SourcePos.file(assets.toString()), "cannot list assets: " + e.getMessage(), "");
            return;
        }
        for (Path f : files) {
            try {
                write(sink, "assets/" + assets.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            } catch (IOException e) {
                problems.error(SourcePos.file(f.toString()), "cannot read asset: " + e.getMessage(), "");
            }
        }
    }

    private static void write(OutputSink sink, String path, byte[] bytes) {
        try {
            sink.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void finish(OutputSink sink, Problems problems) {
        if (problems.hasErrors()) {
            sink.abandon();
            return;
        }
        try {
            sink.commit();
        } catch (IOException e) {
            problems.error(SourcePos.file("public/"), "cannot move the new site into place: " + e.getMessage(),
                    "check that nothing holds the output folder open, then build again");
        }
    }

    private Path templatesDir(SiteConfig cfg) {
        return siteRoot.resolve(cfg.templatesDir());
    }
}
