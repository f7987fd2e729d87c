package org.khotin.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keywords chosen over an archive: shared ones preferred, names made whole, no long article left bare. */
class ArchiveKeywordsTest {
    private static final ArchiveKeywords ARCHIVE = new ArchiveKeywords(new KeywordExtractor());

    private static final List<ArticleText> GOLD_AND_BANKS = List.of(
            new ArticleText("Giá vàng tăng mạnh đầu tuần",
                    "Giá vàng trong nước tăng mạnh khi Ngân hàng Nhà nước giữ nguyên lãi suất điều hành.",
                    List.of("Ông Trần Văn Khoa, chủ một tiệm vàng ở Hà Nội, cho biết khách mua giá vàng cao.",
                            "Ông Trần Văn Khoa nói giá vàng khó giảm. Ngân hàng Nhà nước chưa can thiệp.")),
            new ArticleText("Giá vàng miếng quay đầu giảm",
                    "Giá vàng miếng giảm sau ba phiên tăng liên tiếp.",
                    List.of("Bảo Tín Minh Châu niêm yết giá vàng thấp hơn hôm qua.",
                            "Bảo Tín Minh Châu cho biết lượng khách bán vàng tăng.")),
            new ArticleText("Ngân hàng Nhà nước điều chỉnh lãi suất",
                    "Ngân hàng Nhà nước vừa điều chỉnh lãi suất tái cấp vốn.",
                    List.of("Lãi suất cho vay dự kiến giảm trong quý tới.",
                            "Các ngân hàng thương mại sẽ giảm lãi suất theo Ngân hàng Nhà nước.")));

    @Test
    void keywordsOtherArticlesShareAreChosenAndAtMostOneNoOtherShares() {
        List<List<String>> got = ARCHIVE.suggest(GOLD_AND_BANKS);
        assertThat(got.get(0)).contains("giá vàng", "Ngân hàng Nhà nước");
        assertThat(got.get(1)).contains("giá vàng");
        assertThat(got.get(2)).contains("Ngân hàng Nhà nước", "lãi suất");
        Map<String, Integer> uses = new HashMap<>();
        got.forEach(list -> list.forEach(k -> uses.merge(KeywordKeys.key(k), 1, Integer::sum)));
        for (List<String> list : got) {
            assertThat(list.stream().filter(k -> uses.get(KeywordKeys.key(k)) == 1)).as(list.toString()).hasSizeLessThan(2);
        }
        // chosen together, the same articles get the same keywords again
        assertThat(ARCHIVE.suggest(GOLD_AND_BANKS)).isEqualTo(got);
    }

    @Test
    void aNameWrittenShortInOneArticleIsTheFullNameAnotherWrites() {
        List<List<String>> got = ARCHIVE.suggest(List.of(
                new ArticleText("Tổng thống Donald Trump ký sắc lệnh mới",
                        "Tổng thống Mỹ Donald Trump ký sắc lệnh về nhập cư.", List.of("Sắc lệnh của ông Donald Trump gây tranh cãi.")),
                new ArticleText("Trump gặp lãnh đạo châu Âu", "Ông Trump gặp lãnh đạo châu Âu tại Brussels.",
                        List.of("Trump nói về thương mại và an ninh."))));
        assertThat(got.get(1)).contains("Donald Trump").doesNotContain("Trump");
    }

    @Test
    void aLongArticleGetsThreeKeywordsAtLeast() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            paragraphs.add("Người dân trong xóm thường ngồi trò chuyện bên hiên nhà vào buổi chiều, khi trời đã dịu mát.");
        }
        ArticleText text = new ArticleText("Buổi chiều ở xóm nhỏ ven sông Hồng",
                "Xóm nhỏ ven sông Hồng yên bình vào buổi chiều.", paragraphs);
        assertThat(ArchiveKeywords.words(text)).isGreaterThan(150);
        assertThat(ARCHIVE.suggest(List.of(text)).get(0)).hasSizeBetween(3, 8);
    }
}
