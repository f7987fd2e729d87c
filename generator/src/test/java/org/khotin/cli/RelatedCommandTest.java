package org.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.TestSite;

/** {@code khotin related --explain}: the cut-off, and which candidates fell below it. */
class RelatedCommandTest {
    @TempDir
    Path dir;

    @Test
    void explainShowsTheCutOffAndTheCandidatesBelowIt() {
        StringBuilder txtar = new StringBuilder("""
                -- content/vi/2017/02/a.md --
                ---
                title: Thuyền câu mất liên lạc trên vịnh Bái Tử Long
                date: 2017-02-05
                keywords: [Quảng Ninh]
                ---
                Biên phòng và cứu hộ tìm kiếm thuyền câu mất liên lạc trên vịnh Bái Tử Long từ chiều qua.
                -- content/vi/2017/02/b.md --
                ---
                title: Tìm thấy thuyền câu trên vịnh Bái Tử Long
                date: 2017-02-07
                keywords: [Quảng Ninh]
                ---
                Tàu tuần tra tìm thấy thuyền câu mất liên lạc trên vịnh Bái Tử Long; biên phòng và cứu hộ đã tìm kiếm.
                """);
        String[] others = {"Mỏ than tăng ca", "Hội chợ hoa đào mở cửa", "Khánh thành nhà văn hóa",
                "Xử phạt doanh nghiệp gây ô nhiễm", "Cầu Bạch Đằng nối nhịp", "Bến xe đông khách"};
        for (int k = 0; k < others.length; k++) {
            txtar.append("-- content/vi/2017/02/o").append(k).append(".md --\n---\ntitle: ").append(others[k])
                    .append("\ndate: 2017-02-06\nkeywords: [Quảng Ninh]\n---\n").append(others[k]).append(".\n");
        }
        TestSite site = TestSite.create(dir, txtar.toString());
        String config = site.root().resolve("site-config.yml").toString();
        TestSite.Run run = TestSite.run("related", "--config", config, "--explain", "content/vi/2017/02/a.md");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("cut-off: evidence = text + keywords on at most 6 articles must reach 0.150 (related.min_score)")
                .contains("* 1. vi/2017/02/tim-thay-thuyen-cau-tren-vinh-bai-tu-long")
                .contains("keywords: Quảng Ninh 0.")
                .contains("(8 articles, not evidence)")
                .containsPattern("(?m)^- ?\\d+\\. vi/2017/02/mo-than-tang-ca .*evidence 0\\.000  \\[below the cut-off\\]$")
                .contains("1 of 5 slots filled; 6 of the 7 candidates listed here are below the cut-off");

        TestSite loose = TestSite.create(dir.resolve("loose"), txtar + "-- site-config.yml --\n" + TestSite.DEFAULT_CONFIG
                + "related:\n  min_score: 0\n");
        TestSite.Run all = TestSite.run("related", "--config", loose.root().resolve("site-config.yml").toString(),
                "--explain", "content/vi/2017/02/a.md");
        assertThat(all.out()).contains("must reach 0.000").contains("5 of 5 slots filled; 0 of the 7")
                .doesNotContain("[below the cut-off]");
    }
}
