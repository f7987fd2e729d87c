package org.khotin.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khotin.diag.Problem;
import org.khotin.diag.Problems;

/** Which spellings are one keyword, and the glossary that names them. */
class KeywordIdentityTest {
    @Test
    void caseUnicodeFormAndTonePlacementDoNotMakeANewKeyword() {
        String key = KeywordKeys.key("Hòa Bình");
        assertThat(KeywordKeys.key("hoà  bình")).isEqualTo(key);
        assertThat(KeywordKeys.key(Normalizer.normalize("HOÀ BÌNH", Normalizer.Form.NFD))).isEqualTo(key);
        assertThat(KeywordKeys.key("Cấp uỷ")).isEqualTo(KeywordKeys.key("cấp ủy"));
        assertThat(KeywordKeys.key("đảng")).isNotEqualTo(KeywordKeys.key("dáng"));
    }

    @Test
    void abbreviationsMeanTheWordsTheyStandFor() {
        assertThat(KeywordKeys.key("HĐND tỉnh")).isEqualTo(KeywordKeys.key("Hội đồng nhân dân tỉnh"));
        assertThat(KeywordKeys.key("UBND tỉnh")).isEqualTo(KeywordKeys.key("Ủy ban nhân dân tỉnh"));
        assertThat(KeywordKeys.key("BTC Tỉnh ủy")).isEqualTo(KeywordKeys.key("Ban Tổ chức Tỉnh ủy"));
        assertThat(KeywordKeys.key("BTV Tỉnh ủy")).isEqualTo(KeywordKeys.key("Ban Thường vụ Tỉnh ủy"));
        assertThat(KeywordKeys.key("BCH Trung ương")).isEqualTo(KeywordKeys.key("Ban Chấp hành Trung ương"));
        assertThat(KeywordKeys.key("ĐBQH")).isEqualTo(KeywordKeys.key("Đại biểu Quốc hội"));
        assertThat(KeywordKeys.key("MTTQ")).isEqualTo(KeywordKeys.key("Mặt trận Tổ quốc"));
        assertThat(KeywordKeys.key("UVTV")).isEqualTo(KeywordKeys.key("Ủy viên Ban Thường vụ"));
        assertThat(KeywordKeys.key("TUV")).isEqualTo(KeywordKeys.key("Tỉnh ủy viên"));
        assertThat(KeywordKeys.key("công tác XD Đảng")).isEqualTo(KeywordKeys.key("công tác xây dựng Đảng"));
        assertThat(KeywordKeys.key("NQ Trung ương 6")).isEqualTo(KeywordKeys.key("Nghị quyết Trung ương 6"));
        // only whole tokens: "Khối" is not "khối" + something, "XD" inside a word is not expanded
        assertThat(KeywordKeys.key("XDCB")).isEqualTo("xdcb");
        assertThat(KeywordKeys.spellOut("BCH Trung ương")).isEqualTo("Ban Chấp hành Trung ương");
    }

    @Test
    void documentNumbersHaveOneNormalForm() {
        assertThat(KeywordKeys.key("Nghị quyết số 18-NQ/TW")).isEqualTo(KeywordKeys.key("Nghị quyết 18-NQ/TW"));
        assertThat(KeywordKeys.key("Kết luận số 50-KL/TW")).isEqualTo(KeywordKeys.key("kết luận 50-KL/TW"));
        assertThat(KeywordKeys.key("Resolution No. 18-NQ/TW")).isEqualTo(KeywordKeys.key("Resolution 18-NQ/TW"));
        assertThat(KeywordKeys.key("Nghị quyết 18-NQ/TW")).isNotEqualTo(KeywordKeys.key("Nghị quyết 19-NQ/TW"));
    }

    static final String GLOSSARY = """
            - id: ban-to-chuc-tinh-uy
              vi: Ban Tổ chức Tỉnh ủy
              en: Organisation Commission of the Provincial Party Committee
              aliases: [Ban Tổ chức Tỉnh uỷ, Provincial Organisation Commission]
            - id: hoa-binh
              vi: Hòa Bình
            """;

    @Test
    void glossaryMatchesLabelsAndAliasesInEitherLanguage() {
        Problems problems = new Problems();
        Glossary g = Glossary.parse(GLOSSARY, "content/keywords.yml", problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(g.find("BTC Tỉnh ủy")).map(GlossaryEntry::id).contains("ban-to-chuc-tinh-uy");
        assertThat(g.find("provincial organisation commission")).map(GlossaryEntry::id).contains("ban-to-chuc-tinh-uy");
        assertThat(g.find("Organisation Commission of the Provincial Party Committee")).map(GlossaryEntry::id)
                .contains("ban-to-chuc-tinh-uy");
        assertThat(g.find("HOÀ BÌNH")).map(GlossaryEntry::id).contains("hoa-binh");
        assertThat(g.find("Hà Nội")).isEmpty();
        assertThat(g.byId("hoa-binh").orElseThrow().en()).isEmpty();
    }

    private static List<String> errors(String yaml) {
        Problems problems = new Problems();
        Glossary.parse(yaml, "content/keywords.yml", problems);
        return problems.errors().stream().map(p -> p.pos() + " " + p.message()).toList();
    }

    @Test
    void glossaryErrorsSayWhere() {
        assertThat(errors("""
                - id: a
                  vi: A thứ nhất
                  english: A
                """)).containsExactly("content/keywords.yml:3:3 unknown keyword glossary key 'english'");
        assertThat(errors("""
                - id: a
                  vi: Một
                - id: a
                  vi: Hai
                """)).singleElement().asString().startsWith("content/keywords.yml:3:7 glossary id 'a' is used by another entry too");
        assertThat(errors("""
                - id: mot
                  vi: Một
                  aliases: [Hòa Bình]
                - id: hai
                  vi: Hai
                  aliases: [hoà bình]
                """)).singleElement().asString()
                .startsWith("content/keywords.yml:6:13 'hoà bình' is claimed by glossary entries 'mot' and 'hai'");
        assertThat(errors("- id: Not A Slug\n  vi: X\n")).singleElement().asString()
                .startsWith("content/keywords.yml:1:7 glossary id 'Not A Slug' is not a slug");
        assertThat(errors("- vi: X\n")).singleElement().asString().contains("without an 'id'");
        assertThat(errors("id: x\n")).singleElement().asString().contains("must be a list of entries");
        assertThat(errors("- id: x\n  vi: [a, b]\n")).singleElement().asString().contains("'vi' must be text");
        assertThat(errors("")).isEmpty();
    }

    @Test
    void problemsCarryHints() {
        Problems problems = new Problems();
        Glossary.parse("- id: a\n  vi: X\n- id: b\n  vi: x\n", "k.yml", problems);
        assertThat(problems.errors()).extracting(Problem::hint).singleElement().asString().contains("one entry only");
    }
}
