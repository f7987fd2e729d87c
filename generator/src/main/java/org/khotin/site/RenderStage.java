package org.khotin.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.khotin.diag.Problems;
import org.khotin.diag.Progress;
import org.khotin.output.OutputSink;
import org.khotin.render.PagePlanner;
import org.khotin.render.PlannedPage;
import org.khotin.render.RenderJob;
import org.khotin.render.Theme;
import org.khotin.render.Views;

/** The render stage of one build: the planned pages rendered with the theme and written to the sink, then the sitemap. */
final class RenderStage {
    private final Reuse reuse;
    private final Progress progress;
    private final Theme theme;
    private final OutputSink sink;
    private final Problems problems;

    RenderStage(Reuse reuse, Progress progress, Theme theme, OutputSink sink, Problems problems) {
        this.reuse = reuse;
        this.progress = progress;
        this.theme = theme;
        this.sink = sink;
        this.problems = problems;
    }

    /**
     * Makes, renders and writes the pages several at a time, then the sitemap of them; each page goes to its
     * own file and the sitemap lists them in plan order, so timing cannot change a byte.
     *
     * @param changed   the articles a preview rebuild found changed in themselves alone: a page that shows none
     *                  of them is taken as the last build made it, without making its views
     * @param made      receives each planned page as written, in plan order (in a preview; else it is empty)
     * @param untouched counts the pages taken as they were
     */
    int renderAll(PagePlanner planner, List<PlannedPage> planned, Optional<Set<String>> changed,
                  Optional<Reuse.RenderedPage[]> made, AtomicInteger untouched) {
        progress.stage("render", planned.size(), "pages");
        Optional<Reuse.RenderedPage[]> last = changed.isPresent() ? reuse.lastPages(planned.size()) : Optional.empty();
        Views.SitemapUrl[] sitemapEntries = new Views.SitemapUrl[planned.size()];
        int written = IntStream.range(0, planned.size()).parallel().map(i -> {
            PlannedPage page = planned.get(i);
            Reuse.RenderedPage old = last.map(pages -> pages[i]).orElse(null);
            if (old != null && old.templatesHash().equals(theme.hash()) && !page.showsAnyOf(changed.get())) {
                made.ifPresent(slots -> slots[i] = old);
                sitemapEntries[i] = PagePlanner.sitemapEntry(old.job()).orElse(null);
                SiteBuilder.write(sink, old.job().file(), old.bytes());
                untouched.incrementAndGet();
                progress.advance(1);
                return 1;
            }
            RenderJob job = page.make();
            sitemapEntries[i] = PagePlanner.sitemapEntry(job).orElse(null);
            progress.advance(1);
            Reuse.RenderedPage rendered = render(job);
            made.ifPresent(slots -> slots[i] = rendered);
            return rendered == null ? 0 : 1;
        }).sum();
        List<Views.SitemapUrl> entries = Arrays.stream(sitemapEntries).filter(java.util.Objects::nonNull).toList();
        List<String> sitemapFiles = new ArrayList<>();
        for (RenderJob job : planner.sitemap(entries)) {
            if (render(job) != null) written++;
            sitemapFiles.add(job.file());
        }
        if (made.isPresent()) {
            // what was written is all there is: pages kept for files no longer built go
            Set<String> files = new HashSet<>(sitemapFiles);
            for (Reuse.RenderedPage p : made.get()) if (p != null) files.add(p.job().file());
            reuse.keepOnlyPages(files);
        }
        return written;
    }

    /**
     * Renders one page unless the preview rendered an equal one under the same templates; returns the page
     * written, or null when it could not be rendered.
     */
    private Reuse.RenderedPage render(RenderJob job) {
        Reuse.RenderedPage page = reuse.renderedBefore(job, theme.hash());
        if (page == null) {
            Problems local = new Problems();
            Optional<String> html = theme.engine().render(job, local);
            synchronized (problems) {
                problems.addAll(local.sorted());
            }
            if (html.isEmpty()) return null;
            page = new Reuse.RenderedPage(theme.hash(), job, html.get().getBytes(StandardCharsets.UTF_8));
            reuse.rendered(page);
        }
        SiteBuilder.write(sink, job.file(), page.bytes());
        return page;
    }
}
