package org.khotin.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
import org.khotin.taxonomy.Glossary;
import org.khotin.taxonomy.KeywordIndex;

/** The only class that knows the order of the stages. One instance per site folder; builds don't share state. */
public final class SiteBuilder {
    private final Path siteRoot;
    private final Clock clock;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public SiteBuilder(Path siteRoot, Clock clock) {
        this.siteRoot = siteRoot;
        this.clock = clock;
    }

    /** Builds the site into the sink; commits it only when there are no errors. */
    public BuildResult build(SiteConfig config, BuildOptions options, OutputSink sink) {
        Instant start = clock.instant();
        Problems problems = new Problems();
        SiteConfig cfg = options.baseUrl().map(config::withBaseUrl).orElse(config);
        options.baseUrl().ifPresent(url -> ConfigLoader.checkBaseUrl(cfg.baseUrl(), SourcePos.file("--base-url"), problems));

        ArchiveModel model = model(cfg, options, problems);
        Corpus corpus = model.corpus();
        KeywordIndex keywords = model.keywords();
        RelatedIndex related = model.related();
        Map<String, RenderedMarkdown> bodies = renderMarkdown(corpus);
        Optional<I18n> i18n = I18n.load(templatesDir(cfg), cfg.templatesDir() + "/", problems);

        int pages = 0;
        if (!problems.hasErrors() && i18n.isPresent()) {
            List<RenderJob> jobs = new PagePlanner(new SiteModel(cfg, corpus, bodies, keywords, related, i18n.get())).plan();
            pages = render(jobs, templatesDir(cfg), cfg.templatesDir() + "/", sink, problems);
            copyAssets(templatesDir(cfg).resolve("assets"), sink, problems);
        }
        int files = sink.paths().size();
        finish(sink, problems);
        Map<Language, Integer> counts = new EnumMap<>(Language.class);
        for (Language l : Language.values()) counts.put(l, corpus.articles(l).size());
        return new BuildResult(problems.sorted(), counts, pages, files, Duration.between(start, clock.instant()));
    }

    /** The archive as a model, without pages: articles, keywords, related lists (for build, and for commands that explain). */
    public record ArchiveModel(Corpus corpus, KeywordIndex keywords, RelatedIndex related) {}

    /** Runs the model stages; problems are collected, never thrown. */
    public ArchiveModel model(SiteConfig cfg, BuildOptions options, Problems problems) {
        List<Article> loaded = loadArticles(cfg, options, problems);
        Corpus corpus = Corpus.of(loaded, problems);
        Glossary glossary = Glossary.load(siteRoot.resolve(cfg.contentDir()), cfg.contentDir() + "/", problems);
        KeywordIndex keywords = KeywordIndex.build(corpus.articles(), glossary, problems);
        RelatedIndex related = RelatedIndex.build(corpus, keywords, cfg.relatedCount(), cfg.timeZone(), problems);
        return new ArchiveModel(corpus, keywords, related);
    }

    private List<Article> loadArticles(SiteConfig cfg, BuildOptions options, Problems problems) {
        ContentLoader loader = new ContentLoader(new FrontMatterParser(cfg.timeZone()));
        List<ContentLoader.SourceFile> files = loader.find(siteRoot.resolve(cfg.contentDir()), cfg.contentDir() + "/");
        if (files.isEmpty()) {
            problems.warning(SourcePos.file(cfg.contentDir() + "/"), "no articles found",
                    "add Markdown files under content/vi/<yyyy>/<mm>/, or run 'khotin import'");
        }
        return files.parallelStream()
                .map(f -> loader.load(f, problems))
                .flatMap(Optional::stream)
                .filter(a -> options.drafts() || !a.meta().draft())
                .toList();
    }

    /** Markdown renders in parallel; the map is keyed by id, so the result does not depend on thread timing. */
    private Map<String, RenderedMarkdown> renderMarkdown(Corpus corpus) {
        Map<String, RenderedMarkdown> out = new TreeMap<>();
        corpus.articles().parallelStream()
                .map(a -> Map.entry(a.id(), markdown.render(a.body())))
                .toList()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static int render(List<RenderJob> jobs, Path templatesDir, String displayDir, OutputSink sink,
                              Problems problems) {
        TemplateEngine engine;
        try {
            engine = new TemplateEngine(templatesDir, displayDir);
        } catch (IOException e) {
            problems.error(SourcePos.file(displayDir), "cannot open templates: " + e.getMessage(), "");
            return 0;
        }
        int written = 0;
        for (RenderJob job : jobs) {
            Optional<String> html = engine.render(job, problems);
            if (html.isEmpty()) continue;
            write(sink, job.file(), html.get().getBytes(StandardCharsets.UTF_8));
            written++;
        }
        return written;
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
