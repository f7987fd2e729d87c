package org.khotin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.cli.Main;

class ImportCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void importsAFolderAndReportsEachInput() throws IOException {
        Path in = ImportFixtures.write(dir, "seeds/a.txt", ImporterTest.ARTICLE);
        String into = dir.resolve("content").toString();
        Run first = run("import", in.getParent().toString(), "--into", into);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("a.txt: new " + into + "/" + ImporterTest.PATH), first.out());
        assertTrue(first.out().endsWith("1 input: 1 new, 0 updated, 0 unchanged, 0 kept, 0 duplicate, 0 failed"
                + System.lineSeparator()), first.out());

        Run second = run("import", in.toString(), "--into", into);
        assertEquals(0, second.exit());
        assertTrue(second.out().contains("a.txt: unchanged"), second.out());
    }

    @Test
    void exitsOneWhenAnInputFailsButImportsTheRest() throws IOException {
        Path good = ImportFixtures.write(dir, "in/good.txt", ImporterTest.ARTICLE);
        Path empty = ImportFixtures.write(dir, "in/empty.txt", "");
        Path pdf = ImportFixtures.write(dir, "in/bao.pdf", "%PDF-1.4");
        Run r = run("import", good.toString(), empty.toString(), pdf.toString(), "--into", dir.resolve("content").toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("empty.txt: failed: empty file"), r.out());
        // what the importer does read, exports included
        assertTrue(r.out().contains("bao.pdf: failed: not a file khotin imports: a page (.txt, .html, .htm) or an export "
                + "(.csv, .jsonl, .ndjson)"), r.out());
        assertTrue(Files.exists(dir.resolve("content").resolve(ImporterTest.PATH)));
    }

    @Test
    void dryRunAndForceAreOptions() throws IOException {
        Path good = ImportFixtures.write(dir, "in/good.txt", ImporterTest.ARTICLE);
        Run r = run("import", "--dry-run", "--force", good.toString(), "--into", dir.resolve("content").toString());
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("(dry run: nothing written)"), r.out());
        assertTrue(Files.notExists(dir.resolve("content")));
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("import", "--nonsense");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--nonsense"), r.err());
    }

    /** A district's news naming its two leaders, as a day's import into an archive that has their keyword pages. */
    private static final String DISTRICT_NEWS = """
            Huyện Đông Sơn sơ kết sáu tháng thực hiện chuyển đổi số

            Sáng 20/6, Ban Chỉ đạo chuyển đổi số huyện Đông Sơn tổ chức hội nghị sơ kết sáu tháng đầu năm. Đồng chí Trần \
            Văn Bình, Bí thư Huyện ủy và đồng chí Lê Thị Hoa, Chủ tịch UBND huyện chủ trì hội nghị.

            Báo cáo tại hội nghị cho biết, sáu tháng qua toàn huyện đã đưa vào sử dụng hai mươi dịch vụ công trực tuyến \
            mới, số hồ sơ nộp qua mạng tăng gấp đôi so với cùng kỳ. Các xã đã lắp đặt hệ thống họp trực tuyến và hướng \
            dẫn người dân cài đặt ứng dụng trên điện thoại.

            Phát biểu chỉ đạo, đồng chí Trần Văn Bình đề nghị các cấp ủy tiếp tục quán triệt Nghị quyết 05-NQ/HU của Ban \
            Chấp hành Đảng bộ huyện, coi chuyển đổi số là nhiệm vụ thường xuyên. Đồng chí Trần Văn Bình nhấn mạnh mỗi \
            cán bộ, đảng viên phải gương mẫu sử dụng dịch vụ công trực tuyến.

            Đồng chí Lê Thị Hoa yêu cầu các phòng, ban chuyên môn rà soát thủ tục hành chính, cắt giảm giấy tờ không cần \
            thiết. Đồng chí Lê Thị Hoa cũng giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc tiến độ từng tuần và báo \
            cáo kết quả vào cuối quý.

            Dịp này, nhiều tập thể và cá nhân có thành tích trong phong trào chuyển đổi số được khen thưởng. Hội nghị \
            cũng thống nhất kế hoạch đào tạo kỹ năng số cho cán bộ cấp xã trong sáu tháng cuối năm, với sự tham gia của \
            các doanh nghiệp viễn thông trên địa bàn.
            """;

    private static String archived(String title, String keywords) {
        return "---\ntitle: " + title + "\ndate: 2024-01-10T09:00:00+07:00\nlang: vi\nkeywords: [" + keywords + "]\n---\nNội dung.\n";
    }

    @Test
    void aDaysImportJoinsTheKeywordPagesTheArchiveAlreadyHas() throws IOException {
        Path content = dir.resolve("content");
        ImportFixtures.write(content, "vi/2024/01/bi-thu.md", archived("Bí thư Huyện ủy làm việc với xã Đông Tiến", "Trần Văn Bình"));
        // the other has an entry in the glossary, the editors' own list, though no article carries it yet
        ImportFixtures.write(content, "keywords.yml", "- id: le-thi-hoa\n  vi: Lê Thị Hoa\n  en: Le Thi Hoa\n");
        Path in = ImportFixtures.write(dir, "in/dong-son.txt", DISTRICT_NEWS);
        Run first = run("import", in.toString(), "--date", "2024-06-20", "--into", content.toString());
        assertEquals(0, first.exit(), first.err());
        String md = Files.readString(content.resolve("vi/2024/06/huyen-dong-son-so-ket-sau-thang-thuc-hien-chuyen-doi-so.md"));
        String keywords = md.lines().filter(l -> l.startsWith("keywords: ")).findFirst().orElse("");
        // alone, a day's one article shares no name with another; in this archive both leaders have their pages
        assertTrue(keywords.contains("Trần Văn Bình") && keywords.contains("Lê Thị Hoa"), keywords);

        // its own earlier import is no other article: importing it again changes nothing
        Run again = run("import", in.toString(), "--date", "2024-06-20", "--into", content.toString());
        assertTrue(again.out().contains("dong-son.txt: unchanged"), again.out());
    }

    private static final String UNDATED = "Hội nghị tổng kết công tác năm\n\nChiều nay, Ban Tổ chức Tỉnh ủy tổ chức hội nghị "
            + "tổng kết công tác năm và triển khai nhiệm vụ năm tới.\n\nHội nghị đã thảo luận nhiều nội dung quan trọng.\n";

    @Test
    void withoutADateThePageIsADraftAndWithDateItIsDatedByThatDay() throws IOException {
        Path in = ImportFixtures.write(dir, "in/undated.txt", UNDATED);
        Path content = dir.resolve("content");
        Run draft = run("import", in.toString(), "--into", content.toString());
        assertEquals(0, draft.exit(), draft.err());
        assertTrue(draft.out().contains("no date found: imported as a draft for review"), draft.out());
        String md = Files.readString(content.resolve("vi/undated/hoi-nghi-tong-ket-cong-tac-nam.md"));
        assertTrue(md.contains("\ndraft: true\nneeds_review: [date]\n"), md);
        assertTrue(!md.contains("\ndate:"), md);

        Path other = dir.resolve("dated");
        Run dated = run("import", in.toString(), "--into", other.toString(), "--date", "2017-02-06");
        assertEquals(0, dated.exit(), dated.err());
        assertTrue(dated.out().contains("date 2017-02-06 given by --date"), dated.out());
        String withDate = Files.readString(other.resolve("vi/2017/02/hoi-nghi-tong-ket-cong-tac-nam.md"));
        assertTrue(withDate.contains("\ndate: 2017-02-06\n") && !withDate.contains("draft") && !withDate.contains("needs_review"),
                withDate);
    }

    @Test
    void aBadBatchDateIsAUsageError() throws IOException {
        Path in = ImportFixtures.write(dir, "in/undated.txt", UNDATED);
        Run r = run("import", in.toString(), "--into", dir.resolve("content").toString(), "--date", "06/02/2017");
        assertEquals(2, r.exit(), r.err());
        assertTrue(Files.notExists(dir.resolve("content")));
    }

    @Test
    void evaluateScoresTheImporterAgainstAnAnswerKeyAndWritesNothing() throws IOException {
        ImportFixtures.write(dir, "crawl/1.txt", "Chợ hoa xuân mở cửa đón khách\n\nSáng 6/2, chợ hoa xuân mở cửa với "
                + "hơn 200 gian hàng của nhà vườn.\nGiá hoa ổn định\nGiá các loại hoa tương đương năm trước, nhiều nhà vườn "
                + "đã bán hết một nửa số hoa.\nKhách chọn hoa tại chợ. Ảnh: TTXVN\n>> Những chợ hoa đẹp nhất\nMinh Khang\n(theo Báo Mẫu)\n\n\n\nChợ hoa mở cửa.\n");
        ImportFixtures.write(dir, "crawl/2.txt", "Hội nghị tổng kết công tác năm\n\nHội nghị đã thảo luận nhiều nội dung "
                + "quan trọng về công tác năm tới.\nLan Anh\n");
        Path key = ImportFixtures.write(dir, "key.tsv", "# a key\nid\tauthor\tsource\tday\tcaptions\tsubheads\tjunk\n"
                + "1\tMinh Khang\tBáo Mẫu\t2017-02-06\t6\t4\t7\n2\tNgọc Hà\t-\t-\t-\t-\t-\nbad line\n");
        Run r = run("import", "--evaluate", key.toString(), dir.resolve("crawl").toString(), "--date", "2017-02-07");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("author where the page has one   1/2 = 50.0 %"), r.out());
        assertTrue(r.out().contains("right day where the text names  1/1 = 100.0 %"), r.out());
        assertTrue(r.out().contains("subheads as headings            1/1 = 100.0 %"), r.out());
        assertTrue(r.out().contains("boilerplate removed             1/1 = 100.0 %"), r.out());
        assertTrue(r.out().contains("of them with a credit         1/1 = 100.0 %"), r.out());
        assertTrue(r.out().contains("credits keep their capitals     1/1 = 100.0 %"), r.out());
        assertTrue(r.out().contains("2 author: 'Lan Anh'"), r.out());
        assertTrue(r.out().contains("error: " + key + ":5: 7 tab-separated columns expected, found 1"), r.out());
        assertTrue(Files.notExists(dir.resolve("content")));
    }
}
