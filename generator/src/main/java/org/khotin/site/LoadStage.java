package org.khotin.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.content.ContentLoader;
import org.khotin.content.Corpus;
import org.khotin.content.FrontMatterParser;
import org.khotin.diag.Problems;
import org.khotin.diag.Progress;
import org.khotin.diag.SourcePos;

/**
 * The load stage: finds the content folder's Markdown files and parses them into articles, in parallel; in a
 * preview, a file unchanged since the last build (same size and time, or same bytes) is not parsed again.
 */
final class LoadStage {
    private final Path siteRoot;
    private final Clock clock;
    private final Reuse reuse;
    private final Progress progress;
    private final SiteBuilder.BodyResidency bodies;
    private final UnaryOperator<String> leadOf;

    /** @param leadOf the start of a Markdown body as plain text, for an article without a summary */
    LoadStage(Path siteRoot, Clock clock, Reuse reuse, Progress progress, SiteBuilder.BodyResidency bodies,
              UnaryOperator<String> leadOf) {
        this.siteRoot = siteRoot;
        this.leadOf = leadOf;
        this.clock = clock;
        this.reuse = reuse;
        this.progress = progress;
        this.bodies = bodies;
    }

    /** The corpus of the articles a build includes, and those it leaves out (drafts, scheduled) unless asked for them. */
    record Loaded(Corpus corpus, LeftOut leftOut) {}

    /** Why a build leaves an article out unless asked for it. */
    private enum Withheld { DRAFT, SCHEDULED }

    /** The articles a build includes, parsed anew only where their files changed since the last build. */
    Loaded load(SiteConfig cfg, BuildOptions options, Optional<Set<Path>> reported, Problems problems) {
        Instant now = clock.instant();
        ContentLoader loader = loader(cfg);
        Path contentDir = siteRoot.resolve(cfg.contentDir());
        String prefix = cfg.contentDir() + "/";
        Optional<List<ContentLoader.SourceFile>> last = reuse.lastFound();
        List<ContentLoader.SourceFile> files = reported.isPresent() && last.isPresent()
                ? loader.refresh(contentDir, prefix, last.get(), reported.get()).orElseGet(() -> loader.find(contentDir, prefix))
                : loader.find(contentDir, prefix);
        reuse.found(files);
        if (!Files.isDirectory(contentDir)) {
            problems.error(SourcePos.file(prefix), "content folder not found",
                    "content_dir in site-config.yml names it ('" + cfg.contentDir() + "', relative to the folder of"
                            + " site-config.yml): check its spelling");
        } else if (files.stream().allMatch(f -> f.refusal().isPresent())) {
            // a wrong content_dir or an emptied folder would otherwise publish a site without its articles
            problems.error(SourcePos.file(prefix), "no articles found",
                    "check content_dir in site-config.yml ('" + cfg.contentDir() + "'); articles are Markdown files"
                            + " at " + prefix + "vi/<yyyy>/<mm>/<slug>.md ('khotin new' or 'khotin import' make them)");
        }
        progress.stage("load", files.size(), "files");
        boolean bodiesInFiles = bodiesInFiles(files);
        List<Reuse.ParsedFile> parsed = files.parallelStream().map(f -> {
            Reuse.ParsedFile p = parse(loader, f, bodiesInFiles);
            progress.advance(1);
            return p;
        }).toList();
        reuse.keepOnly(files);
        parsed.forEach(p -> problems.addAll(p.problems()));
        List<Article> included = new ArrayList<>();
        int drafts = 0;
        List<OffsetDateTime> scheduled = new ArrayList<>();
        for (Article a : parsed.stream().flatMap(p -> p.article().stream()).toList()) {
            Optional<Withheld> withheld = withheld(a, options, now);
            if (withheld.isEmpty()) included.add(a);
            else if (withheld.get() == Withheld.DRAFT) drafts++;
            else scheduled.add(a.meta().date());
        }
        return new Loaded(reuse.corpus(included, problems), LeftOut.counting(drafts, scheduled, cfg.timeZone()));
    }

    /** Drafts and articles dated in the future are left out unless asked for. */
    static boolean included(Article a, BuildOptions options, Instant now) {
        return withheld(a, options, now).isEmpty();
    }

    private static Optional<Withheld> withheld(Article a, BuildOptions options, Instant now) {
        if (!options.drafts() && a.meta().draft()) return Optional.of(Withheld.DRAFT);
        if (!options.future() && a.meta().date().toInstant().isAfter(now)) return Optional.of(Withheld.SCHEDULED);
        return Optional.empty();
    }

    /**
     * Whether bodies are read from their files when a stage needs them instead of held in memory: for an
     * archive whose text would take more than a sixteenth of the heap (a preview keeps them, to compare
     * edits). Both ways give the same site.
     */
    private boolean bodiesInFiles(List<ContentLoader.SourceFile> files) {
        if (reuse.holdsBodies()) return false;
        if (bodies == SiteBuilder.BodyResidency.FILES) return true;
        if (bodies == SiteBuilder.BodyResidency.MEMORY) return false;
        long total = 0;
        for (ContentLoader.SourceFile f : files) total += f.size();
        return total > Runtime.getRuntime().maxMemory() / 16;
    }

    /** The site's content folder, absolute. */
    Path contentDir(SiteConfig cfg) {
        return siteRoot.resolve(cfg.contentDir());
    }

    /** The content loader: links may lead anywhere in the site's folder. */
    ContentLoader loader(SiteConfig cfg) {
        return new ContentLoader(new FrontMatterParser(cfg.timeZone()), Optional.of(siteRoot), leadOf);
    }

    /** A file parsed, or taken as the last build of a preview parsed it (same size and time, or same bytes). */
    Reuse.ParsedFile parse(ContentLoader loader, ContentLoader.SourceFile f, boolean bodyInFile) {
        if (f.refusal().isPresent()) return Reuse.ParsedFile.unread(f.refusal().get()); // not read, so not kept
        return reuse.parse(loader, f, bodyInFile);
    }
}
