package org.khotin.site;

import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.content.ContentLoader;
import org.khotin.content.Corpus;
import org.khotin.diag.Problem;
import org.khotin.markdown.RenderedMarkdown;
import org.khotin.related.RelatedIndex;
import org.khotin.related.TermCounts;
import org.khotin.search.SearchIndex;
import org.khotin.taxonomy.Glossary;
import org.khotin.taxonomy.KeywordIndex;
import org.khotin.render.RenderJob;

/**
 * What one build can hand to the next in the same process (the preview server): parsed articles by file
 * content, rendered Markdown by body text, and rendered pages by their view records. A page whose view
 * records are equal to last time's, under unchanged templates, is not rendered again.
 */
final class BuildCache {
    /** A parsed file: valid while its size and modification time (then its content hash) are unchanged. */
    record ParsedFile(long size, FileTime modified, String sha256, Optional<Article> article, List<Problem> problems) {}

    record RenderedPage(String templatesHash, RenderJob job, byte[] bytes) {}

    /** An article's body as HTML, with the Markdown it was rendered from. */
    record BodyHtml(String markdown, RenderedMarkdown html) {}

    private final boolean keepPages;
    private SiteConfig config;
    final Map<String, ParsedFile> files = new ConcurrentHashMap<>();
    /** By article id: an edit replaces its article's entry. */
    final Map<String, BodyHtml> markdown = new ConcurrentHashMap<>();
    final Map<String, RenderedPage> pages = new ConcurrentHashMap<>();
    private final TermCounts termCounts = new TermCounts();
    /** Search documents of earlier builds, for the templates (their date texts) under this hash. */
    private String searchTemplatesHash = "";
    private SearchIndex.Documents searchDocuments = SearchIndex.Documents.remembered();

    /**
     * The articles a build loaded, in file order, and the corpus made of them: kept only when that build had no
     * errors, so a corpus that is reused never hides a collision that making it would report.
     */
    record Loaded(List<Article> articles, Corpus corpus) {
        /**
         * The corpus of these articles if they are the same as last time but for edits in place (same id,
         * language and translation key in the same file); else null.
         */
        Corpus withEdits(List<Article> now) {
            if (now.size() != articles.size()) return null;
            List<Article> edited = new java.util.ArrayList<>();
            for (int i = 0; i < now.size(); i++) {
                Article was = articles.get(i);
                Article is = now.get(i);
                if (was == is) continue;
                if (!was.id().equals(is.id()) || !was.sourcePath().equals(is.sourcePath())
                        || !was.meta().translationKey().equals(is.meta().translationKey())) {
                    return null;
                }
                edited.add(is);
            }
            return edited.isEmpty() ? corpus : corpus.replacing(edited);
        }
    }

    /** The keyword index a build made, with what it was made of and the problems it found. */
    record Keywords(Corpus corpus, Glossary glossary, KeywordIndex index, List<Problem> problems) {
        /**
         * Whether the index holds for this corpus and glossary: the same glossary entries, and the same
         * articles in the same order with the same keywords (edits of anything else do not matter).
         */
        boolean holdsFor(Corpus now, Glossary glossaryNow) {
            if (!glossary.entries().equals(glossaryNow.entries())) return false;
            List<Article> was = corpus.articles();
            List<Article> is = now.articles();
            if (was.size() != is.size()) return false;
            for (int i = 0; i < is.size(); i++) {
                Article a = was.get(i);
                Article b = is.get(i);
                if (a != b && (!a.id().equals(b.id()) || !a.meta().keywords().equals(b.meta().keywords()))) return false;
            }
            return true;
        }
    }

    /** The last build's keyword index, when pages are kept; else null. */
    volatile Keywords keywords;

    /** What the last build loaded, when it is worth keeping (see {@link Loaded}); else null. */
    volatile Loaded loaded;

    /** The content files the last build looked at, when pages are kept: a preview told what changed walks no more. */
    volatile List<ContentLoader.SourceFile> found;

    /** The last successful build's model and page order, when pages are kept; null after a failed build. */
    volatile ArticleChanges.Previous previous;

    BuildCache(boolean keepPages) {
        this.keepPages = keepPages;
    }

    /** Term counts for related news: kept across builds only when another build follows, like pages. */
    TermCounts termCounts() {
        return keepPages ? termCounts : TermCounts.forOneBuild();
    }

    /**
     * Search documents that earlier builds read under these templates and the current configuration; the
     * preview's search index reads again only the articles that changed.
     */
    synchronized SearchIndex.Documents searchDocuments(String templatesHash) {
        if (!templatesHash.equals(searchTemplatesHash)) {
            searchDocuments = SearchIndex.Documents.remembered();
            searchTemplatesHash = templatesHash;
        }
        return searchDocuments;
    }

    /** Whether rendered pages are kept: worth their memory only when another build follows in the same process. */
    boolean keepsPages() {
        return keepPages;
    }

    /** Parsing depends on the configuration (time zone, folders): a new one starts afresh. */
    synchronized void useConfig(SiteConfig config) {
        if (!config.equals(this.config)) {
            files.clear();
            pages.clear();
            previous = null;
            loaded = null;
            found = null;
            keywords = null;
            searchDocuments = SearchIndex.Documents.remembered();
            this.config = config;
        }
    }
}
