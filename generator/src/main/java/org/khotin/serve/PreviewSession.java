package org.khotin.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.khotin.config.SiteConfig;
import org.khotin.diag.Problem;
import org.khotin.diag.Problems;
import org.khotin.output.MemorySink;
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
    private SiteWatcher watcher;

    public PreviewSession(Path siteRoot, Path configFile, Function<Problems, Optional<SiteConfig>> loadConfig,
                          BuildOptions options, int port, PrintWriter out, PrintWriter err) throws IOException {
        this.siteRoot = siteRoot;
        this.configFile = configFile;
        this.loadConfig = loadConfig;
        this.options = options;
        this.out = out;
        this.err = err;
        this.builder = SiteBuilder.forPreview(siteRoot, Clock.systemUTC());
        this.server = new PreviewServer(port);
    }

    /** Builds once, then watches for changes. */
    public void start() throws IOException {
        rebuild();
        Optional<SiteConfig> cfg = loadConfig.apply(new Problems());
        String content = cfg.map(SiteConfig::contentDir).orElse("content");
        String templates = cfg.map(SiteConfig::templatesDir).orElse("templates");
        watcher = new SiteWatcher(List.of(siteRoot.resolve(content), siteRoot.resolve(templates)),
                List.of(configFile), this::rebuild);
    }

    public int port() {
        return server.port();
    }

    synchronized void rebuild() {
        rebuild(Set.of());
    }

    /**
     * Rebuilds after these files changed (empty: unknown). An edited article's pages are shown first, then
     * the full build brings every page that depends on it up to date; pages that did not change stay open.
     */
    synchronized void rebuild(Set<Path> changed) {
        Problems problems = new Problems();
        Optional<SiteConfig> cfg = loadConfig.apply(problems);
        if (cfg.isEmpty()) {
            fail(problems.sorted());
            return;
        }
        Optional<SiteBuilder.EditedPages> edited = builder.editedPages(cfg.get(), options, changed);
        if (edited.isPresent() && !edited.get().ok()) {
            fail(edited.get().problems());
            out.flush();
            err.flush();
            return;
        }
        edited.ifPresent(e -> {
            server.update(e.pages());
            out.println("Updated " + e.pages().size() + (e.pages().size() == 1 ? " page" : " pages") + " in "
                    + e.took().toMillis() + " ms; rebuilding what depends on it…");
            out.flush();
        });
        MemorySink sink = new MemorySink();
        BuildResult result = builder.build(cfg.get(), options, sink);
        if (result.ok()) {
            result.problems().forEach(p -> err.println(p.format()));
            server.publish(sink.committed());
            out.println(result.summary() + " (" + result.stages() + ")");
        } else {
            fail(result.problems());
        }
        out.flush();
        err.flush();
    }

    private void fail(List<Problem> problems) {
        problems.forEach(p -> err.println(p.format()));
        server.fail(problems.stream().filter(Problem::isError).map(Problem::format).toList());
        err.println("Build failed; still serving the last good build.");
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) watcher.close();
        server.close();
    }
}
