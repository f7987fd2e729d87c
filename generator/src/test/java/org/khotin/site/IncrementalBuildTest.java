package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.config.ConfigLoader;
import org.khotin.config.SiteConfig;
import org.khotin.diag.Problems;
import org.khotin.output.MemorySink;
import org.khotin.testing.Fixtures;
import org.khotin.testing.TestSite;

/** A rebuild that reuses the caches gives exactly what a fresh build gives. */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    private static Map<String, byte[]> build(SiteBuilder builder, TestSite site) {
        Problems problems = new Problems();
        SiteConfig config = new ConfigLoader().load(site.root().resolve("site-config.yml"), "site-config.yml", problems)
                .orElseThrow();
        MemorySink sink = new MemorySink();
        BuildResult result = builder.build(config, BuildOptions.defaults(), sink);
        assertThat(result.problems()).filteredOn(p -> p.isError()).isEmpty();
        return sink.committed();
    }

    private void assertSameAsFresh(SiteBuilder warm, TestSite site) {
        assertSameFiles(build(warm, site), build(new SiteBuilder(site.root(), Clock.systemUTC()), site));
    }

    private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void editsAdditionsDeletionsAndThemeChangesRebuildCorrectly() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        SiteBuilder warm = SiteBuilder.forPreview(site.root(), Clock.systemUTC());
        build(warm, site);

        site.write("content/vi/2020/03/chua-dich.md", "---\ntitle: Tiêu đề mới\ndate: 2020-03-01\nkeywords: [Hòa Bình, mới]\n---\nSửa.\n");
        assertSameAsFresh(warm, site);

        site.write("content/vi/2021/05/them.md", "---\ntitle: Bài thêm\ndate: 2021-05-01\ncategory: Tin\n---\nThêm.\n");
        assertSameAsFresh(warm, site);

        site.delete("content/en/2019/01/review.md");
        assertSameAsFresh(warm, site);

        // a glossary entry relabels a keyword of articles that did not change: their search results show it
        site.write("content/keywords.yml", "- id: hoa-binh\n  vi: tỉnh Hòa Bình\n  en: Hoa Binh province\n  aliases: [Hòa Bình]\n");
        assertSameAsFresh(warm, site);
        assertThat(build(warm, site).entrySet()).anyMatch(e -> e.getKey().startsWith("search/vi/d/")
                && org.khotin.testing.SearchFiles.text(e.getKey(), e.getValue()).contains("tỉnh Hòa Bình"));

        site.write("templates/i18n/vi.yml", site.read("templates/i18n/vi.yml") + "home_heading: Tin mới\n");
        assertSameAsFresh(warm, site);
        assertThat(new String(build(warm, site).get("vi/index.html"))).contains("Tin mới<");
    }

    /** Fifteen articles in three months and two categories, sharing keywords; the first one translated. */
    private static String archive() {
        StringBuilder txt = new StringBuilder();
        String[] keywords = {"Hòa Bình", "Nông nghiệp", "Giáo dục", "Đầu tư", "Y tế"};
        for (int i = 0; i < 15; i++) {
            txt.append(String.format(java.util.Locale.ROOT, """
                    -- content/vi/2021/%02d/bai-%d.md --
                    ---
                    title: Bài số %d về %s
                    slug: bai-%d
                    date: 2021-%02d-%02dT08:00:00+07:00
                    summary: Tóm tắt bài %d.
                    keywords: [%s, %s]
                    category: %s
                    %s---
                    Nội dung bài %d nói về %s và %s ở tỉnh Hòa Bình.
                    """, 1 + i % 3, i, i, keywords[i % 5], i, 1 + i % 3, 1 + i, i, keywords[i % 5], keywords[(i + 2) % 5],
                    i % 2 == 0 ? "Thời sự" : "Kinh tế", i == 0 ? "translation_key: bai-0\n" : "", i,
                    keywords[i % 5].toLowerCase(java.util.Locale.ROOT), keywords[(i + 2) % 5].toLowerCase(java.util.Locale.ROOT)));
        }
        txt.append("""
                -- content/en/2021/01/article-0.md --
                ---
                title: Article zero
                slug: article-0
                date: 2021-01-01T08:00:00+07:00
                summary: Summary zero.
                keywords: [Hòa Bình, Giáo dục]
                translation_key: bai-0
                author: Jane Doe
                ---
                Text of article zero.
                """);
        return txt.toString();
    }

    @Test
    void anEditOfTitlesBodiesOrBylinesRemakesOnlyThePagesThatShowTheArticle() {
        TestSite site = TestSite.create(dir, archive());
        SiteBuilder warm = SiteBuilder.forPreview(site.root(), Clock.systemUTC());
        int total = warm.build(config(site), BuildOptions.defaults(), new MemorySink()).pagesWritten();

        String third = "content/vi/2021/01/bai-3.md";
        site.write(third, site.read(third).replace("title: Bài số 3", "title: Bài số ba"));
        BuildResult titled = assertSameAsFreshBuild(warm, site);
        assertThat(titled.pagesUntouched()).isBetween(1, total - 10);
        assertThat(titled.summary()).contains(titled.pagesUntouched() + " of them unchanged since the last build");

        String seventh = "content/vi/2021/02/bai-7.md";
        site.write(seventh, site.read(seventh) + "\nĐoạn mới về y tế, giáo dục và nông nghiệp ở Hòa Bình.\n");
        assertThat(assertSameAsFreshBuild(warm, site).pagesUntouched()).isPositive();

        String english = "content/en/2021/01/article-0.md";
        site.write(english, site.read(english).replace("Summary zero.", "A new summary.")
                .replace("author: Jane Doe", "author: Jane Doe\nauthor_org: VNA"));
        assertThat(assertSameAsFreshBuild(warm, site).pagesUntouched()).isPositive();

        // a second writer gets a page of their own, and the first writer's page shows the new byline
        site.write(english, site.read(english).replace("author: Jane Doe", "author: Jane Doe - John Roe"));
        assertThat(new String(build(warm, site).get("en/authors/john-roe/index.html"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Article zero");
        assertSameAsFreshBuild(warm, site);

        // a new date moves the article in every list it is on: nothing is taken as it was
        site.write(third, site.read(third).replace("2021-01-04", "2021-01-20"));
        assertThat(assertSameAsFreshBuild(warm, site).pagesUntouched()).isZero();
    }

    /** Builds with the warm builder, checks every file against a fresh build's, and returns the warm result. */
    private static BuildResult assertSameAsFreshBuild(SiteBuilder warm, TestSite site) {
        MemorySink sink = new MemorySink();
        BuildResult result = warm.build(config(site), BuildOptions.defaults(), sink);
        assertThat(result.ok()).isTrue();
        assertSameFiles(sink.committed(), build(new SiteBuilder(site.root(), Clock.systemUTC()), site));
        return result;
    }

    private static SiteConfig config(TestSite site) {
        return new ConfigLoader().load(site.root().resolve("site-config.yml"), "site-config.yml", new Problems()).orElseThrow();
    }

    @Test
    void anEditedArticleIsShownBeforeTheFullBuildExactlyAsTheFullBuildMakesIt() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        SiteBuilder warm = SiteBuilder.forPreview(site.root(), Clock.systemUTC());
        build(warm, site);
        String file = "content/vi/2019/01/tong-ket.md";
        site.write(file, site.read(file).replace("Tóm tắt bài tổng kết.", "Tóm tắt mới.")
                .replace("Đoạn **một**.", "Đoạn **một**, đã sửa."));

        SiteBuilder.EditedPages edited = warm.editedPages(config(site), BuildOptions.defaults(),
                Set.of(site.root().resolve(file))).orElseThrow();

        assertThat(edited.ok()).isTrue();
        // The article and its translation, whose language link carries the article's title.
        String page = "vi/2019/01/tong-ket-cong-tac-nam-2018/index.html";
        assertThat(edited.pages()).containsOnlyKeys(page, "en/2019/01/review-of-2018/index.html");
        assertThat(new String(edited.pages().get(page), StandardCharsets.UTF_8)).contains("đã sửa").contains("Tóm tắt mới.");
        Map<String, byte[]> full = build(warm, site);
        edited.pages().forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(full.get(path)));
        assertThat(new String(full.get("vi/index.html"), StandardCharsets.UTF_8)).contains("Tóm tắt mới.");
    }

    @Test
    void pagesFirstAndTheSearchIndexAfterMakeTheSameSiteAsOneBuild() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        SiteBuilder preview = SiteBuilder.forPreview(site.root(), Clock.systemUTC());
        MemorySink sink = new MemorySink();
        assertThat(preview.buildPages(config(site), BuildOptions.defaults(), sink).ok()).isTrue();
        assertThat(sink.committed().keySet()).noneMatch(f -> f.startsWith("search/"));
        Map<String, byte[]> both = new java.util.TreeMap<>(sink.committed());
        both.putAll(preview.searchIndex());

        assertThat(both.keySet()).anyMatch(f -> f.startsWith("search/vi/"));
        assertSameFiles(both, build(new SiteBuilder(site.root(), Clock.systemUTC()), site));
    }

    /** Pages from the files a watcher reported, then the search index: as the preview builds after a save. */
    private static Map<String, byte[]> fromReported(SiteBuilder preview, TestSite site, Set<Path> reported) {
        MemorySink sink = new MemorySink();
        assertThat(preview.buildPages(config(site), BuildOptions.defaults(), sink, reported).ok()).isTrue();
        Map<String, byte[]> both = new java.util.TreeMap<>(sink.committed());
        both.putAll(preview.searchIndex());
        return both;
    }

    @Test
    void aPreviewToldWhatChangedBuildsWhatAWalkWouldAndAWalkFindsWhatNoOneReported() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        SiteBuilder preview = SiteBuilder.forPreview(site.root(), Clock.systemUTC());
        assertThat(preview.buildPages(config(site), BuildOptions.defaults(), new MemorySink()).ok()).isTrue();
        assertThat(preview.unreportedChanges(config(site))).isEmpty();

        site.write("content/vi/2020/03/chua-dich.md", "---\ntitle: Bài đã sửa\ndate: 2020-03-01\nkeywords: [hòa bình]\n---\nSửa.\n");
        site.write("content/vi/2021/05/them.md", "---\ntitle: Bài thêm\ndate: 2021-05-01\n---\nThêm.\n");
        site.delete("content/en/2019/01/review.md");
        Set<Path> reported = Set.of(site.root().resolve("content/vi/2020/03/chua-dich.md"),
                site.root().resolve("content/vi/2021/05/them.md"), site.root().resolve("content/en/2019/01/review.md"));
        assertSameFiles(fromReported(preview, site, reported), build(new SiteBuilder(site.root(), Clock.systemUTC()), site));

        // a save the watcher missed: the next build does not see it, the walk after it does
        site.write("content/vi/2021/05/them.md", "---\ntitle: Bài thêm, sửa lại\ndate: 2021-05-01\n---\nThêm.\n");
        Map<String, byte[]> stale = fromReported(preview, site, Set.of());
        assertThat(stale).hasEntrySatisfying("vi/2021/05/bai-them/index.html",
                page -> assertThat(new String(page, StandardCharsets.UTF_8)).contains("Bài thêm").doesNotContain("sửa lại"));
        Set<Path> missed = preview.unreportedChanges(config(site));
        assertThat(missed).containsExactly(site.root().resolve("content/vi/2021/05/them.md").toAbsolutePath().normalize());
        assertSameFiles(fromReported(preview, site, missed), build(new SiteBuilder(site.root(), Clock.systemUTC()), site));
        assertThat(preview.unreportedChanges(config(site))).isEmpty();
    }

    @Test
    void changesThatReachBeyondTheArticleWaitForTheFullBuild() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        SiteBuilder warm = SiteBuilder.forPreview(site.root(), Clock.systemUTC());
        build(warm, site);
        String file = "content/vi/2020/03/chua-dich.md";
        site.write(file, site.read(file).replace("[hòa bình]", "[hòa bình, mới]"));
        assertThat(warm.editedPages(config(site), BuildOptions.defaults(), Set.of(site.root().resolve(file)))).isEmpty();

        build(warm, site);
        site.write("content/vi/2021/05/them.md", "---\ntitle: Bài thêm\ndate: 2021-05-01\n---\nThêm.\n");
        assertThat(warm.editedPages(config(site), BuildOptions.defaults(),
                Set.of(site.root().resolve("content/vi/2021/05/them.md")))).isEmpty();
        assertThat(warm.editedPages(config(site), BuildOptions.defaults(),
                Set.of(site.root().resolve("templates/i18n/vi.yml")))).isEmpty();
    }

    @Test
    void aBrokenEditIsReportedWithoutWaitingForTheFullBuild() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        SiteBuilder warm = SiteBuilder.forPreview(site.root(), Clock.systemUTC());
        build(warm, site);
        String file = "content/vi/2020/03/chua-dich.md";
        site.write(file, site.read(file).replace("date: 2020-03-01", "date: 2020-02-30"));
        SiteBuilder.EditedPages edited = warm.editedPages(config(site), BuildOptions.defaults(),
                Set.of(site.root().resolve(file))).orElseThrow();
        assertThat(edited.ok()).isFalse();
        assertThat(edited.pages()).isEmpty();
        assertThat(edited.problems().get(0).format()).contains("chua-dich.md:3:7: error: impossible date");
    }

    @Test
    void aBrokenFileIsReportedAgainOnEveryRebuildUntilFixed() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        SiteBuilder warm = SiteBuilder.forPreview(site.root(), Clock.systemUTC());
        site.write("content/vi/2020/03/chua-dich.md", "---\ntitle: Hỏng\ndate: 2020-02-30\n---\n");
        Problems problems = new Problems();
        SiteConfig config = new ConfigLoader().load(site.root().resolve("site-config.yml"), "site-config.yml", problems).orElseThrow();
        for (int i = 0; i < 2; i++) {
            BuildResult result = warm.build(config, BuildOptions.defaults(), new MemorySink());
            assertThat(result.ok()).isFalse();
            assertThat(result.problems().get(0).format()).contains("chua-dich.md:3:7: error: impossible date");
        }
        site.write("content/vi/2020/03/chua-dich.md", "---\ntitle: Đã sửa\ndate: 2020-02-29\n---\n");
        assertThat(warm.build(config, BuildOptions.defaults(), new MemorySink()).ok()).isTrue();
    }
}
