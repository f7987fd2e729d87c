package org.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.TestSite;

/** The keywords and related commands as an editor runs them. */
class KeywordCommandsTest {
    @TempDir
    Path dir;

    @Test
    void suggestPrintsOneKeywordPerLineForRawTextAndMarkdown() {
        TestSite site = TestSite.create(dir, """
                -- raw.txt --
                Tổng kết công tác Tổ chức xây dựng Đảng năm 2018

                72 lượt xem

                Chiều 4-1, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị Tổng kết công tác tổ chức xây dựng Đảng năm 2018.

                Đồng chí Nguyễn Hồng Diên - Bí thư Tỉnh ủy phát biểu. Ban Tổ chức Tỉnh ủy triển khai Nghị quyết số 18-NQ/TW.
                -- content/vi/2019/01/a.md --
                ---
                title: Tổng kết công tác Tổ chức xây dựng Đảng năm 2018
                date: 2019-01-05
                summary: Ban Tổ chức Tỉnh ủy tổ chức Hội nghị Tổng kết công tác tổ chức xây dựng Đảng.
                ---
                Đồng chí **Nguyễn Hồng Diên** phát biểu. Ban Tổ chức Tỉnh ủy triển khai [Chỉ thị số 05-CT/TW](https://x.org).
                """);
        TestSite.Run raw = TestSite.run("keywords", "suggest", site.root().resolve("raw.txt").toString());
        assertThat(raw.exitCode()).isZero();
        assertThat(raw.out().lines()).contains("Ban Tổ chức Tỉnh ủy", "Nguyễn Hồng Diên", "Nghị quyết 18-NQ/TW",
                "tổ chức xây dựng Đảng");
        TestSite.Run md = TestSite.run("keywords", "suggest", site.root().resolve("content/vi/2019/01/a.md").toString(),
                "--archive", site.root().resolve("content").toString());
        assertThat(md.exitCode()).isZero();
        assertThat(md.out().lines()).contains("Ban Tổ chức Tỉnh ủy", "Chỉ thị 05-CT/TW", "Nguyễn Hồng Diên");
        assertThat(TestSite.run("keywords", "suggest", dir.resolve("missing.txt").toString()).exitCode()).isEqualTo(1);
        assertThat(TestSite.run("keywords").exitCode()).isEqualTo(2);
    }

    @Test
    void suggestionsForAnArchivePutTheKeywordsItsArticlesCarryFirst() {
        TestSite site = TestSite.create(dir, """
                -- draft.txt --
                Huyện Đông Sơn sơ kết sáu tháng thực hiện chuyển đổi số

                Sáng 20/6, Ban Chỉ đạo chuyển đổi số huyện Đông Sơn tổ chức hội nghị sơ kết. Đồng chí Trần Văn Bình, Bí \
                thư Huyện ủy và đồng chí Lê Thị Hoa, Chủ tịch UBND huyện chủ trì hội nghị.

                Đồng chí Trần Văn Bình đề nghị các cấp ủy quán triệt Nghị quyết 05-NQ/HU, coi chuyển đổi số là nhiệm vụ \
                thường xuyên. Đồng chí Lê Thị Hoa yêu cầu các phòng, ban rà soát thủ tục hành chính trên địa bàn.
                -- content/vi/2024/01/bi-thu.md --
                ---
                title: Bí thư Huyện ủy làm việc với xã Đông Tiến
                date: 2024-01-10
                keywords: [Trần Văn Bình]
                ---
                Nội dung.
                -- content/vi/2024/01/chu-tich.md --
                ---
                title: Chủ tịch UBND huyện tiếp công dân
                date: 2024-01-12
                keywords: [Lê Thị Hoa]
                ---
                Nội dung.
                """);
        String draft = site.root().resolve("draft.txt").toString();
        TestSite.Run alone = TestSite.run("keywords", "suggest", draft);
        assertThat(alone.out().lines()).contains("Trần Văn Bình", "Lê Thị Hoa").first().isNotIn("Trần Văn Bình", "Lê Thị Hoa");
        // the archive has pages for both leaders: the draft joins them before starting pages of its own
        TestSite.Run inArchive = TestSite.run("keywords", "suggest", draft, "--archive", site.root().resolve("content").toString());
        assertThat(inArchive.exitCode()).isZero();
        assertThat(inArchive.out().lines().limit(2)).containsExactlyInAnyOrder("Trần Văn Bình", "Lê Thị Hoa");
    }

    @Test
    void benchPrintsPrecisionAndRecallPerSeedAndOverall() {
        TestSite.Run run = TestSite.run("keywords", "bench", "--seeds", TestSite.repoRoot().resolve("seeds").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("000_0bc2ed4325d14281.txt").containsPattern("precision \\d\\.\\d\\d \\(\\d+/\\d+\\)  recall");
        assertThat(TestSite.run("keywords", "bench", "--seeds", dir.toString()).exitCode()).isEqualTo(1);
    }

    /** Three scraped pages: two on the price of gold, one on interest rates. */
    private static final String CORPUS = """
            -- corpus/vang1.txt --
            Giá vàng tăng mạnh đầu tuần

            Thứ 2, 06.02.2017 | 09:15:00

            Giá vàng trong nước tăng mạnh khi Ngân hàng Nhà nước giữ nguyên lãi suất điều hành.

            Ông Trần Văn Khoa, chủ một tiệm vàng ở Hà Nội, cho biết khách mua giá vàng cao.

            Ông Trần Văn Khoa nói giá vàng khó giảm. Ngân hàng Nhà nước chưa can thiệp.
            -- corpus/vang2.txt --
            Giá vàng miếng quay đầu giảm

            Thứ 3, 07.02.2017 | 10:20:00

            Giá vàng miếng giảm sau ba phiên tăng liên tiếp.

            Bảo Tín Minh Châu niêm yết giá vàng thấp hơn hôm qua.

            Bảo Tín Minh Châu cho biết lượng khách bán vàng tăng.
            -- corpus/laisuat.txt --
            Ngân hàng Nhà nước điều chỉnh lãi suất

            Thứ 4, 08.02.2017 | 11:30:00

            Ngân hàng Nhà nước vừa điều chỉnh lãi suất tái cấp vốn.

            Lãi suất cho vay dự kiến giảm trong quý tới.

            Các ngân hàng thương mại sẽ giảm lãi suất theo Ngân hàng Nhà nước.
            """;

    @Test
    void benchOnACorpusPrintsTheArchiveFiguresAndAgreementWithGold() {
        TestSite site = TestSite.create(dir, CORPUS + """
                -- gold.tsv --
                vang1	Giá vàng|Ngân hàng Nhà nước
                vang2	vàng miếng|giá vàng hôm nay
                laisuat	lãi suất điều hành
                -- bad.tsv --
                vang1 Giá vàng
                """);
        String corpus = site.root().resolve("corpus").toString();
        TestSite.Run run = TestSite.run("keywords", "bench", "--corpus", corpus, "--gold",
                site.root().resolve("gold.tsv").toString(), "--list");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("articles: 3; keywords per article ")
                .containsPattern("keywords used once: \\d\\.\\d\\d \\(\\d+ of \\d+ keywords\\)")
                .contains("with gold: 3 articles; topic hit 0.67 (2/3")
                .containsPattern("precision: loose \\d\\.\\d\\d, strict \\d\\.\\d\\d")
                .contains("most used:").containsPattern("\\s+2  giá vàng")
                .contains("vang1  ").contains("  + giá vàng").contains("  gold: Giá vàng | Ngân hàng Nhà nước");
        // without gold, only the archive's figures
        TestSite.Run plain = TestSite.run("keywords", "bench", "--corpus", corpus);
        assertThat(plain.out()).contains("keywords used once").doesNotContain("topic hit");
        TestSite.Run bad = TestSite.run("keywords", "bench", "--corpus", corpus, "--gold", site.root().resolve("bad.tsv").toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("bad.tsv:1:1: error").contains("hint:");
        assertThat(TestSite.run("keywords", "bench", "--corpus", dir.resolve("missing").toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void importChoosesTheKeywordsOfTheWholeBatchTogether() throws java.io.IOException {
        TestSite site = TestSite.create(dir, CORPUS);
        String into = site.root().resolve("content").toString();
        TestSite.Run run = TestSite.run("import", site.root().resolve("corpus").toString(), "--into", into, "--quiet");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        TestSite.Run assigned = TestSite.run("keywords", "bench", "--corpus", into, "--assigned", "--list");
        // what the import wrote is what the bench suggests for the raw pages
        TestSite.Run suggested = TestSite.run("keywords", "bench", "--corpus", site.root().resolve("corpus").toString(), "--list");
        assertThat(keywordLines(assigned.out())).isEqualTo(keywordLines(suggested.out()));
        // both articles on gold share its keyword; the bank is shared by all that name it
        String gold1 = java.nio.file.Files.readString(site.root().resolve("content/vi/2017/02/gia-vang-tang-manh-dau-tuan.md"));
        String gold2 = java.nio.file.Files.readString(site.root().resolve("content/vi/2017/02/gia-vang-mieng-quay-dau-giam.md"));
        assertThat(gold1).contains("giá vàng").contains("Ngân hàng Nhà nước");
        assertThat(gold2).contains("giá vàng");
    }

    private static java.util.List<String> keywordLines(String out) {
        return out.lines().filter(l -> l.startsWith("    ")).map(l -> l.replaceAll("  \\(.*\\)$", "")).sorted().toList();
    }

    @Test
    void relatedExplainShowsEachCandidatesScore() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2019/01/a.md --
                ---
                title: Tinh giản biên chế
                date: 2019-01-05
                keywords: [tinh giản biên chế, Long An]
                ---
                Long An tinh giản biên chế.
                -- content/vi/2020/01/b.md --
                ---
                title: Tiếp tục tinh giản biên chế
                date: 2020-01-05
                keywords: [tinh giản biên chế]
                ---
                Tiếp tục tinh giản biên chế.
                """);
        String config = site.root().resolve("site-config.yml").toString();
        TestSite.Run run = TestSite.run("related", "--config", config, "--explain", "vi/2019/01/tinh-gian-bien-che");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("* 1. vi/2020/01/tiep-tuc-tinh-gian-bien-che").contains("= keywords")
                .contains("keywords: tinh giản biên chế").contains("days apart");
        TestSite.Run byPath = TestSite.run("related", "--config", config, "--explain", "content/vi/2019/01/a.md");
        assertThat(byPath.out()).isEqualTo(run.out());
        assertThat(TestSite.run("related", "--config", config, "--explain", "vi/nope").exitCode()).isEqualTo(1);
        assertThat(TestSite.run("related").exitCode()).isEqualTo(2);
    }

    @Test
    void relatedBenchRunsOnASmallSyntheticArchive() {
        TestSite.Run run = TestSite.run("related", "bench", "--articles", "300");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("machine: ").contains("articles: 300").contains("related lists: ");
    }
}
