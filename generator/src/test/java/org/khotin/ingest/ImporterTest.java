package org.khotin.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.content.Article;

class ImporterTest {
    static final String ARTICLE = "Tổng kết công tác Tổ chức xây dựng Đảng năm 2018\n\nThứ 7, 05.01.2019 | 15:52:32\n72 lượt xem\n\n"
            + "Chiều 4-1, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị Tổng kết công tác tổ chức xây dựng Đảng năm 2018.\n\n"
            + "Năm 2018, cán bộ, công chức ngành Tổ chức xây dựng Đảng đã chủ động tham mưu.\n\nPhạm Ngọc\n";
    static final String PATH = "vi/2019/01/tong-ket-cong-tac-to-chuc-xay-dung-dang-nam-2018.md";

    @TempDir
    Path dir;

    private ImportReport run(boolean force, boolean dryRun, Path... inputs) throws IOException {
        return ImportFixtures.importer().run(ImportFixtures.inputs(inputs),
                new Importer.Options(dir.resolve("content"), "content", dryRun, force));
    }

    private ImportReport run(Path... inputs) throws IOException {
        return run(false, false, inputs);
    }

    private Path out(String relative) {
        return dir.resolve("content").resolve(relative);
    }

    private static List<String> statuses(ImportReport report) {
        return report.entries().stream().map(e -> e.status().word()).toList();
    }

    @Test
    void importsThenReimportsByteIdentically() throws IOException {
        Path in = ImportFixtures.write(dir, "in/a.txt", ARTICLE);
        ImportReport first = run(in);
        assertEquals(List.of("new"), statuses(first));
        assertEquals("a.txt: new content/" + PATH, first.entries().get(0).lines().get(0));
        byte[] written = Files.readAllBytes(out(PATH));
        ImportFixtures.load(PATH, new String(written, StandardCharsets.UTF_8));

        ImportReport second = run(in);
        assertEquals(List.of("unchanged"), statuses(second));
        assertArrayEquals(written, Files.readAllBytes(out(PATH)));
        assertEquals("1 input: 0 new, 0 updated, 1 unchanged, 0 kept, 0 duplicate, 0 failed", second.summary());
        assertTrue(Files.exists(out(ImportManifest.FILE_NAME)));
    }

    @Test
    void editedFileIsKeptAndForceWritesBesideIt() throws IOException {
        Path in = ImportFixtures.write(dir, "in/a.txt", ARTICLE);
        run(in);
        String edited = Files.readString(out(PATH)).replace("Phạm Ngọc", "Phạm Ngọc (biên tập)")
                .replace("title: Tổng kết", "title: Tổng kết (đã sửa)");
        Files.writeString(out(PATH), edited);

        assertEquals(List.of("kept (edited by hand)"), statuses(run(in)));
        assertEquals(edited, Files.readString(out(PATH)));
        assertFalse(Files.exists(out(PATH + ".import")));

        ImportReport forced = run(true, false, in);
        assertEquals(List.of("kept (edited by hand)"), statuses(forced));
        assertTrue(forced.entries().get(0).detail().endsWith("fresh import written to content/" + PATH + ".import"));
        assertEquals(edited, Files.readString(out(PATH)));
        assertTrue(Files.readString(out(PATH + ".import")).contains("author: Phạm Ngọc\n"));

        // the input changed too: still the editor's file
        Files.writeString(in, ARTICLE.replace("tham mưu.", "tham mưu tích cực."));
        assertEquals(List.of("kept (edited by hand)"), statuses(run(in)));
        assertEquals(edited, Files.readString(out(PATH)));
    }

    @Test
    void changedInputUpdatesAnUntouchedFile() throws IOException {
        Path in = ImportFixtures.write(dir, "in/a.txt", ARTICLE);
        run(in);
        Files.writeString(in, ARTICLE.replace("tham mưu.", "tham mưu tích cực."));
        ImportReport report = run(in);
        assertEquals(List.of("updated"), statuses(report));
        assertTrue(Files.readString(out(PATH)).contains("tham mưu tích cực."));
        assertEquals(List.of("unchanged"), statuses(run(in)));
    }

    @Test
    void sameArticleUnderAnotherNameIsADuplicate() throws IOException {
        Path a = ImportFixtures.write(dir, "in/a.txt", ARTICLE);
        Path sameBytes = ImportFixtures.write(dir, "in/b.txt", ARTICLE);
        Path sameStory = ImportFixtures.write(dir, "in/c.txt", ARTICLE.replace("\n", "\r\n") + "\n\nChia sẻ bài viết\n");
        ImportReport report = run(a, sameBytes, sameStory);
        assertEquals(List.of("new", "duplicate of", "duplicate of"), statuses(report));
        assertEquals("b.txt: duplicate of content/" + PATH, report.entries().get(1).lines().get(0));
        // also across runs
        assertEquals(List.of("duplicate of"), statuses(run(sameStory)));
        assertEquals(List.of("duplicate of"), statuses(run(sameBytes)));
        assertEquals(List.of("unchanged"), statuses(run(a)));
    }

    @Test
    void anArticleWrittenByHandIsNotImportedAgain() throws IOException {
        ImportFixtures.write(dir, "content/" + PATH, "---\ntitle: Tổng kết công tác Tổ chức xây dựng Đảng năm 2018\n"
                + "date: 2019-01-05T15:52:32+07:00\n---\nĐã có.\n");
        Path in = ImportFixtures.write(dir, "in/a.txt", ARTICLE);
        ImportReport report = run(in);
        assertEquals(List.of("duplicate of"), statuses(report));
        assertEquals("a.txt: duplicate of content/" + PATH, report.entries().get(0).lines().get(0));
    }

    @Test
    void differentArticlesWithTheSameTitleInOneMonthGetNumberedSlugs() throws IOException {
        Path a = ImportFixtures.write(dir, "in/a.txt", ARTICLE);
        Path b = ImportFixtures.write(dir, "in/b.txt", ARTICLE.replace("05.01.2019", "09.01.2019")
                .replace("Chiều 4-1", "Chiều 8-1"));
        ImportReport report = run(a, b);
        assertEquals(List.of("new", "new"), statuses(report));
        String second = PATH.replace(".md", "-2.md");
        assertTrue(report.entries().get(1).detail().endsWith(second), report.entries().get(1).detail());
        assertEquals("tong-ket-cong-tac-to-chuc-xay-dung-dang-nam-2018-2",
                ImportFixtures.load(second, Files.readString(out(second))).meta().slug());
        assertEquals(List.of("unchanged", "unchanged"), statuses(run(a, b)));
    }

    @Test
    void anUndatedDraftKeepsItsPlaceWhenAnotherUndatedArticleWithItsTitleComesLater() throws IOException {
        String undated = "Hội nghị tổng kết công tác năm\n\nBan Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác năm.\n";
        Path a = ImportFixtures.write(dir, "in/a.txt", undated);
        assertEquals(List.of("new"), statuses(run(a)));
        String first = "vi/undated/hoi-nghi-tong-ket-cong-tac-nam.md";
        String before = Files.readString(out(first));
        Path b = ImportFixtures.write(dir, "in/b.txt", undated.replace("Ban Tổ chức", "Ban Tuyên giáo"));
        ImportReport later = run(b);
        assertEquals(List.of("new"), statuses(later));
        assertTrue(later.entries().get(0).detail().endsWith(first.replace(".md", "-2.md")), later.entries().get(0).detail());
        assertEquals(before, Files.readString(out(first)));
        assertEquals(List.of("unchanged", "unchanged"), statuses(run(a, b)));
    }

    @Test
    void badInputsFailAndTheOthersAreStillImported() throws IOException {
        Path empty = ImportFixtures.write(dir, "in/1-empty.txt", "");
        Path binary = dir.resolve("in/2-binary.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Path widgets = ImportFixtures.write(dir, "in/3-widgets.txt", "Tiếng Việt | English\n\nChia sẻ bài viết\n");
        Path good = ImportFixtures.write(dir, "in/4-good.txt", ARTICLE);
        Path missing = dir.resolve("in/5-missing.txt");
        ImportReport report = run(empty, binary, widgets, good, missing);
        assertEquals(List.of("failed:", "failed:", "failed:", "new", "failed:"), statuses(report));
        assertEquals("1-empty.txt: failed: empty file", report.entries().get(0).lines().get(0));
        assertEquals("2-binary.txt: failed: binary file (not text)", report.entries().get(1).lines().get(0));
        assertEquals("3-widgets.txt: failed: no article text found", report.entries().get(2).lines().get(0));
        assertEquals("5-missing.txt: failed: no such file", report.entries().get(4).lines().get(0));
        assertFalse(report.ok());
        assertTrue(Files.exists(out(PATH)));
        try (Stream<Path> files = Files.walk(dir.resolve("content"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void folderInputsAreWalkedInOrderAndDryRunWritesNothing() throws IOException {
        ImportFixtures.write(dir, "in/b.txt", ARTICLE.replace("Tổng kết công tác Tổ chức", "Sơ kết công tác Tổ chức"));
        ImportFixtures.write(dir, "in/a.txt", ARTICLE);
        ImportFixtures.write(dir, "in/notes.md", "not an input");
        ImportReport report = ImportFixtures.importer().run(List.of(new Importer.Input(dir.resolve("in"), "in")),
                new Importer.Options(dir.resolve("content"), "content", true, false));
        assertEquals(List.of("in/a.txt", "in/b.txt"), report.entries().stream().map(ImportReport.Entry::input).toList());
        assertEquals(List.of("new", "new"), statuses(report));
        assertTrue(report.summary().endsWith("(dry run: nothing written)"));
        assertFalse(Files.exists(dir.resolve("content")));
    }

    @Test
    void legacyEncodingIsRecordedAndWarned() throws IOException {
        Path in = dir.resolve("in/cp1258.txt");
        Files.createDirectories(in.getParent());
        Files.write(in, ImportFixtures.windows1258(ARTICLE));
        ImportReport report = run(in);
        assertEquals(List.of("new"), statuses(report));
        assertEquals(List.of("encoding converted from windows-1258"), report.entries().get(0).warnings());
        Article a = ImportFixtures.load(PATH, Files.readString(out(PATH)));
        assertEquals("windows-1258", a.meta().sourceEncoding());
        assertEquals("Tổng kết công tác Tổ chức xây dựng Đảng năm 2018", a.meta().title());
    }

    @Test
    void englishArticleGoesToTheEnglishFolder() throws IOException {
        Path in = ImportFixtures.write(dir, "in/en.txt", "Review of Party organisation work in 2018\n\n5 January 2019\n\n"
                + "On the afternoon of 4 January, the Organisation Committee of the Provincial Party Committee held a "
                + "conference to review its work in 2018 and to set the tasks for 2019.\n\nBy Pham Ngoc\n");
        assertEquals(List.of("new"), statuses(run(in)));
        String path = "en/2019/01/review-of-party-organisation-work-in-2018.md";
        Article a = ImportFixtures.load(path, Files.readString(out(path)));
        assertEquals("en", a.meta().lang().code());
        assertEquals("review-of-party-organisation-work-in-2018", a.meta().translationKey());
    }

    @Test
    void htmlPageUsesMetadataAndDropsPageFurniture() throws IOException {
        String html = """
                <!doctype html><html><head><meta charset="utf-8">
                <title>Trang chủ - Báo tỉnh</title>
                <meta property="og:title" content="Hội nghị tổng kết công tác tổ chức xây dựng Đảng - Báo Long An">
                <meta name="author" content="Báo Long An">
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                  "headline":"Hội nghị tổng kết","datePublished":"2022-01-20T11:20:00Z","keywords":["Tỉnh ủy Long An","cán bộ trẻ"]}</script>
                </head><body>
                <header><nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav></header>
                <div class="breadcrumb">Trang chủ &gt; Tin tức</div>
                <article>
                  <h1>Hội nghị tổng kết công tác tổ chức xây dựng Đảng</h1>
                  <p>Chiều 20/01, Tỉnh ủy Long An tổ chức hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2021.</p>
                  <figure><img src="a.jpg"><figcaption>Đồng chí Nguyễn Thanh Hải phát biểu (Ảnh: Kỳ Nam)</figcaption></figure>
                  <p><strong>Nhiệm vụ năm 2022</strong></p>
                  <p>Năm 2022, ngành tập trung đào tạo, bồi dưỡng cán bộ trẻ, cán bộ nữ.</p>
                  <table class="image"><tr><td><img src="b.jpg"></td></tr><tr><td class="image_desc">Quang cảnh hội nghị</td></tr></table>
                  <p>Kỳ Nam</p>
                  <div class="share-buttons"><a>Facebook</a><a>Zalo</a></div>
                  <div id="comments"><p>Bình luận của bạn đọc rất dài và không thuộc bài viết.</p></div>
                </article>
                <aside><p>Tin liên quan: một bài khác hoàn toàn.</p></aside>
                <footer><p>Bản quyền thuộc về Báo tỉnh.</p></footer>
                </body></html>
                """;
        Path in = ImportFixtures.write(dir, "in/page.html", html);
        assertEquals(List.of("new"), statuses(run(in)));
        String path = "vi/2022/01/hoi-nghi-tong-ket-cong-tac-to-chuc-xay-dung-dang.md";
        String md = Files.readString(out(path));
        Article a = ImportFixtures.load(path, md);
        assertEquals("Hội nghị tổng kết công tác tổ chức xây dựng Đảng", a.meta().title());
        assertEquals("2022-01-20T18:20:00+07:00", a.meta().date().format(DateParser.ISO));
        assertEquals("Kỳ Nam", a.meta().author());
        assertEquals(List.of("Tỉnh ủy Long An", "cán bộ trẻ"), a.meta().keywords());
        assertEquals("Chiều 20/01, Tỉnh ủy Long An tổ chức hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2021.\n\n"
                + "*Đồng chí Nguyễn Thanh Hải phát biểu (Ảnh: Kỳ Nam)*\n\n## Nhiệm vụ năm 2022\n\n"
                + "Năm 2022, ngành tập trung đào tạo, bồi dưỡng cán bộ trẻ, cán bộ nữ.\n\n*Quang cảnh hội nghị*\n", a.body().text());
    }

    @Test
    void htmlMetaCharsetIsRespected() throws IOException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">"
                + "<meta property=\"og:title\" content=\"Tổng kết công tác năm 2018\"></head><body><article>"
                + "<p>Ngày đăng: 05/01/2019</p><p>Chiều 4-1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị.</p></article></body></html>";
        Path in = dir.resolve("in/old.htm");
        Files.createDirectories(in.getParent());
        Files.write(in, ImportFixtures.windows1258(html));
        assertEquals(List.of("new"), statuses(run(in)));
        Article a = ImportFixtures.load("vi/2019/01/tong-ket-cong-tac-nam-2018.md",
                Files.readString(out("vi/2019/01/tong-ket-cong-tac-nam-2018.md")));
        assertEquals("Chiều 4-1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị.\n", a.body().text());
        assertEquals("Ngày đăng: 05/01/2019", a.meta().dateRaw());
    }
}
