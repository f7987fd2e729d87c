package org.khotin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khotin.text.Fold;

class KeywordSuggesterTest {
    private static final String PAGE = "Hội nghị quán triệt Kết luận của Bộ Chính trị\n\n04/04/2023 10:48\n\n"
            + "Ngày 03/4, Ban Tổ chức Trung ương tổ chức Hội nghị. Đồng chí Mai Văn Chính - Ủy viên Trung ương Đảng chủ trì.\n\n"
            + "Hội nghị quán triệt Kết luận số 50-KL/TW của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 18-NQ/TW.\n\n"
            + "Đồng chí Phan Xuân Toàn, Trưởng Ban Tổ chức Tỉnh ủy, phát biểu. Ban Tổ chức Tỉnh uỷ và Ban Tổ chức Tỉnh ủy "
            + "cùng Ban Tổ chức Trung ương thực hiện Nghị quyết 18-NQ/TW.\n";

    private final KeywordSuggester suggester = new SimpleKeywordSuggester();

    @Test
    void suggestsReferencesNamesAndOrganisations() {
        List<String> keywords = suggester.suggest(ImportFixtures.read(PAGE));
        assertTrue(keywords.size() >= 4 && keywords.size() <= 8, keywords.toString());
        assertTrue(keywords.contains("Nghị quyết 18-NQ/TW"), keywords.toString());
        assertTrue(keywords.contains("Kết luận 50-KL/TW"), keywords.toString());
        assertTrue(keywords.contains("Mai Văn Chính"), keywords.toString());
        assertTrue(keywords.contains("Phan Xuân Toàn"), keywords.toString());
        assertTrue(keywords.contains("Ban Tổ chức Trung ương"), keywords.toString());
        assertTrue(keywords.contains("Bộ Chính trị"), keywords.toString());
    }

    @Test
    void noNearDuplicatesAndDeterministic() {
        ScrapedArticle article = ImportFixtures.read(PAGE);
        List<String> keywords = suggester.suggest(article);
        Set<String> keys = new HashSet<>();
        for (String k : keywords) assertTrue(keys.add(Fold.key(k)), "near duplicate: " + k + " in " + keywords);
        assertEquals(keywords, suggester.suggest(article));
        assertEquals(keywords, new SimpleKeywordSuggester().suggest(ImportFixtures.read(PAGE)));
    }

    @Test
    void shortTextStillGetsSomeKeywordsFromFrequentPhrases() {
        List<String> keywords = suggester.suggest(ImportFixtures.read("Phát triển đảng viên ở nông thôn\n\n05/01/2019\n\n"
                + "Công tác phát triển đảng viên ở nông thôn được chú trọng. Phát triển đảng viên mới là nhiệm vụ "
                + "thường xuyên; phát triển đảng viên gắn với xây dựng nông thôn mới.\n"));
        assertTrue(keywords.size() >= 1, keywords.toString());
        assertTrue(keywords.stream().anyMatch(k -> Fold.key(k).contains("đảng viên")), keywords.toString());
    }
}
