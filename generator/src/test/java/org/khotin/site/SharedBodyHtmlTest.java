package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.config.ConfigLoader;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.diag.Problems;
import org.khotin.markdown.MarkdownRenderer;
import org.khotin.markdown.RenderedMarkdown;
import org.khotin.output.MemorySink;
import org.khotin.render.I18n;
import org.khotin.render.PagePlanner;
import org.khotin.render.SiteModel;
import org.khotin.render.UrlScheme;
import org.khotin.testing.Fixtures;
import org.khotin.testing.TestSite;

/** A body shown by an article page and by feeds is rendered once per build, and not kept after its last use. */
class SharedBodyHtmlTest {
    @TempDir
    Path dir;

    /** 25 articles on one keyword, so that its feeds (20 entries) leave the oldest out, and one on another. */
    private static String archive() {
        StringBuilder txtar = new StringBuilder();
        for (int i = 1; i <= 25; i++) {
            txtar.append(String.format(Locale.ROOT, "-- content/vi/2021/%02d/bai-%d.md --\n", 1 + i % 12, i)).append(String.format(Locale.ROOT, """
                    ---
                    title: Bài số %d
                    date: 2021-%02d-%02dT08:00:00+07:00
                    summary: Tóm tắt %d.
                    keywords: [Kinh tế, Đồng bằng]
                    category: Thời sự
                    ---
                    Đoạn **%d**.
                    """, i, 1 + i % 12, 1 + i, i, i));
        }
        txtar.append("""
                -- content/vi/2022/01/rieng.md --
                ---
                title: Bài riêng
                date: 2022-01-02T08:00:00+07:00
                keywords: [Giáo dục]
                ---
                Nội dung.
                """);
        return txtar.toString();
    }

    private static SiteConfig config(TestSite site) {
        return new ConfigLoader().load(site.root().resolve("site-config.yml"), "site-config.yml", new Problems()).orElseThrow();
    }

    @Test
    void eachArticleIsCountedOnceForItsPageAndOnceForEveryFeedThatShowsItsBody() {
        TestSite site = TestSite.create(dir, archive());
        SiteConfig cfg = config(site);
        MemorySink sink = new MemorySink();
        SiteBuilder builder = new SiteBuilder(site.root(), Clock.systemUTC());
        assertThat(builder.build(cfg, BuildOptions.defaults(), sink).ok()).isTrue();

        Problems problems = new Problems();
        SiteBuilder.ArchiveModel model = builder.model(cfg, BuildOptions.defaults(), problems);

        // What the built feeds show of each article's body: article URL → number of feeds whose entry holds its
        // text (a summary-less article's summary is its lead, taken from the Markdown when it is read).
        Map<String, Integer> inFeeds = new HashMap<>();
        Pattern entry = Pattern.compile("<entry[ >].*?<link[^>]*href=\"([^\"]+)\".*?</entry>", Pattern.DOTALL);
        sink.committed().forEach((path, bytes) -> {
            if (!path.endsWith("feed.xml")) return;
            Matcher m = entry.matcher(new String(bytes, StandardCharsets.UTF_8));
            while (m.find()) {
                String url = m.group(1).replace(cfg.baseUrl(), "");
                if (m.group().contains("<content")) inFeeds.merge(url, 1, Integer::sum);
            }
        });
        assertThat(inFeeds).isNotEmpty();

        SiteModel siteModel = new SiteModel(cfg, model.corpus(), a -> new RenderedMarkdown(""), model.keywords(),
                model.related(), I18n.load(org.khotin.render.Theme.open(site.root().resolve("templates"), "templates/", problems).orElseThrow(), problems).orElseThrow(), Map.of());
        Map<String, Integer> expected = new HashMap<>();
        for (Article a : model.corpus().articles()) {
            Integer feeds = inFeeds.get(UrlScheme.article(a));
            if (feeds != null) expected.put(a.id(), feeds + 1);
        }
        assertThat(new PagePlanner(siteModel, 50_000).sharedBodies()).isEqualTo(expected);
        // The oldest articles are in no feed: each of their bodies is shown by its page alone.
        assertThat(expected).hasSizeLessThan(model.corpus().articles().size());
    }

    @Test
    void aSharedBodyIsRenderedOnceAndDroppedAfterItsLastUse() {
        List<Article> articles = articles();
        Article shared = articles.stream().filter(a -> a.body().text().contains("**một**")).findFirst().orElseThrow();
        Article single = articles.stream().filter(a -> a != shared).findFirst().orElseThrow();
        Map<String, AtomicInteger> renders = new ConcurrentHashMap<>();
        MarkdownRenderer markdown = new MarkdownRenderer();
        Function<Article, RenderedMarkdown> counting = a -> {
            renders.computeIfAbsent(a.id(), id -> new AtomicInteger()).incrementAndGet();
            return markdown.render(a.body().text());
        };
        SharedBodyHtml html = new SharedBodyHtml(counting, Map.of(shared.id(), 3, single.id(), 1), 1_000_000);

        RenderedMarkdown first = html.apply(shared);
        assertThat(html.keptChars()).isEqualTo(first.html().length());
        assertThat(html.apply(shared)).isEqualTo(first);
        assertThat(html.apply(shared)).isEqualTo(first);
        html.apply(single);
        html.apply(single); // asked for more often than counted: rendered again, never kept

        assertThat(renders.get(shared.id())).hasValue(1);
        assertThat(renders.get(single.id())).hasValue(2);
        assertThat(html.keptChars()).isZero();
        assertThat(first.html()).contains("<strong>");
    }

    @Test
    void pastItsBudgetABodyIsRenderedAgainWithTheSameHtml() {
        Article shared = articles().get(0);
        AtomicInteger renders = new AtomicInteger();
        MarkdownRenderer markdown = new MarkdownRenderer();
        SharedBodyHtml html = new SharedBodyHtml(a -> {
            renders.incrementAndGet();
            return markdown.render(a.body().text());
        }, Map.of(shared.id(), 2), 10);

        assertThat(html.apply(shared)).isEqualTo(html.apply(shared));
        assertThat(renders).hasValue(2);
        assertThat(html.keptChars()).isZero();
    }

    private List<Article> articles() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        return new SiteBuilder(site.root(), Clock.systemUTC())
                .model(config(site), BuildOptions.defaults(), new Problems()).corpus().articles().stream()
                .sorted(java.util.Comparator.comparing(Article::id)).toList();
    }
}
