package org.khotin.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.khotin.config.ConfigLoader;
import org.khotin.config.Language;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.content.Body;
import org.khotin.content.Corpus;
import org.khotin.diag.Problem;
import org.khotin.diag.Problems;
import org.khotin.diag.Progress;
import org.khotin.diag.SourcePos;
import org.khotin.markdown.MarkdownRenderer;
import org.khotin.markdown.MediaFiles;
import org.khotin.media.Media;
import org.khotin.output.OutputFailure;
import org.khotin.output.OutputSink;
import org.khotin.render.I18n;
import org.khotin.render.PagePlanner;
import org.khotin.render.PlannedPage;
import org.khotin.render.RenderJob;
import org.khotin.render.SiteModel;
import org.khotin.render.Theme;
import org.khotin.related.RelatedIndex;
import org.khotin.search.SearchIndex;
import org.khotin.taxonomy.Glossary;
import org.khotin.taxonomy.KeywordIndex;

/** The only class that knows the order of the stages. One instance per site folder; builds don't share state. */
public final class SiteBuilder {
    private final Path siteRoot;
    private final Clock clock;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Media media;
    /** What this builder's builds take from the ones before: nothing ({@code build}), or the preview's caches. */
    private final Reuse reuse;
    private final Progress progress;
    private final LoadStage load;
    private final BodyRendering bodyRendering;
    /** Set after a successful build (or a shown edit), cleared by a failed build. */
    private volatile LastBuild last;

    /** A builder for one build at a time, as the {@code build} command makes: rendered pages are not kept. */
    public SiteBuilder(Path siteRoot, Clock clock) {
        this(siteRoot, clock, Progress.NONE);
    }

    /** @param progress told how far each stage has got, for a long build on a terminal */
    public SiteBuilder(Path siteRoot, Clock clock, Progress progress) {
        this(siteRoot, clock, progress, BodyResidency.BY_SIZE);
    }

    /** @param bodies where article bodies stay between stages (the site is the same either way) */
    public SiteBuilder(Path siteRoot, Clock clock, Progress progress, BodyResidency bodies) {
        this(siteRoot, clock, progress, bodies, Reuse.none());
    }

    private SiteBuilder(Path siteRoot, Clock clock, Progress progress, BodyResidency bodies, Reuse reuse) {
        this.siteRoot = siteRoot;
        this.clock = clock;
        this.progress = progress;
        this.reuse = reuse;
        this.media = new Media(siteRoot, markdown, Optional.of(Media.cacheDir(siteRoot)));
        this.load = new LoadStage(siteRoot, clock, reuse, progress, bodies, markdown::lead);
        this.bodyRendering = new BodyRendering(reuse, markdown);
    }

    /** A builder for builds in a row (the preview): it keeps rendered pages, so unchanged ones are not rendered again. */
    public static SiteBuilder forPreview(Path siteRoot, Clock clock) {
        return new SiteBuilder(siteRoot, clock, Progress.NONE, BodyResidency.MEMORY, Reuse.preview());
    }

    /** Where article bodies stay between the stages that read them (related news, pages, search). */
    public enum BodyResidency {
        /** In memory unless the archive's text would take more than a sixteenth of the heap. */
        BY_SIZE,
        MEMORY,
        /** Read from its file each time: memory stays flat however large the archive. */
        FILES
    }

    /** Builds the site into the sink; commits it only when there are no errors. */
    public BuildResult build(SiteConfig config, BuildOptions options, OutputSink sink) {
        return build(config, options, sink, true, Optional.empty());
    }

    /**
     * Builds everything but the search index, which takes longest and is needed least urgently: the preview
     * shows the pages first and adds the index with {@link #searchIndex()} afterwards.
     */
    public BuildResult buildPages(SiteConfig config, BuildOptions options, OutputSink sink) {
        return build(config, options, sink, false, Optional.empty());
    }

    /**
     * As {@link #buildPages(SiteConfig, BuildOptions, OutputSink)} in a preview that watches the files: the
     * content folder is not walked again, only the reported paths (and linked files) are looked at. A change
     * the watcher missed is found by {@link #unreportedChanges} afterwards.
     *
     * @param reported every path a file watcher reported changed since the last build looked at the files
     */
    public BuildResult buildPages(SiteConfig config, BuildOptions options, OutputSink sink, Set<Path> reported) {
        return build(config, options, sink, false, Optional.of(reported));
    }

    /**
     * The content files that changed since the last build looked at them (added, removed, or another size or
     * time) without a watcher reporting them: a walk of the content folder, for the preview to run after a
     * build from reported changes. Empty when the preview has no files from a last build to compare with.
     */
    public Set<Path> unreportedChanges(SiteConfig config) {
        return reuse.lastFound().map(last -> load.loader(config).changedSince(siteRoot.resolve(config.contentDir()),
                config.contentDir() + "/", last)).orElse(Set.of());
    }

    /** The search index of the last successful build (or shown edit): output path → bytes. */
    public Map<String, byte[]> searchIndex() {
        LastBuild base = last;
        if (base == null) return Map.of();
        SiteModel site = base.site();
        Map<String, byte[]> files = new LinkedHashMap<>();
        SearchIndex.build(site.corpus(), site.keywords(), site.config().timeZone(), site.i18n()::shortDate,
                reuse.searchDocuments(base.theme().hash()), files::put);
        return files;
    }

    private BuildResult build(SiteConfig config, BuildOptions options, OutputSink sink, boolean withSearch,
                              Optional<Set<Path>> reported) {
        Instant start = clock.instant();
        Problems problems = new Problems();
        SiteConfig cfg = options.appliedTo(config);
        reuse.useConfig(cfg);
        options.baseUrl().ifPresent(url -> ConfigLoader.checkBaseUrl(cfg.baseUrl(), SourcePos.file("--base-url"), problems));

        StageTimes times = new StageTimes(progress);
        ArchiveModel model;
        int pages = 0;
        AtomicInteger untouched = new AtomicInteger();
        try {
            model = model(cfg, options, reported, problems, times);
            pages = pages(new BuildContext(cfg, options, sink, problems, times, progress), model, withSearch, untouched);
        } catch (RuntimeException e) {
            Body.ChangedDuringBuild changed = Body.ChangedDuringBuild.causing(e).orElseThrow(() -> e);
            problems.error(SourcePos.file(changed.displayPath()), changed.getMessage(), "build again");
            model = new ArchiveModel(Corpus.of(List.of(), new Problems()),
                    KeywordIndex.build(List.of(), Glossary.empty(), new Problems()), null, LeftOut.NONE);
        }
        int files = sink.count();
        times.time("write", () -> finish(sink, problems));
        progress.end();
        if (problems.hasErrors()) last = null;
        Map<Language, Integer> counts = new EnumMap<>(Language.class);
        for (Language l : Language.values()) counts.put(l, model.corpus().articles(l).size());
        return new BuildResult(problems.sorted(), counts, model.leftOut(), pages, untouched.get(), files,
                Duration.between(start, clock.instant()), model.corpus(), model.keywords(), times);
    }

    /** The page stages: plan, render, search; returns how many pages were written. */
    private int pages(BuildContext ctx, ArchiveModel model, boolean withSearch, AtomicInteger untouched) {
        SiteConfig cfg = ctx.cfg();
        BuildOptions options = ctx.options();
        OutputSink sink = ctx.sink();
        Problems problems = ctx.problems();
        StageTimes times = ctx.times();
        Progress progress = ctx.progress();
        Corpus corpus = options.gitInfo() ? GitHistory.withPastAddresses(siteRoot, cfg, load.loader(cfg), model.corpus()) : model.corpus();
        KeywordIndex keywords = model.keywords();
        RelatedIndex related = model.related();
        Optional<Theme> theme = Theme.open(templatesDir(cfg), cfg.templatesDir() + "/", problems);
        Optional<I18n> i18n = theme.flatMap(t -> I18n.load(t, problems));
        int pages = 0;
        if (!problems.hasErrors() && i18n.isPresent() && theme.isPresent()) {
            Map<String, OffsetDateTime> lastChanges = options.gitInfo() ? GitHistory.lastChangeDates(siteRoot, cfg, corpus, problems) : Map.of();
            Media.Shelf shelf = times.time("media", () -> media.find(corpus.articles(), cfg.contentDir(), problems));
            if (problems.hasErrors()) {
                reuse.failed();
                return 0;
            }
            LongAdder markdownNanos = new LongAdder();
            ArticleFileLinks fileLinks = new ArticleFileLinks(corpus);
            SiteModel outline = new SiteModel(cfg, corpus, a -> StageTimes.adding(markdownNanos,
                    () -> bodyRendering.of(a, shelf.files(a), fileLinks.from(a), problems)),
                    keywords, related, i18n.get(), lastChanges);
            SiteModel site = reuse.sharesBodiesPerBuild() ? times.time("plan", () -> withSharedBodies(outline, options)) : outline;
            PagePlanner planner = new PagePlanner(site, options.sitemapMaxUrls());
            List<PlannedPage> planned = times.time("plan", planner::plan);
            Optional<Set<String>> changed = reuse.changedArticles(cfg, options, theme.get().hash(), site, shelf.articleIds());
            Optional<Reuse.RenderedPage[]> made = reuse.pageSlots(planned.size());
            pages = times.time("render", () -> new RenderStage(reuse, progress, theme.get(), sink, problems).renderAll(planner, planned, changed, made, untouched));
            times.within("render", "markdown", markdownNanos.sum());
            reuse.keepOnlyBodies(corpus.articles());
            for (Theme.File asset : theme.get().assets()) write(sink, asset.path(), asset.bytes());
            times.time("media", () -> media.write(shelf, (path, bytes) -> write(sink, path, bytes),
                    (path, source) -> copy(sink, path, source), problems));
            if (withSearch) {
                times.time("search", () -> {
                    progress.stage("search", SearchIndex.resultFiles(corpus), "result files");
                    SearchIndex.Documents documents = reuse.searchDocuments(theme.get().hash());
                    SearchIndex.build(corpus, keywords, cfg.timeZone(), i18n.get()::shortDate, documents, (path, bytes) -> {
                        write(sink, path, bytes);
                        if (SearchIndex.isResultFile(path)) progress.advance(1);
                    });
                });
            }
            if (!problems.hasErrors()) {
                last = new LastBuild(cfg, options, site, theme.get());
                reuse.succeeded(cfg, options, theme.get().hash(), site, made);
            }
        }
        if (problems.hasErrors()) reuse.failed();
        return pages;
    }

    /**
     * The site with each body that several pages show (its article page and the feeds it is in) rendered
     * once per build instead of once per page. The preview needs none of this: it keeps every body's HTML.
     */
    private static SiteModel withSharedBodies(SiteModel site, BuildOptions options) {
        Map<String, Integer> uses = new PagePlanner(site, options.sitemapMaxUrls()).sharedBodies();
        long budgetChars = Runtime.getRuntime().maxMemory() / 32; // a sixteenth of the heap, at two bytes a char
        return site.withBodyHtml(new SharedBodyHtml(site.bodyHtml(), uses, budgetChars));
    }

    /** What the last successful build was made of, so that an edit can be previewed before the next full build. */
    private record LastBuild(SiteConfig config, BuildOptions options, SiteModel site, Theme theme) {}

    /**
     * The pages of edited articles.
     *
     * @param problems what the edited files have wrong; when there are errors, {@code pages} is empty
     * @param pages    file → bytes of the edited articles' pages and their translations' pages
     */
    public record EditedPages(List<Problem> problems, Map<String, byte[]> pages) {
        public boolean ok() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    /**
     * Renders the pages of edited articles against the last good build, for the preview to show at once; a
     * full build must follow to bring keyword, list and related pages up to date. Empty when the change is
     * more than a plain edit of known articles ({@link Reuse#plainEdits}), or touches templates or configuration:
     * then only a full build will do.
     */
    public Optional<EditedPages> editedPages(SiteConfig config, BuildOptions options, Set<Path> changedFiles) {
        LastBuild base = last;
        SiteConfig cfg = options.appliedTo(config);
        if (base == null || changedFiles.isEmpty()) return Optional.empty();
        Problems problems = new Problems();
        Optional<List<Article>> plain = reuse.plainEdits(new Reuse.EditContext(load, markdown, cfg, options, clock.instant()),
                base.site().corpus(), changedFiles, problems);
        if (plain.isEmpty()) return Optional.empty();
        if (problems.hasErrors()) return Optional.of(new EditedPages(problems.sorted(), Map.of()));
        List<Article> edited = plain.get();
        Corpus editedCorpus = base.site().corpus().replacing(edited);
        ArticleFileLinks fileLinks = new ArticleFileLinks(editedCorpus);
        SiteModel site = new SiteModel(cfg, editedCorpus, a -> bodyRendering.of(a, MediaFiles.NONE, fileLinks.from(a), problems),
                base.site().keywords(), base.site().related(),
                base.site().i18n(), base.site().lastChanges());
        java.util.Set<Article> shown = new java.util.LinkedHashSet<>();
        for (Article a : edited) {
            Article now = editedCorpus.require(a.id());
            shown.add(now);
            editedCorpus.translationOf(now).ifPresent(shown::add); // its link to this article carries the title
        }
        Map<String, byte[]> pages = new TreeMap<>();
        for (RenderJob job : new PagePlanner(site, options.sitemapMaxUrls()).articlePages(List.copyOf(shown))) {
            base.theme().engine().render(job, problems)
                    .ifPresent(html -> pages.put(job.file(), html.getBytes(StandardCharsets.UTF_8)));
        }
        if (problems.hasErrors()) {
            pages.clear();
        } else {
            last = new LastBuild(cfg, options, site, base.theme()); // the next edit builds on this one
        }
        return Optional.of(new EditedPages(problems.sorted(), pages));
    }

    /**
     * The archive as a model, without pages: articles, keywords, related lists (for build, and for commands that
     * explain), and the articles left out of it.
     */
    public record ArchiveModel(Corpus corpus, KeywordIndex keywords, RelatedIndex related, LeftOut leftOut) {}

    /** Runs the model stages; problems are collected, never thrown. */
    public ArchiveModel model(SiteConfig cfg, BuildOptions options, Problems problems) {
        return model(cfg, options, Optional.empty(), problems, new StageTimes());
    }

    private ArchiveModel model(SiteConfig cfg, BuildOptions options, Optional<Set<Path>> reported, Problems problems,
                               StageTimes times) {
        LoadStage.Loaded loaded = times.time("load", () -> load.load(cfg, options, reported, problems));
        Corpus corpus = loaded.corpus();
        KeywordIndex keywords = times.time("keywords", () -> keywords(cfg, corpus, problems));
        RelatedIndex related = times.time("related", () -> reuse.related(cfg, corpus, keywords, problems, progress));
        return new ArchiveModel(corpus, keywords, related, loaded.leftOut());
    }

    private KeywordIndex keywords(SiteConfig cfg, Corpus corpus, Problems problems) {
        Glossary glossary = Glossary.load(siteRoot.resolve(cfg.contentDir()), cfg.contentDir() + "/", problems);
        return reuse.keywords(corpus, glossary, problems);
    }

    static void write(OutputSink sink, String path, byte[] bytes) {
        try {
            sink.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copy(OutputSink sink, String path, Path source) {
        try {
            reuse.copy(sink, path, source);
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
        } catch (OutputFailure e) {
            problems.error(SourcePos.file(e.where()), e.getMessage(), e.hint());
        } catch (IOException e) {
            problems.error(SourcePos.file("public/"), "cannot move the new site into place: " + e.getMessage(),
                    "check that nothing holds the output folder open, then build again");
        }
    }

    private Path templatesDir(SiteConfig cfg) {
        return siteRoot.resolve(cfg.templatesDir());
    }
}
