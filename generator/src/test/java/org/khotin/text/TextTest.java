package org.khotin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {
    @ParameterizedTest
    @CsvSource({
            "Tổng kết công tác Tổ chức xây dựng Đảng năm 2018, tong-ket-cong-tac-to-chuc-xay-dung-dang-nam-2018",
            "Đà Nẵng – “đổi mới”, da-nang-doi-moi",
            "  Nghị quyết 18-NQ/TW  , nghi-quyet-18-nq-tw",
            "ĐẠI HỘI ĐẢNG, dai-hoi-dang",
            "'Hello, World!', hello-world"})
    void slugsStripTonesAndMapDToD(String text, String slug) {
        assertThat(Slugs.slug(text)).isEqualTo(slug);
        assertThat(Slugs.slug(Normalizer.normalize(text, Normalizer.Form.NFD))).isEqualTo(slug);
    }

    @Test
    void longSlugsAreCutAtAWordBoundary() {
        String slug = Slugs.slug("một ".repeat(60));
        assertThat(slug.length()).isLessThanOrEqualTo(100);
        assertThat(slug).doesNotEndWith("-").endsWith("mot");
    }

    @ParameterizedTest
    @CsvSource({"hoà, hòa", "Hoà Bình, Hòa Bình", "cấp uỷ, cấp ủy", "khoá XII, khóa XII", "khoẻ, khỏe", "thuỷ, thủy",
            "quý, quý", "hoàn, hoàn", "thuyền, thuyền", "toán, toán", "HOÀ, HÒA"})
    void tonePlacementIsUnified(String written, String canonical) {
        assertThat(Tones.canonical(written)).isEqualTo(canonical);
    }

    @Test
    void identityKeysIgnoreCaseFormAndTonePlacementButNotLetters() {
        assertThat(Fold.key("Hoà  Bình")).isEqualTo(Fold.key("hòa bình"));
        assertThat(Fold.key(Normalizer.normalize("Cấp Uỷ", Normalizer.Form.NFD))).isEqualTo(Fold.key("cấp ủy"));
        assertThat(Fold.key("đảng")).isNotEqualTo(Fold.key("dáng"));
        assertThat(Fold.fold("Đảng ủy Khối")).isEqualTo("dang uy khoi");
    }

    @Test
    void vietnameseOrderFollowsTheAlphabetAndReadsWordByWord() {
        List<String> words = new ArrayList<>(List.of("đá", "Hải Phòng", "ăn", "ân", "Điện Biên", "an", "ơ", "ô", "o",
                "Hà Nội", "dz", "e", "ê", "cá", "cà", "ca", "cả", "cã", "cạ", "u", "ư", "Zalo"));
        words.sort(new VietnameseOrder());
        assertThat(words).containsExactly("an", "ăn", "ân", "ca", "cà", "cả", "cã", "cá", "cạ", "dz", "đá",
                "Điện Biên", "e", "ê", "Hà Nội", "Hải Phòng", "o", "ô", "ơ", "u", "ư", "Zalo");
    }

    @Test
    void vietnameseOrderComparesAllLettersBeforeTonesAndTonesBeforeCase() {
        List<String> labels = new ArrayList<>(List.of("đảng viên tình nguyện", "Hải Phòng", "Đảng viên", "Hà Nội",
                "Đảng ủy Khối", "ca dao", "Hạ Long", "đảng viên", "cá bống", "Hà Giang", "Cà Mau"));
        labels.sort(new VietnameseOrder());
        // letters decide over the whole label (ủy < viên although đảng < Đảng by case; bống < dao although
        // ca < cá by tone), then tones, and case only between labels that are otherwise the same
        assertThat(labels).containsExactly("cá bống", "ca dao", "Cà Mau", "Đảng ủy Khối", "đảng viên", "Đảng viên",
                "đảng viên tình nguyện", "Hà Giang", "Hạ Long", "Hà Nội", "Hải Phòng");
        VietnameseOrder order = new VietnameseOrder();
        assertThat(order.compare("đảng viên tình nguyện", "Đảng ủy Khối")).isPositive();
        assertThat(order.compare("Đảng ủy Khối", "đảng viên tình nguyện")).isNegative();
    }

    @Test
    void numbersInsideLabelsSortByTheirValue() {
        List<String> labels = new ArrayList<>(List.of("109-NQ/TU", "Khóa 10", "10-NQ/TU", "Khóa 9", "Nghị quyết 18-NQ/TW",
                "1-NQ/TU", "Nghị quyết 05-NQ/TW", "Khóa XII", "Ban Tổ chức"));
        labels.sort(new VietnameseOrder());
        assertThat(labels).containsExactly("1-NQ/TU", "10-NQ/TU", "109-NQ/TU", "Ban Tổ chức", "Khóa 9", "Khóa 10", "Khóa XII",
                "Nghị quyết 05-NQ/TW", "Nghị quyết 18-NQ/TW");
    }

    @Test
    void plainSpacesReplaceNoBreakAndZeroWidthCharacters() {
        assertThat(Unicode.nfcPlainSpaces("a\u00A0b\u200Bc\uFEFF")).isEqualTo("a bc");
    }
}
