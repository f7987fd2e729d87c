package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.config.ConfigLoader;
import org.khotin.diag.Problems;
import org.khotin.related.Scored;
import org.khotin.testing.TestSite;

/** "Tin liên quan": what is related to what, on small hand-made archives. */
class RelatedNewsTest {
    @TempDir
    Path dir;
    int sites;

    /** Every article carries the common keyword; only B shares A's rare keyword and its subject. */
    static final String SITE = """
            -- content/vi/2019/01/a.md --
            ---
            title: Tinh giản biên chế ở Long An
            date: 2019-01-05
            keywords: [tổ chức xây dựng Đảng, tinh giản biên chế]
            translation_key: a
            ---
            Tỉnh Long An tinh giản biên chế, sắp xếp đơn vị sự nghiệp công lập và tinh gọn bộ máy.
            -- content/en/2019/01/a.md --
            ---
            title: Staff streamlining in Long An
            date: 2019-01-05
            keywords: [tổ chức xây dựng Đảng, tinh giản biên chế]
            translation_key: a
            ---
            Long An cuts staff.
            -- content/vi/2020/01/b.md --
            ---
            title: Tiếp tục tinh giản biên chế
            date: 2020-01-10
            keywords: [tổ chức xây dựng Đảng, tinh giản biên chế]
            ---
            Các tỉnh tiếp tục tinh giản biên chế, sắp xếp đơn vị sự nghiệp công lập.
            -- content/vi/2019/02/c.md --
            ---
            title: Hội nghị tổng kết
            date: 2019-02-01
            keywords: [tổ chức xây dựng Đảng, Hà Nội]
            ---
            Hội nghị tổng kết năm ở Hà Nội.
            -- content/vi/2019/03/d.md --
            ---
            title: Phong trào thi đua
            date: 2019-03-01
            keywords: [tổ chức xây dựng Đảng, phong trào thi đua]
            ---
            Phong trào thi đua yêu nước lan tỏa.
            """;

    private SiteBuilder.ArchiveModel model(TestSite site, Problems problems) {
        var cfg = new ConfigLoader().load(site.root().resolve("site-config.yml"), "site-config.yml", problems).orElseThrow();
        return new SiteBuilder(site.root(), Clock.systemUTC()).model(cfg, BuildOptions.defaults(), problems);
    }

    private List<String> relatedOf(String txtar, String id) {
        Path root = dir.resolve("s" + sites++);
        try {
            java.nio.file.Files.createDirectories(root);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        TestSite site = TestSite.create(root, txtar);
        Problems problems = new Problems();
        List<String> list = model(site, problems).related().relatedTo(id);
        assertThat(problems.errors()).isEmpty();
        return list;
    }

    @Test
    void aSharedRareKeywordAndSharedTextRankAboveAKeywordOnEveryArticle() {
        List<String> related = relatedOf(SITE, "vi/2019/01/tinh-gian-bien-che-o-long-an");
        assertThat(related).first().isEqualTo("vi/2020/01/tiep-tuc-tinh-gian-bien-che");
        assertThat(related).doesNotContain("vi/2019/01/tinh-gian-bien-che-o-long-an", "en/2019/01/staff-streamlining-in-long-an");
    }

    @Test
    void sameLanguageFirstAndNeverTheOwnTranslation() {
        List<String> related = relatedOf(SITE, "en/2019/01/staff-streamlining-in-long-an");
        assertThat(related).doesNotContain("vi/2019/01/tinh-gian-bien-che-o-long-an");
        assertThat(related).first().isEqualTo("vi/2020/01/tiep-tuc-tinh-gian-bien-che");
    }

    @Test
    void aStoryRelatedInTheOtherLanguageIsShownInTheReadersLanguageWhenItHasAVersionThere() {
        String site = SITE + """
                -- content/vi/2021/05/e.md --
                ---
                title: Chủ động phòng chống thiên tai
                date: 2021-05-02
                keywords: [phòng chống thiên tai]
                ---
                Tỉnh chủ động phòng chống thiên tai trước mùa mưa bão.
                -- content/en/2021/06/f.md --
                ---
                title: Storm preparedness drill
                date: 2021-06-03
                keywords: [phòng chống thiên tai]
                translation_key: f
                ---
                The province held a storm drill.
                -- content/vi/2021/06/f.md --
                ---
                title: Diễn tập cứu hộ
                date: 2021-06-03
                translation_key: f
                ---
                Lực lượng cứu hộ tập dượt trên sông.
                """;
        // the English version shares the keyword the Vietnamese one lacks: a Vietnamese reader gets the Vietnamese one
        assertThat(relatedOf(site, "vi/2021/05/chu-dong-phong-chong-thien-tai"))
                .contains("vi/2021/06/dien-tap-cuu-ho").doesNotContain("en/2021/06/storm-preparedness-drill");
    }

    @Test
    void scoresBreakDownIntoKeywordsTextAndRecency() {
        TestSite site = TestSite.create(dir, SITE);
        Problems problems = new Problems();
        var m = model(site, problems);
        List<Scored> explained = m.related().explain("vi/2019/01/tinh-gian-bien-che-o-long-an");
        Scored best = explained.get(0);
        assertThat(best.id()).isEqualTo("vi/2020/01/tiep-tuc-tinh-gian-bien-che");
        assertThat(best.keywords()).extracting(Scored.Shared::keywordId).containsExactly("tinh-gian-bien-che", "to-chuc-xay-dung-dang");
        // a keyword on every article weighs less than one on a few
        assertThat(best.keywords().get(0).weight()).isGreaterThan(best.keywords().get(1).weight());
        assertThat(best.textScore()).isPositive();
        assertThat(best.terms()).isNotEmpty();
        assertThat(best.recency()).isPositive().isLessThan(0.11);
        assertThat(best.score()).isEqualTo(best.keywordScore() + best.textScore() + best.recency());
    }

    @Test
    void pinsComeFirstAndExcludesNeverShow() {
        String pinned = SITE.replace("keywords: [tổ chức xây dựng Đảng, tinh giản biên chế]\ntranslation_key: a\n---\nTỉnh",
                "keywords: [tổ chức xây dựng Đảng, tinh giản biên chế]\ntranslation_key: a\n"
                        + "related: [content/vi/2019/03/d.md, vi/2019/02/hoi-nghi-tong-ket]\n"
                        + "related_exclude: [vi/2020/01/tiep-tuc-tinh-gian-bien-che]\n---\nTỉnh");
        assertThat(pinned).isNotEqualTo(SITE);
        List<String> related = relatedOf(pinned, "vi/2019/01/tinh-gian-bien-che-o-long-an");
        assertThat(related).startsWith("vi/2019/03/phong-trao-thi-dua", "vi/2019/02/hoi-nghi-tong-ket");
        assertThat(related).doesNotContain("vi/2020/01/tiep-tuc-tinh-gian-bien-che");
    }

    @Test
    void explainListsPinsFirst() {
        TestSite site = TestSite.create(dir, SITE.replace("date: 2019-01-05\nkeywords: [tổ chức xây dựng Đảng, tinh giản biên chế]\ntranslation_key: a\n---\nTỉnh",
                "date: 2019-01-05\nkeywords: [tổ chức xây dựng Đảng, tinh giản biên chế]\ntranslation_key: a\nrelated: [vi/2019/03/phong-trao-thi-dua]\n---\nTỉnh"));
        Problems problems = new Problems();
        List<Scored> explained = model(site, problems).related().explain("vi/2019/01/tinh-gian-bien-che-o-long-an");
        assertThat(problems.errors()).isEmpty();
        assertThat(explained.get(0).id()).isEqualTo("vi/2019/03/phong-trao-thi-dua");
        assertThat(explained.get(0).pinned()).isTrue();
        assertThat(explained.get(1).id()).isEqualTo("vi/2020/01/tiep-tuc-tinh-gian-bien-che");
    }

    @Test
    void unknownPinsAreErrorsWithTheirPosition() {
        TestSite site = TestSite.create(dir, SITE.replace("date: 2019-03-01\n",
                "date: 2019-03-01\nrelated: [content/vi/2019/09/khong-co.md]\nrelated_exclude: [no-such-key]\n"));
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("content/vi/2019/03/d.md:4:10: error: related: no article 'content/vi/2019/09/khong-co.md'")
                .contains("content/vi/2019/03/d.md:5:18: error: related_exclude: no article 'no-such-key'")
                .contains("hint: name an article by its file");
    }

    @Test
    void translationKeysNameArticlesInTheSameLanguage() {
        String byKey = SITE.replace("date: 2019-03-01\n", "date: 2019-03-01\nrelated: [a]\n");
        assertThat(relatedOf(byKey, "vi/2019/03/phong-trao-thi-dua")).first().isEqualTo("vi/2019/01/tinh-gian-bien-che-o-long-an");
    }

    @Test
    void deterministicAndStableWhenUnrelatedArticlesAreAdded() {
        List<String> before = relatedOf(SITE, "vi/2019/01/tinh-gian-bien-che-o-long-an");
        assertThat(relatedOf(SITE, "vi/2019/01/tinh-gian-bien-che-o-long-an")).isEqualTo(before);
        String more = SITE + """
                -- content/vi/2023/05/e.md --
                ---
                title: Bóng đá
                date: 2023-05-01
                keywords: [thể thao]
                ---
                Đội tuyển giành chiến thắng.
                """;
        assertThat(relatedOf(more, "vi/2019/01/tinh-gian-bien-che-o-long-an")).isEqualTo(before);
    }

    @Test
    void articlePageShowsRelatedNewsUnderItsHeading() {
        TestSite site = TestSite.create(dir, SITE);
        site.build().assertOk();
        Document vi = Jsoup.parse(site.read("public/vi/2019/01/tinh-gian-bien-che-o-long-an/index.html"));
        assertThat(vi.selectFirst(".related h2").text()).isEqualTo("Tin liên quan");
        assertThat(vi.select(".related a").first().attr("href")).isEqualTo("../../../2020/01/tiep-tuc-tinh-gian-bien-che/");
        assertThat(vi.select(".related li")).hasSizeLessThanOrEqualTo(5);
        Document en = Jsoup.parse(site.read("public/en/2019/01/staff-streamlining-in-long-an/index.html"));
        assertThat(en.selectFirst(".related h2").text()).isEqualTo("Related news");
        assertThat(en.selectFirst(".related li").attr("lang")).isEqualTo("vi");
    }

    /**
     * Eight articles share a province keyword; only two tell one story, two others share a keyword on two
     * articles only, and the rest have nothing else in common.
     */
    static final String PROVINCE = """
            -- content/vi/2017/02/a.md --
            ---
            title: Thuyền câu mất liên lạc trên vịnh Bái Tử Long
            date: 2017-02-05
            keywords: [Quảng Ninh]
            ---
            Biên phòng và cứu hộ tìm kiếm thuyền câu mất liên lạc trên vịnh Bái Tử Long từ chiều qua;
            tàu tuần tra tìm suốt đêm.
            -- content/vi/2017/02/b.md --
            ---
            title: Tìm thấy thuyền câu trên vịnh Bái Tử Long
            date: 2017-02-07
            keywords: [Quảng Ninh]
            ---
            Tàu tuần tra tìm thấy thuyền câu mất liên lạc trên vịnh Bái Tử Long, ngư dân an toàn. Biên phòng
            và cứu hộ đã tìm kiếm từ chiều qua.
            -- content/vi/2017/02/c.md --
            ---
            title: Hội chợ hoa đào mở cửa
            date: 2017-02-06
            keywords: [Quảng Ninh]
            ---
            Hàng trăm quầy bày bán cây cảnh.
            -- content/vi/2017/02/d.md --
            ---
            title: Mỏ than tăng ca
            date: 2017-02-06
            keywords: [Quảng Ninh]
            ---
            Thợ mỏ vào lò sớm hơn thường lệ.
            -- content/vi/2017/02/e.md --
            ---
            title: Khánh thành nhà văn hóa
            date: 2017-02-06
            keywords: [Quảng Ninh]
            ---
            Nhà văn hóa mới phục vụ bà con thôn Đông.
            -- content/vi/2017/02/f.md --
            ---
            title: Xử phạt doanh nghiệp gây ô nhiễm
            date: 2017-02-06
            keywords: [Quảng Ninh]
            ---
            Thanh tra phạt một xưởng xả khói bụi.
            -- content/vi/2017/02/g.md --
            ---
            title: Cầu Bạch Đằng nối nhịp
            date: 2017-02-06
            keywords: [Quảng Ninh, cầu Bạch Đằng]
            ---
            Nhịp giữa được nối, công nhân làm việc ngày đêm để kịp tiến độ.
            -- content/vi/2017/02/h.md --
            ---
            title: Cao tốc qua sông sắp thông xe
            date: 2017-02-06
            keywords: [Quảng Ninh, cầu Bạch Đằng]
            ---
            Tuyến cao tốc mới rút ngắn thời gian đi lại từ Hải Phòng còn nửa giờ.
            """;

    @Test
    void aKeywordOnManyArticlesFillsNoSlotWithoutTextOrARareKeyword() {
        List<String> story = relatedOf(PROVINCE, "vi/2017/02/thuyen-cau-mat-lien-lac-tren-vinh-bai-tu-long");
        assertThat(story).containsExactly("vi/2017/02/tim-thay-thuyen-cau-tren-vinh-bai-tu-long");
        assertThat(relatedOf(PROVINCE, "vi/2017/02/hoi-cho-hoa-dao-mo-cua")).isEmpty();
        // a keyword on two articles relates them whatever their text
        assertThat(relatedOf(PROVINCE, "vi/2017/02/cau-bach-dang-noi-nhip")).containsExactly("vi/2017/02/cao-toc-qua-song-sap-thong-xe");

        TestSite site = TestSite.create(dir.resolve("page"), PROVINCE);
        site.build().assertOk();
        Document alone = Jsoup.parse(site.read("public/vi/2017/02/hoi-cho-hoa-dao-mo-cua/index.html"));
        assertThat(alone.select(".related")).isEmpty();
        Document pair = Jsoup.parse(site.read("public/vi/2017/02/thuyen-cau-mat-lien-lac-tren-vinh-bai-tu-long/index.html"));
        assertThat(pair.select(".related li")).hasSize(1);
    }

    @Test
    void theCutOffComesFromTheSiteConfiguration() {
        String noCutOff = PROVINCE + "-- site-config.yml --\n" + TestSite.DEFAULT_CONFIG + "related:\n  min_score: 0\n";
        assertThat(relatedOf(noCutOff, "vi/2017/02/hoi-cho-hoa-dao-mo-cua")).hasSize(5);
        String strict = PROVINCE + "-- site-config.yml --\n" + TestSite.DEFAULT_CONFIG + "related:\n  min_score: 0.99\n";
        assertThat(relatedOf(strict, "vi/2017/02/thuyen-cau-mat-lien-lac-tren-vinh-bai-tu-long")).isEmpty();

        TestSite wrong = TestSite.create(dir.resolve("wrong"), PROVINCE + "-- site-config.yml --\n" + TestSite.DEFAULT_CONFIG
                + "related:\n  min_score: 2\n");
        TestSite.Run run = wrong.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("site-config.yml:12:14: error: related field 'min_score' must be a number from 0 to 1, not 2");
    }

    @Test
    void relatedCountComesFromTheSiteConfiguration() {
        TestSite site = TestSite.create(dir, SITE + "-- site-config.yml --\n" + TestSite.DEFAULT_CONFIG + "related:\n  count: 1\n");
        site.build().assertOk();
        Document vi = Jsoup.parse(site.read("public/vi/2019/01/tinh-gian-bien-che-o-long-an/index.html"));
        assertThat(vi.select(".related li")).hasSize(1);
    }
}
