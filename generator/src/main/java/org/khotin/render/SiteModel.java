package org.khotin.render;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.khotin.config.Language;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.content.Corpus;
import org.khotin.markdown.RenderedMarkdown;
import org.khotin.related.RelatedIndex;
import org.khotin.taxonomy.KeywordIndex;

/**
 * Everything the pages are made from, after the model stages have run.
 *
 * @param bodyHtml    an article's body as HTML, rendered when a page asks for it: a large archive's HTML is never
 *                    held all at once
 * @param lastChanges when each article last changed according to git (by id); empty without --git-info
 */
public record SiteModel(SiteConfig config, Corpus corpus, Function<Article, RenderedMarkdown> bodyHtml,
                        KeywordIndex keywords, RelatedIndex related, I18n i18n,
                        Map<String, OffsetDateTime> lastChanges) {
    public SiteModel {
        lastChanges = Map.copyOf(lastChanges);
    }

    /** The same site with its bodies' HTML made another way (one that gives the same HTML). */
    public SiteModel withBodyHtml(Function<Article, RenderedMarkdown> html) {
        return new SiteModel(config, corpus, html, keywords, related, i18n, lastChanges);
    }

    /** The articles a language's lists show: its own, plus untranslated Vietnamese ones on the English side. */
    public List<Article> listing(Language lang) {
        if (lang == Language.VI || !config.language(lang).fallback()) return corpus.articles(lang);
        return corpus.articlesWithUntranslated(lang);
    }

    /** When the newest change among these articles happened; the archive's start when there are none. */
    public OffsetDateTime lastChange(List<Article> articles) {
        OffsetDateTime newest = null;
        for (Article a : articles) {
            OffsetDateTime changed = changed(a);
            if (newest == null || changed.isAfter(newest)) newest = changed; // the first of equal instants
        }
        return newest != null ? newest : OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7));
    }

    /** When an article last changed: git's date with --git-info, else front matter {@code updated}, else its date. */
    public OffsetDateTime changed(Article a) {
        OffsetDateTime git = lastChanges.get(a.id());
        if (git != null && git.isAfter(a.meta().date())) return git;
        return a.meta().updated().orElse(a.meta().date());
    }

    public String t(Language lang, UiString key) {
        return i18n.get(lang, key.key());
    }
}
