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
    void benchPrintsPrecisionAndRecallPerSeedAndOverall() {
        TestSite.Run run = TestSite.run("keywords", "bench", "--seeds", TestSite.repoRoot().resolve("seeds").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("000_0bc2ed4325d14281.txt").containsPattern("precision \\d\\.\\d\\d \\(\\d+/\\d+\\)  recall");
        assertThat(TestSite.run("keywords", "bench", "--seeds", dir.toString()).exitCode()).isEqualTo(1);
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
