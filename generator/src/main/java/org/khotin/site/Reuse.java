package org.khotin.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.content.ContentLoader;
import org.khotin.content.Corpus;
import org.khotin.diag.Problem;
import org.khotin.diag.Problems;
import org.khotin.diag.Progress;
import org.khotin.diag.SourcePos;
import org.khotin.markdown.ArticleLinks;
import org.khotin.markdown.MarkdownRenderer;
import org.khotin.markdown.MediaFiles;
import org.khotin.markdown.RenderedMarkdown;
import org.khotin.output.OutputSink;
import org.khotin.related.RelatedIndex;
import org.khotin.related.TermCounts;
import org.khotin.render.RenderJob;
import org.khotin.render.SiteModel;
import org.khotin.search.SearchIndex;
import org.khotin.taxonomy.Glossary;
import org.khotin.taxonomy.KeywordIndex;

/**
 * What a build takes from the builds before it in the same process, the one policy {@link SiteBuilder} is given:
 * {@link #none()} for a one-off build ({@code khotin build}), which keeps nothing and holds no more than a build
 * needs; {@link #preview()} for {@code khotin serve}, whose class holds every rule for when a kept result (a
 * parsed file, a body's HTML, a page, the corpus, the keyword index, related lists) still holds.
 */
sealed interface Reuse permits Reuse.None, PreviewReuse {
    static Reuse none() {
        return new None();
    }

    static Reuse preview() {
        return new PreviewReuse();
    }

    /** A parsed file: valid while its size and modification time (then its content hash) are unchanged. */
    record ParsedFile(long size, FileTime modified, String sha256, Optional<Article> article, List<Problem> problems) {
        /** A file that could not be read, with why. */
        static ParsedFile unread(Problem problem) {
            return new ParsedFile(-1, FileTime.fromMillis(0), "", Optional.empty(), List.of(problem));
        }

        static ParsedFile unreadable(ContentLoader.SourceFile f, IOException e) {
            return unread(Problem.error(SourcePos.file(f.displayPath()), "cannot read file: " + e.getMessage(), ""));
        }
    }

    /** A page as written, with the view records and templates it was rendered from. */
    record RenderedPage(String templatesHash, RenderJob job, byte[] bytes) {}

    /** A new configuration: what was kept under another one no longer holds. */
    void useConfig(SiteConfig cfg);

    /** The content files the last build looked at, for a build told which of them changed. */
    Optional<List<ContentLoader.SourceFile>> lastFound();

    /** The content files this build looks at. */
    void found(List<ContentLoader.SourceFile> files);

    /** Whether article bodies stay in memory whatever the archive's size (the preview compares edits by them). */
    boolean holdsBodies();

    /** A content file parsed, or taken as the last build parsed it; {@code bodyInFile}: the body stays in its file. */
    ParsedFile parse(ContentLoader loader, ContentLoader.SourceFile f, boolean bodyInFile);

    /** After the load: the files found are all there is. */
    void keepOnly(List<ContentLoader.SourceFile> files);

    /** The corpus of the articles loaded (checked anew, or the last one with edits in place put in). */
    Corpus corpus(List<Article> loaded, Problems problems);

    /** The keyword index of the corpus, with the problems it finds. */
    KeywordIndex keywords(Corpus corpus, Glossary glossary, Problems problems);

    /** Related lists of the corpus. */
    RelatedIndex related(SiteConfig cfg, Corpus corpus, KeywordIndex keywords, Problems problems, Progress progress);

    /** An article's body as HTML. */
    RenderedMarkdown body(Article a, MediaFiles media, ArticleLinks links, MarkdownRenderer markdown);

    /** Writes a copy of a file as it is (a clip): from the disk, or (the preview, which serves from memory) from the bytes it kept. */
    void copy(OutputSink sink, String path, Path source) throws IOException;

    /** Whether the pages share each body rendered once per build (a one-off build; the preview keeps every body). */
    boolean sharesBodiesPerBuild();

    /**
     * The articles whose own content or related list alone changed since the last build, with those that have
     * photos or clips (such a file may change without its text); empty when every page must be made again.
     */
    Optional<Set<String>> changedArticles(SiteConfig cfg, BuildOptions options, String templatesHash, SiteModel site,
                                          Set<String> withMedia);

    /** The last build's pages in plan order, when this build plans as many; else empty. */
    Optional<RenderedPage[]> lastPages(int planned);

    /** Where this build's pages go in plan order, for the next build; empty when none follows. */
    Optional<RenderedPage[]> pageSlots(int planned);

    /** An equal page rendered before under the same templates, or null. */
    RenderedPage renderedBefore(RenderJob job, String templatesHash);

    /** A page rendered. */
    void rendered(RenderedPage page);

    /** After the render: these are all the files the build wrote pages to. */
    void keepOnlyPages(Set<String> files);

    /** After the render: these are all the articles there are. */
    void keepOnlyBodies(List<Article> articles);

    /** What the search index reads of each article, for the templates under this hash. */
    SearchIndex.Documents searchDocuments(String templatesHash);

    /** Term counts for related news. */
    TermCounts termCounts();

    /** A build without errors, for the next one to start from. */
    void succeeded(SiteConfig cfg, BuildOptions options, String templatesHash, SiteModel site, Optional<RenderedPage[]> pages);

    /** A build with errors: the next one starts afresh. */
    void failed();

    /** What reading saved files needs from the builder: its load stage, the Markdown renderer, the build's settings. */
    record EditContext(LoadStage load, MarkdownRenderer markdown, SiteConfig cfg, BuildOptions options, Instant now) {}

    /** The saved articles when every save is a plain edit the preview can show at once; else empty. */
    Optional<List<Article>> plainEdits(EditContext context, Corpus corpus, Set<Path> changedFiles, Problems problems);

    /** A one-off build: everything is made once, and nothing is kept for a build that does not follow. */
    final class None implements Reuse {
        @Override public void useConfig(SiteConfig cfg) {}
        @Override public void copy(OutputSink sink, String path, Path source) throws IOException { sink.copy(path, source); }
        @Override public Optional<List<ContentLoader.SourceFile>> lastFound() { return Optional.empty(); }
        @Override public void found(List<ContentLoader.SourceFile> files) {}
        @Override public boolean holdsBodies() { return false; }

        @Override
        public ParsedFile parse(ContentLoader loader, ContentLoader.SourceFile f, boolean bodyInFile) {
            try {
                byte[] bytes = Files.readAllBytes(f.file());
                Problems local = new Problems();
                Optional<Article> article = loader.parse(bytes, f.relativePath(), f.displayPath(),
                        bodyInFile ? Optional.of(f.file()) : Optional.empty(), local);
                return new ParsedFile(bytes.length, FileTime.fromMillis(0), "", article, local.sorted());
            } catch (IOException e) {
                return ParsedFile.unreadable(f, e);
            }
        }

        @Override public void keepOnly(List<ContentLoader.SourceFile> files) {}
        @Override public Corpus corpus(List<Article> loaded, Problems problems) { return Corpus.of(loaded, problems); }

        @Override
        public KeywordIndex keywords(Corpus corpus, Glossary glossary, Problems problems) {
            return KeywordIndex.build(corpus.articles(), glossary, problems);
        }

        @Override
        public RelatedIndex related(SiteConfig cfg, Corpus corpus, KeywordIndex keywords, Problems problems, Progress progress) {
            return RelatedIndex.build(corpus, keywords, cfg.relatedCount(), cfg.relatedMinScore(), cfg.timeZone(), problems,
                    TermCounts.forOneBuild(), progress);
        }

        /** Rendered when its page is: a large archive's HTML is never held all at once. */
        @Override
        public RenderedMarkdown body(Article a, MediaFiles media, ArticleLinks links, MarkdownRenderer markdown) {
            return markdown.render(a.body().text(), media, links);
        }

        @Override public boolean sharesBodiesPerBuild() { return true; }

        @Override
        public Optional<Set<String>> changedArticles(SiteConfig cfg, BuildOptions options, String templatesHash, SiteModel site,
                                                     Set<String> withMedia) {
            return Optional.empty();
        }

        @Override public Optional<RenderedPage[]> lastPages(int planned) { return Optional.empty(); }
        @Override public Optional<RenderedPage[]> pageSlots(int planned) { return Optional.empty(); }
        @Override public RenderedPage renderedBefore(RenderJob job, String templatesHash) { return null; }
        @Override public void rendered(RenderedPage page) {}
        @Override public void keepOnlyPages(Set<String> files) {}
        @Override public void keepOnlyBodies(List<Article> articles) {}
        @Override public SearchIndex.Documents searchDocuments(String templatesHash) { return SearchIndex.Documents.forOneBuild(); }
        @Override public TermCounts termCounts() { return TermCounts.forOneBuild(); }

        @Override
        public void succeeded(SiteConfig cfg, BuildOptions options, String templatesHash, SiteModel site,
                              Optional<RenderedPage[]> pages) {}

        @Override public void failed() {}

        /** A one-off build shows no edit: there is no preview to show it. */
        @Override
        public Optional<List<Article>> plainEdits(EditContext context, Corpus corpus, Set<Path> changedFiles, Problems problems) {
            return Optional.empty();
        }
    }
}
