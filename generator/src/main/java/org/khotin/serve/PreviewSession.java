package org.khotin.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.khotin.config.SiteConfig;
import org.khotin.diag.Problem;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.khotin.site.BuildOptions;
import org.khotin.site.BuildResult;
import org.khotin.site.SiteBuilder;

/**
 * One preview: builds the site into memory, serves it, and rebuilds on every change to content, templates
 * or configuration. The same {@link SiteBuilder} is reused, so unchanged articles and pages come from its
 * caches. A failed build leaves the last good site served and shows its errors in the browser.
 */
public final class PreviewSession implements AutoCloseable {
    private final Path siteRoot;
    private final Path configFile;
    private final Function<Problems, Optional<SiteConfig>> loadConfig;
    private final BuildOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final SiteBuilder builder;
    private final PreviewServer server;
    private final SaveSteps steps;
    private SiteWatcher watcher;
    /**
     * The paths the watcher reported since the last full build took them, or null when it lost track (and
     * before it watches): the next full build then walks the content folder.
     */
    private Set<Path> reported;
    /** Counts changes, so that a full build overtaken by a newer change is not published. */
    private final AtomicLong generation = new AtomicLong();
    /** Full builds run one at a time, in the background, so an edit never waits for one to be shown. */
    private final ExecutorService fullBuilds = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "khotin-full-build");
        t.setDaemon(true);
        return t;
    });

    public PreviewSession(Path siteRoot, Path configFile, Function<Problems, Optional<SiteConfig>> loadConfig,
                          BuildOptions options, int port, PrintWriter out, PrintWriter err) throws IOException {
        this.siteRoot = siteRoot;
        this.configFile = configFile;
        this.loadConfig = loadConfig;
        this.out = out;
        this.err = err;
        this.builder = SiteBuilder.forPreview(siteRoot, Clock.systemUTC());
        this.server = new PreviewServer(port);
        // the preview is a site at its own address: what the pages link absolutely (the not-found page's links,
        // feeds, canonical addresses) leads within it, unless --base-url names another
        this.options = options.baseUrl().isPresent() ? options
                : options.withBaseUrl("http://127.0.0.1:" + server.port() + "/");
        this.steps = new SaveSteps(builder, server, this.options);
    }

    /** Watches for changes, then builds once: nothing that changes meanwhile goes unseen. */
    public void start() throws IOException {
        Optional<SiteConfig> cfg = Optional.empty();
        try {
            cfg = loadConfig.apply(new Problems());
        } catch (RuntimeException e) {
            // watch the usual folders; the first build below shows the failure
        }
        String content = cfg.map(SiteConfig::contentDir).orElse("content");
        String templates = cfg.map(SiteConfig::templatesDir).orElse("templates");
        watcher = new SiteWatcher(List.of(siteRoot.resolve(content), siteRoot.resolve(templates)),
                List.of(configFile), files -> guarded(() -> changed(files)));
        long first = generation.get();
        guarded(() -> fullBuild(first));
    }

    /**
     * Runs a build step so that a bug in it (an exception, a stack overflow) does not end the preview or
     * print a stack trace: it is shown like a build error, over the last good build.
     */
    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | StackOverflowError e) {
            String what = e instanceof StackOverflowError ? "stack overflow" : e.toString();
            fail(List.of(Problem.error(SourcePos.file("khotin"),
                    "internal error: " + what + " (please report this with the command you ran)",
                    "the preview goes on serving the last good build; undoing the last change may help")));
        }
    }

    public int port() {
        return server.port();
    }

    /**
     * Files changed (empty: unknown which). Edited articles' pages are shown at once; a full build then runs
     * in the background and brings every page that depends on them up to date. Another save meanwhile is
     * shown at once too, and makes the running full build's result stale: only the newest one is published.
     */
    void changed(Set<Path> files) {
        long received = System.nanoTime();
        report(files);
        long current = generation.incrementAndGet();
        Problems problems = new Problems();
        Optional<SiteConfig> cfg = loadConfig.apply(problems);
        if (cfg.isEmpty()) {
            fail(problems.sorted());
            return;
        }
        Optional<SiteBuilder.EditedPages> edited = steps.showEdited(cfg.get(), files);
        if (edited.isPresent() && !edited.get().ok()) {
            fail(edited.get().problems());
            return;
        }
        edited.ifPresent(e -> {
            // from the watcher's call to the page handed to the browser
            log(out, "Updated " + e.pages().size() + (e.pages().size() == 1 ? " page" : " pages") + " in "
                    + (System.nanoTime() - received) / 1_000_000 + " ms; rebuilding what depends on it…");
        });
        fullBuilds.execute(() -> guarded(() -> {
            if (generation.get() == current) fullBuild(current);
        }));
    }

    private synchronized void report(Set<Path> files) {
        if (files.isEmpty()) {
            reported = null; // the watcher lost track: walk
        } else if (reported != null) {
            reported.addAll(files);
        }
    }

    /** The paths reported since the last call, or empty when the content folder must be walked; starts afresh. */
    private synchronized Optional<Set<Path>> takeReported() {
        Optional<Set<Path>> taken = Optional.ofNullable(reported).map(Set::copyOf);
        reported = new java.util.HashSet<>();
        return taken;
    }

    private void fullBuild(long started) {
        Problems problems = new Problems();
        Optional<SiteConfig> cfg = loadConfig.apply(problems);
        if (cfg.isEmpty()) {
            fail(problems.sorted());
            return;
        }
        Optional<Set<Path>> since = takeReported();
        java.util.function.BooleanSupplier current = () -> generation.get() == started;
        // Pages first, beside the previous search index; the new index follows as soon as it is ready.
        BuildResult result = steps.rebuildPages(cfg.get(), since, current);
        if (!current.getAsBoolean()) return; // a newer change came in; its own build follows
        if (!result.ok()) {
            fail(result.problems());
            return;
        }
        result.problems().forEach(p -> err.println(p.format()));
        log(out, result.summary() + " (" + result.stages() + ")");
        long start = System.nanoTime();
        steps.rebuildSearch(current);
        if (!current.getAsBoolean()) return;
        log(out, "Search index updated in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        if (since.isEmpty() || generation.get() != started) return;
        // The build trusted the watcher; a walk now, off the path of the save, finds what it may have missed
        // (unless another change came in meanwhile: its own build looks then).
        Set<Path> missed = builder.unreportedChanges(cfg.get());
        if (!missed.isEmpty() && generation.get() == started) {
            log(out, missed.size() + (missed.size() == 1 ? " file" : " files") + " changed without the watcher saying so; rebuilding");
            changed(missed);
        }
    }

    private static synchronized void log(PrintWriter to, String line) {
        to.println(line);
        to.flush();
    }

    private void fail(List<Problem> problems) {
        problems.forEach(p -> err.println(p.format()));
        server.fail(problems.stream().filter(Problem::isError).map(Problem::format).toList());
        log(err, server.servesASite() ? "Build failed; still serving the last good build."
                : "Build failed; no page to serve until the errors above are fixed (open pages show them).");
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) watcher.close();
        fullBuilds.shutdownNow();
        server.close();
    }
}
