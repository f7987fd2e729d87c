package org.khotin.render;

import java.util.List;
import java.util.Map;
import org.khotin.config.Language;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.content.Corpus;
import org.khotin.markdown.RenderedMarkdown;
import org.khotin.related.RelatedIndex;
import org.khotin.taxonomy.KeywordIndex;

/** Everything the pages are made from, after the model stages have run. */
public record SiteModel(SiteConfig config, Corpus corpus, Map<String, RenderedMarkdown> bodies,
                        KeywordIndex keywords, RelatedIndex related, I18n i18n) {
    public SiteModel {
        bodies = Map.copyOf(bodies);
    }

    /** The articles a language's lists show: its own, plus untranslated Vietnamese ones on the English side. */
    public List<Article> listing(Language lang) {
        if (lang == Language.VI || !config.language(lang).fallback()) return corpus.articles(lang);
        return corpus.articles().stream()
                .filter(a -> a.lang() == lang || (a.lang() == Language.VI && corpus.translationOf(a).isEmpty()))
                .toList();
    }

    public String t(Language lang, String key) {
        return i18n.get(lang, key);
    }
}
