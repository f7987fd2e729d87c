package org.khotin.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.khotin.output.OutputSink;
import org.khotin.config.Language;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.content.ContentLoader;
import org.khotin.content.Corpus;
import org.khotin.content.FrontMatter;
import org.khotin.diag.Problem;
import org.khotin.diag.Problems;
import org.khotin.diag.Progress;
import org.khotin.markdown.ArticleLinks;
import org.khotin.markdown.MarkdownRenderer;
import org.khotin.markdown.MediaFiles;
import org.khotin.markdown.RenderedMarkdown;
import org.khotin.related.RelatedIndex;
import org.khotin.related.TermCounts;
import org.khotin.render.RenderJob;
import org.khotin.render.SiteModel;
import org.khotin.search.SearchIndex;
import org.khotin.taxonomy.Glossary;
import org.khotin.taxonomy.KeywordIndex;

/**
 * The preview's reuse ({@code khotin serve}), with every rule for when what an earlier build made still holds:
 * <ul>
 * <li>a parsed file, while its size and time, else its bytes, are the same;</li>
 * <li>the corpus, while the same files hold the same articles (edits in place: same id, file, translation key);</li>
 * <li>the keyword index, while the glossary and every article's id and keywords, in order, are the same;</li>
 * <li>related lists, brought up to date by {@link RelatedIndex#update} when only articles' text changed;</li>
 * <li>a body's HTML, while its Markdown is the same (a body with photos or clips is rendered again: its files may change);</li>
 * <li>a page, while its view records and the templates are the same; and, after an edit of what articles hold
 * themselves alone ({@link #sameOutsideItself}), every page that shows none of the edited articles;</li>
 * <li>an edit shown at once, before the full build, only when every save is a plain edit of a known article under
 * the last good build's configuration and options ({@link #plainEdits}).</li>
 * </ul>
 * A new configuration drops everything; a failed build drops the last build's model.
 */
final class PreviewReuse implements Reuse {
    /** An article's body as HTML, with the Markdown it was rendered from. */
    private record BodyHtml(String markdown, RenderedMarkdown html) {}

    /** The last successful build's model and page order. */
    private record Previous(SiteConfig config, BuildOptions options, String templatesHash, SiteModel site,
                            RenderedPage[] pages) {}

    /** The articles a build loaded, in file order, and the corpus made of them (kept after a build without errors). */
    private record Loaded(List<Article> articles, Corpus corpus) {}

    /** The keyword index a build made, with what it was made of and the problems it found. */
    private record Keywords(Corpus corpus, Glossary glossary, KeywordIndex index, List<Problem> problems) {}

    private SiteConfig config;
    /** Clips' bytes by file, with the size and date they had: an unchanged clip is read once, and served as the same array. */
    private final Map<Path, KeptFile> keptFiles = new ConcurrentHashMap<>();

    private record KeptFile(long size, long modified, byte[] bytes) {}
    private final Map<String, ParsedFile> files = new ConcurrentHashMap<>();
    /** By article id: an edit replaces its article's entry. */
    private final Map<String, BodyHtml> bodies = new ConcurrentHashMap<>();
    private final Map<String, RenderedPage> pages = new ConcurrentHashMap<>();
    private final TermCounts termCounts = new TermCounts();
    private String searchTemplatesHash = "";
    private SearchIndex.Documents searchDocuments = SearchIndex.Documents.remembered();
    private volatile List<ContentLoader.SourceFile> found;
    private volatile Loaded loaded;
    private volatile Keywords keywords;
    private volatile Previous previous;

    @Override
    public synchronized void useConfig(SiteConfig cfg) {
        if (!cfg.equals(config)) {
            files.clear();
            pages.clear();
            previous = null;
            loaded = null;
            found = null;
            keywords = null;
            searchDocuments = SearchIndex.Documents.remembered();
            config = cfg;
        }
    }

    @Override
    public Optional<List<ContentLoader.SourceFile>> lastFound() {
        return Optional.ofNullable(found);
    }

    @Override
    public void found(List<ContentLoader.SourceFile> files) {
        found = files;
    }

    @Override
    public boolean holdsBodies() {
        return true;
    }

    @Override
    public ParsedFile parse(ContentLoader loader, ContentLoader.SourceFile f, boolean bodyInFile) {
        ParsedFile old = files.get(f.displayPath());
        try {
            long size = f.size();
            FileTime modified = f.modified();
            if (old != null && old.size() == size && old.modified().equals(modified)) return old;
            byte[] bytes = Files.readAllBytes(f.file());
            String sha = sha256(bytes);
            if (old != null && old.sha256().equals(sha)) {
                ParsedFile same = new ParsedFile(size, modified, sha, old.article(), old.problems());
                files.put(f.displayPath(), same);
                return same;
            }
            Problems local = new Problems();
            Optional<Article> article = loader.parse(bytes, f.relativePath(), f.displayPath(), local);
            ParsedFile fresh = new ParsedFile(size, modified, sha, article, local.sorted());
            files.put(f.displayPath(), fresh);
            return fresh;
        } catch (IOException e) {
            files.remove(f.displayPath());
            return ParsedFile.unreadable(f, e);
        }
    }

    @Override
    public void keepOnly(List<ContentLoader.SourceFile> found) {
        // every file read is kept: more entries than files found are files that went away
        if (files.size() > found.size()) {
            files.keySet().retainAll(found.stream().map(ContentLoader.SourceFile::displayPath).collect(Collectors.toSet()));
        }
    }

    /** The last corpus with the edits put in, if the same files hold the same articles as last time; else anew. */
    @Override
    public Corpus corpus(List<Article> now, Problems problems) {
        Loaded last = loaded;
        loaded = null;
        Corpus corpus = last == null ? null : withEdits(last, now);
        if (corpus == null) corpus = Corpus.of(now, problems);
        // a corpus reused never hides a collision that making it would report: keep only one made without errors
        if (!problems.hasErrors()) loaded = new Loaded(now, corpus);
        return corpus;
    }

    private static Corpus withEdits(Loaded last, List<Article> now) {
        if (now.size() != last.articles().size()) return null;
        List<Article> edited = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            Article was = last.articles().get(i);
            Article is = now.get(i);
            if (was == is) continue;
            if (!was.id().equals(is.id()) || !was.sourcePath().equals(is.sourcePath())
                    || !was.meta().translationKey().equals(is.meta().translationKey())
                    || !was.meta().series().equals(is.meta().series())) {
                return null; // the corpus' checks (one article per key and language, one part per number) must run again
            }
            edited.add(is);
        }
        return edited.isEmpty() ? last.corpus() : last.corpus().replacing(edited);
    }

    /** The last index (with the problems it found) while the glossary and the articles' ids and keywords are the same. */
    @Override
    public KeywordIndex keywords(Corpus corpus, Glossary glossary, Problems problems) {
        Keywords last = keywords;
        KeywordIndex index;
        List<Problem> found;
        if (last != null && keywordsHold(last, corpus, glossary)) {
            index = last.index();
            found = last.problems();
        } else {
            Problems local = new Problems();
            index = KeywordIndex.build(corpus.articles(), glossary, local);
            found = local.sorted();
        }
        problems.addAll(found);
        keywords = new Keywords(corpus, glossary, index, found);
        return index;
    }

    private static boolean keywordsHold(Keywords last, Corpus now, Glossary glossaryNow) {
        if (!last.glossary().entries().equals(glossaryNow.entries())) return false;
        List<Article> was = last.corpus().articles();
        List<Article> is = now.articles();
        if (was.size() != is.size()) return false;
        for (int i = 0; i < is.size(); i++) {
            Article a = was.get(i);
            Article b = is.get(i);
            if (a != b && (!a.id().equals(b.id()) || !a.meta().keywords().equals(b.meta().keywords()))) return false;
        }
        return true;
    }

    /** The last good build's lists brought up to date when only articles' text changed; otherwise made anew. */
    @Override
    public RelatedIndex related(SiteConfig cfg, Corpus corpus, KeywordIndex keywords, Problems problems, Progress progress) {
        Previous last = previous;
        if (last != null && last.config().equals(cfg)) {
            Optional<RelatedIndex.Update> update = last.site().related().update(corpus, keywords, termCounts);
            if (update.isPresent()) return update.get().index();
        }
        return RelatedIndex.build(corpus, keywords, cfg.relatedCount(), cfg.relatedMinScore(), cfg.timeZone(), problems,
                termCounts, progress);
    }

    @Override
    public void copy(OutputSink sink, String path, Path source) throws IOException {
        long size = Files.size(source);
        long modified = Files.getLastModifiedTime(source).toMillis();
        KeptFile kept = keptFiles.get(source);
        if (kept == null || kept.size() != size || kept.modified() != modified) {
            if (size > Integer.MAX_VALUE - 8) {
                throw new IOException("over 2 GB, more than the preview holds in memory (khotin build publishes it)");
            }
            kept = new KeptFile(size, modified, Files.readAllBytes(source));
            keptFiles.put(source, kept);
        }
        sink.write(path, kept.bytes());
    }

    @Override
    public RenderedMarkdown body(Article a, MediaFiles media, ArticleLinks links, MarkdownRenderer markdown) {
        String text = a.body().text();
        // kept by text alone only when nothing else goes into the HTML: photos' sizes, clips, or where linked files' pages are
        if (!media.isEmpty() || ArticleLinks.mayLinkFiles(text)) return markdown.render(text, media, links);
        BodyHtml kept = bodies.get(a.id());
        if (kept != null && kept.markdown().equals(text)) return kept.html();
        // rendered once even when several pages ask at the same time
        return bodies.compute(a.id(), (id, known) -> known != null && known.markdown().equals(text)
                ? known : new BodyHtml(text, markdown.render(text))).html();
    }

    @Override
    public boolean sharesBodiesPerBuild() {
        return false;
    }

    /**
     * Ids of the articles whose own content or related list changed, with {@code withMedia}; empty when more
     * than that changed (an article added, removed or moved; keywords, dates, categories, translations;
     * configuration, templates), so that every page must be made again.
     */
    @Override
    public Optional<Set<String>> changedArticles(SiteConfig cfg, BuildOptions options, String templatesHash, SiteModel now,
                                                 Set<String> withMedia) {
        Previous last = previous;
        if (last == null || !last.config().equals(cfg) || !last.options().equals(options)
                || !last.templatesHash().equals(templatesHash) || !last.site().lastChanges().equals(now.lastChanges())) {
            return Optional.empty();
        }
        SiteModel before = last.site();
        List<Article> was = before.corpus().articles();
        List<Article> is = now.corpus().articles();
        if (was.size() != is.size()) return Optional.empty();
        for (Language lang : Language.values()) {
            if (!before.keywords().keywords(lang).equals(now.keywords().keywords(lang))) return Optional.empty();
        }
        Set<String> changed = new HashSet<>(withMedia);
        for (int i = 0; i < is.size(); i++) {
            Article a = was.get(i);
            Article b = is.get(i);
            if (a == b) continue;
            if (!sameOutsideItself(a, b)) return Optional.empty();
            changed.add(b.id());
        }
        for (Article a : is) {
            if (!before.related().relatedTo(a.id()).equals(now.related().relatedTo(a.id()))) changed.add(a.id());
        }
        return Optional.of(changed);
    }

    /** Whether an edit kept everything by which other pages place, list, count or date the article. */
    private static boolean sameOutsideItself(Article a, Article b) {
        FrontMatter x = a.meta();
        FrontMatter y = b.meta();
        return a.id().equals(b.id()) && a.sourcePath().equals(b.sourcePath())
                && x.date().equals(y.date()) && x.updated().equals(y.updated()) && x.lang() == y.lang()
                && x.slug().equals(y.slug()) && x.keywords().equals(y.keywords()) && x.category().equals(y.category())
                && x.author().equals(y.author()) && x.series().equals(y.series())
                && x.translationKey().equals(y.translationKey()) && x.draft() == y.draft()
                && x.related().equals(y.related()) && x.relatedExclude().equals(y.relatedExclude())
                && x.aliases().equals(y.aliases()); // an old address is a page of its own
    }

    /**
     * The saved articles as they now read when the saves are plain edits, which the preview can show at once from
     * the last good build before a full build: edits of known articles in place. A file added, deleted, renamed or
     * ignored, other keywords, another translation key or id, photos, or a draft or future status that changed are
     * no plain edit: only a full build will do. A file that no longer parses adds its errors to {@code problems}.
     */
    @Override
    public Optional<List<Article>> plainEdits(EditContext context, Corpus corpus, Set<Path> changedFiles, Problems problems) {
        Previous last = previous;
        // another configuration or other options than the last good build's: only a full build will do
        if (last == null || !last.config().equals(context.cfg()) || !last.options().equals(context.options())) {
            return Optional.empty();
        }
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
            if (before.isEmpty() || !isPlainEdit(before.get(), article, context.markdown(), options, context.now())) {
                return Optional.empty();
            }
            edited.add(article);
        }
        return Optional.of(edited);
    }

    /**
     * Whether a saved article can be shown at once from the last good build: the same article in the same file,
     * with the same keywords, translation key and place in a series, still included, and no photos or clips (a full
     * build finds them).
     */
    private static boolean isPlainEdit(Article before, Article after, MarkdownRenderer markdown, BuildOptions options, Instant now) {
        return before.sourcePath().equals(after.sourcePath())
                && markdown.images(after.body().text()).isEmpty() && markdown.images(before.body().text()).isEmpty()
                && after.meta().media().isEmpty() && before.meta().media().isEmpty()
                && before.meta().translationKey().equals(after.meta().translationKey())
                && before.meta().keywords().equals(after.meta().keywords())
                && before.meta().series().equals(after.meta().series())
                && LoadStage.included(after, options, now);
    }

    @Override
    public Optional<RenderedPage[]> lastPages(int planned) {
        Previous last = previous;
        return last != null && last.pages().length == planned ? Optional.of(last.pages()) : Optional.empty();
    }

    @Override
    public Optional<RenderedPage[]> pageSlots(int planned) {
        return Optional.of(new RenderedPage[planned]);
    }

    @Override
    public RenderedPage renderedBefore(RenderJob job, String templatesHash) {
        RenderedPage page = pages.get(job.file());
        return page != null && page.templatesHash().equals(templatesHash) && page.job().equals(job) ? page : null;
    }

    @Override
    public void rendered(RenderedPage page) {
        pages.put(page.job().file(), page);
    }

    @Override
    public void keepOnlyPages(Set<String> written) {
        if (pages.size() > written.size()) pages.keySet().retainAll(written);
    }

    @Override
    public void keepOnlyBodies(List<Article> articles) {
        Article.keepOnlyThese(bodies, articles);
    }

    /** Search documents earlier builds read under these templates; the index reads again only the changed articles. */
    @Override
    public synchronized SearchIndex.Documents searchDocuments(String templatesHash) {
        if (!templatesHash.equals(searchTemplatesHash)) {
            searchDocuments = SearchIndex.Documents.remembered();
            searchTemplatesHash = templatesHash;
        }
        return searchDocuments;
    }

    @Override
    public TermCounts termCounts() {
        return termCounts;
    }

    @Override
    public void succeeded(SiteConfig cfg, BuildOptions options, String templatesHash, SiteModel site,
                          Optional<RenderedPage[]> made) {
        previous = new Previous(cfg, options, templatesHash, site, made.orElseThrow());
    }

    @Override
    public void failed() {
        previous = null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
