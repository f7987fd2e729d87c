package org.khotin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khotin.cli.ExtractedKeywords;
import org.khotin.text.Fold;

/** The importer's one keyword suggester, for a Vietnamese and for an English article. */
class KeywordSuggesterTest {
    private static final String PAGE = "Hội nghị quán triệt Kết luận của Bộ Chính trị\n\n04/04/2023 10:48\n\n"
            + "Ngày 03/4, Ban Tổ chức Trung ương tổ chức Hội nghị. Đồng chí Mai Văn Chính - Ủy viên Trung ương Đảng chủ trì.\n\n"
            + "Hội nghị quán triệt Kết luận số 50-KL/TW của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 18-NQ/TW.\n\n"
            + "Đồng chí Phan Xuân Toàn, Trưởng Ban Tổ chức Tỉnh ủy, phát biểu. Ban Tổ chức Tỉnh uỷ và Ban Tổ chức Tỉnh ủy "
            + "cùng Ban Tổ chức Trung ương thực hiện Nghị quyết 18-NQ/TW.\n";

    private static final String ENGLISH = "Long An Province reviews personnel planning\n\n04/04/2023 10:48\n\n"
            + "The Standing Board of the Long An Provincial Party Committee met on April 3 to review personnel planning "
            + "for the coming term. Personnel planning must look ahead to young and female officials, the Board said.\n\n"
            + "Officials of the Central Organisation Commission attended. Long An Province has trained 120 young officials "
            + "this year, and personnel planning will be reviewed again in June with the Central Organisation Commission.\n";

    private final KeywordSuggester suggester = new ExtractedKeywords();

    @Test
    void aVietnameseArticleGetsItsReferencesPeopleAndOrganisations() {
        List<String> keywords = suggester.suggest(ImportFixtures.read(PAGE));
        assertTrue(keywords.size() >= 4 && keywords.size() <= 8, keywords.toString());
        for (String expected : List.of("Nghị quyết 18-NQ/TW", "Kết luận 50-KL/TW", "Ban Tổ chức Trung ương", "Bộ Chính trị")) {
            assertTrue(keywords.contains(expected), expected + " in " + keywords);
        }
    }

    @Test
    void anEnglishArticleGetsItsNamesAndTopicFromTheSameSuggester() {
        ScrapedArticle article = ImportFixtures.read(ENGLISH);
        assertEquals(org.khotin.config.Language.EN, article.lang());
        List<String> keywords = suggester.suggest(article);
        assertTrue(keywords.contains("personnel planning"), keywords.toString());
        assertTrue(keywords.contains("Long An Province"), keywords.toString());
        assertTrue(keywords.contains("Central Organisation Commission"), keywords.toString());
        // function words and a sentence's first word are no keywords
        assertTrue(keywords.stream().noneMatch(k -> Set.of("the", "Board", "April", "June", "Personnel").contains(k)), keywords.toString());
    }

    @Test
    void noNearDuplicatesAndDeterministic() {
        for (String page : List.of(PAGE, ENGLISH)) {
            ScrapedArticle article = ImportFixtures.read(page);
            List<String> keywords = suggester.suggest(article);
            Set<String> keys = new HashSet<>();
            for (String k : keywords) assertTrue(keys.add(Fold.key(k)), "near duplicate: " + k + " in " + keywords);
            assertEquals(keywords, new ExtractedKeywords().suggest(ImportFixtures.read(page)));
        }
    }
}
