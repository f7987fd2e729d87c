package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.config.ConfigLoader;
import org.khotin.config.SiteConfig;
import org.khotin.content.FrontMatter;
import org.khotin.diag.Problems;
import org.khotin.output.MemorySink;
import org.khotin.testing.Fixtures;
import org.khotin.testing.TestSite;

/**
 * Every front-matter key, edited in an article while the preview runs: what the preview shows after the save
 * is what a fresh build makes. The list of edits follows {@link FrontMatter#KEYS}: a key added without an edit
 * here fails the first test, so that the preview's reuse rules are tried on it.
 */
class FrontMatterEditsTest {
    private static final String ARTICLE = "content/vi/2019/01/tong-ket.md";

    /** Key → the line that sets it, replacing the article's own line for that key or added to its front matter. */
    private static final Map<String, String> EDITS = new LinkedHashMap<>();

    static {
        EDITS.put("title", "title: Tổng kết công tác tổ chức năm 2018");
        EDITS.put("kicker", "kicker: Tin nổi bật");
        EDITS.put("date", "date: 2019-01-20T08:00:00+07:00");
        EDITS.put("date_raw", "date_raw: \"Thứ Bảy, 05/01/2019 15:52\"");
        EDITS.put("date_estimate", "date_estimate: 2019-01-04");
        EDITS.put("updated", "updated: 2019-01-07T09:30:00+07:00");
        EDITS.put("lang", "lang: vi");
        EDITS.put("slug", "slug: tong-ket-nam-2018");
        EDITS.put("category", "category: Thời sự");
        EDITS.put("series", "series: Tổng kết năm");
        EDITS.put("series_part", "series: Tổng kết năm\nseries_part: 2");
        EDITS.put("summary", "summary: Một tóm tắt khác.");
        EDITS.put("keywords", "keywords: [Ban Tổ chức Tỉnh ủy, Nam Định]");
        EDITS.put("author", "author: Lê Hà");
        EDITS.put("author_org", "author_org: Báo Nam Định");
        EDITS.put("source", "source: Báo Hòa Bình");
        EDITS.put("translation_key", "translation_key: tong-ket-2018");
        EDITS.put("draft", "draft: true");
        EDITS.put("needs_review", "needs_review: [author]");
        EDITS.put("related", "related: [content/vi/2020/03/chua-dich.md]");
        EDITS.put("related_exclude", "related_exclude: [content/vi/2020/03/chua-dich.md]");
        EDITS.put("media", "media: [tong-ket.mp4]");
        EDITS.put("aliases", "aliases: [vi/2019/01/tong-ket-cu/]");
        EDITS.put("source_url", "source_url: https://example.com/tin/tong-ket");
        EDITS.put("source_file", "source_file: tong-ket.txt");
        EDITS.put("source_sha256", "source_sha256: " + "ab".repeat(32));
        EDITS.put("source_encoding", "source_encoding: windows-1258");
    }

    @TempDir
    Path dir;

    @Test
    void everyFrontMatterKeyHasAnEditCase() {
        assertThat(EDITS.keySet()).containsExactlyInAnyOrderElementsOf(FrontMatter.KEYS);
    }

    @Test
    void eachKeyEditedOnAWarmPreviewGivesWhatAFreshBuildGives() {
        for (String key : FrontMatter.KEYS) {
            TestSite site = TestSite.create(dir.resolve(key), Fixtures.BILINGUAL);
            SiteBuilder preview = SiteBuilder.forPreview(site.root(), Clock.systemUTC());
            assertThat(preview.buildPages(config(site), BuildOptions.defaults(), new MemorySink()).ok()).as(key).isTrue();
            site.write(ARTICLE, withLine(site.read(ARTICLE), key, EDITS.get(key)));
            // as the preview builds after a save: the pages from the file the watcher reported, then the search index
            MemorySink sink = new MemorySink();
            assertThat(preview.buildPages(config(site), BuildOptions.defaults(), sink, Set.of(site.root().resolve(ARTICLE))).ok())
                    .as(key).isTrue();
            Map<String, byte[]> warm = new HashMap<>(sink.committed());
            warm.putAll(preview.searchIndex());
            MemorySink fresh = new MemorySink();
            BuildResult result = new SiteBuilder(site.root(), Clock.systemUTC()).build(config(site), BuildOptions.defaults(), fresh);
            assertThat(result.problems()).as(key).filteredOn(p -> p.isError()).isEmpty();
            assertThat(warm.keySet()).as(key).isEqualTo(fresh.committed().keySet());
            fresh.committed().forEach((path, bytes) -> assertThat(warm.get(path)).as(key + ": " + path).isEqualTo(bytes));
        }
    }

    private static SiteConfig config(TestSite site) {
        return new ConfigLoader().load(site.root().resolve("site-config.yml"), "site-config.yml", new Problems()).orElseThrow();
    }

    /** The article with {@code line} setting {@code key}: in place of its own line for it, else before the front matter ends. */
    private static String withLine(String article, String key, String line) {
        Matcher own = Pattern.compile("(?m)^" + key + ":.*$").matcher(article);
        if (own.find()) return article.substring(0, own.start()) + line + article.substring(own.end());
        int end = article.indexOf("\n---", 3);
        return article.substring(0, end) + "\n" + line + article.substring(end);
    }
}
