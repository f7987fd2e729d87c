package org.khotin.serve;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.khotin.config.SiteConfig;
import org.khotin.output.MemorySink;
import org.khotin.site.BuildOptions;
import org.khotin.site.BuildResult;
import org.khotin.site.SiteBuilder;

/**
 * What the preview does after a save, in three steps, each building with the preview's builder and handing the
 * result to its server: the edited articles' pages at once, then every page that depends on them, then the
 * search index. {@link PreviewSession} runs them; the benchmark times these same steps.
 */
public final class SaveSteps {
    private final SiteBuilder builder;
    private final PreviewServer server;
    private final BuildOptions options;

    public SaveSteps(SiteBuilder builder, PreviewServer server, BuildOptions options) {
        this.builder = builder;
        this.server = server;
        this.options = options;
    }

    /**
     * Step 1: the pages of the edited articles among {@code files}, served at once when they could be made;
     * empty when the change is not a plain edit of articles (the next step then does all).
     */
    public Optional<SiteBuilder.EditedPages> showEdited(SiteConfig cfg, Set<Path> files) {
        Optional<SiteBuilder.EditedPages> edited = builder.editedPages(cfg, options, files);
        edited.filter(SiteBuilder.EditedPages::ok).ifPresent(e -> server.update(e.pages()));
        return edited;
    }

    /**
     * Step 2: every page, from the files the watcher reported (empty: walk the content folder), served beside the
     * previous search index unless the build failed or {@code current} says a newer save overtook it.
     */
    public BuildResult rebuildPages(SiteConfig cfg, Optional<Set<Path>> reported, BooleanSupplier current) {
        MemorySink sink = new MemorySink();
        BuildResult result = reported.isPresent() ? builder.buildPages(cfg, options, sink, reported.get())
                : builder.buildPages(cfg, options, sink);
        if (result.ok() && current.getAsBoolean()) server.publish(sink.committed());
        return result;
    }

    /** Step 3: the search index of the pages just built, served unless {@code current} says a newer save overtook it. */
    public Map<String, byte[]> rebuildSearch(BooleanSupplier current) {
        Map<String, byte[]> index = builder.searchIndex();
        if (current.getAsBoolean()) server.publishSearch(index);
        return index;
    }
}
