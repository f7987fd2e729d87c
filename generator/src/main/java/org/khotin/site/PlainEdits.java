package org.khotin.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.content.ContentLoader;
import org.khotin.content.Corpus;
import org.khotin.diag.Problems;
import org.khotin.markdown.MarkdownRenderer;

/**
 * Which saves the preview can show at once, from the last good build, before a full build: edits of known
 * articles in place. A file added, deleted, renamed or ignored, other keywords, another translation key or id,
 * photos, or a draft or future status that changed are no plain edit: only a full build will do.
 */
final class PlainEdits {
    private PlainEdits() {}

    /** What reading the edits needs from the build: its load stage, the Markdown renderer, and the build's settings. */
    record Context(LoadStage load, MarkdownRenderer markdown, SiteConfig cfg, BuildOptions options, Instant now) {}

    /**
     * The edited articles as they now read, or empty when the change is more than a plain edit; a file that no
     * longer parses adds its errors to {@code problems} (the caller shows them instead of pages).
     */
    static Optional<List<Article>> read(Context context, Corpus corpus, Set<Path> changedFiles, Problems problems) {
        SiteConfig cfg = context.cfg();
        BuildOptions options = context.options();
        Path contentDir = context.load().contentDir(cfg).toAbsolutePath().normalize();
        ContentLoader loader = context.load().loader(cfg);
        List<Article> edited = new ArrayList<>();
        for (Path changed : changedFiles) {
            Path file = changed.toAbsolutePath().normalize();
            if (!file.startsWith(contentDir) || !file.toString().endsWith(".md") || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String relative = contentDir.relativize(file).toString().replace('\\', '/');
            if (ContentLoader.isIgnoredPath(relative)) return Optional.empty(); // never published: not an edit to show
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                return Optional.empty(); // gone again: the full build tells
            }
            Reuse.ParsedFile parsed = context.load().parse(loader, new ContentLoader.SourceFile(file, cfg.contentDir() + "/" + relative,
                    relative, attrs.size(), attrs.lastModifiedTime(), false), false);
            problems.addAll(parsed.problems());
            if (parsed.article().isEmpty()) {
                if (problems.hasErrors()) continue;
                return Optional.empty();
            }
            Article article = parsed.article().get();
            Optional<Article> before = corpus.find(article.id());
            if (before.isEmpty() || !PreviewReuse.isPlainEdit(before.get(), article, context.markdown(), options, context.now())) {
                return Optional.empty();
            }
            edited.add(article);
        }
        return Optional.of(edited);
    }
}
