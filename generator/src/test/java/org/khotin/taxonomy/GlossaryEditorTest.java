package org.khotin.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khotin.config.Language;
import org.khotin.content.Article;
import org.khotin.content.Body;
import org.khotin.content.FrontMatter;
import org.khotin.diag.Problems;

/** Entries written into an editor's keywords.yml: only the lines that change, in the editor's own style. */
class GlossaryEditorTest {
    private static final String PATH = "content/keywords.yml";

    /** One article per keyword list, all Vietnamese. */
    private static KeywordIndex index(String glossary, List<List<String>> keywordsOfArticles) {
        List<Article> articles = new ArrayList<>();
        OffsetDateTime date = OffsetDateTime.of(2020, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(7));
        for (int n = 0; n < keywordsOfArticles.size(); n++) {
            String slug = "bai-" + n;
            FrontMatter meta = new FrontMatter("Bài " + n, date.minusDays(n), Optional.empty(), Language.VI, slug, "",
                    keywordsOfArticles.get(n), "", FrontMatter.SeriesPlace.NONE, "", "", "", "", "", false, List.of(), List.of(), List.of(), List.of(), List.of(),
                    "", "", "", "", false, Map.of());
            String id = "vi/2020/01/" + slug;
            articles.add(new Article(id, "content/" + id + ".md", meta, Body.held("Nội dung."), 1, ""));
        }
        Problems problems = new Problems();
        KeywordIndex index = KeywordIndex.build(articles, Glossary.parse(glossary, PATH, problems), problems);
        assertThat(problems.errors()).isEmpty();
        return index;
    }

    private static String apply(String glossary, List<List<String>> keywords, List<String> merges, List<String> labels) {
        Problems problems = new Problems();
        Optional<GlossaryEditor.Result> result = new GlossaryEditor(index(glossary, keywords), PATH).apply(glossary,
                merges.stream().map(m -> GlossaryEditor.Merge.parse(m).orElseThrow()).toList(),
                labels.stream().map(l -> GlossaryEditor.Label.parse(l).orElseThrow()).toList(), problems);
        assertThat(problems.errors()).isEmpty();
        return result.orElseThrow().text();
    }

    @Test
    void flowListsScalarsAndCommentsKeepTheirPlace() {
        String glossary = """
                - id: can-bo-tre-can-bo-nu
                  vi: cán bộ trẻ, cán bộ nữ   # one keyword, with its comma
                  en: "Young: and female officials"  # to be checked
                  aliases: ["cán bộ nữ, cán bộ trẻ"]  # the other order
                - id: ba-ria-vung-tau
                  vi: Bà Rịa - Vũng Tàu
                  aliases: BR-VT
                """;
        String out = apply(glossary, List.of(List.of("cán bộ trẻ, cán bộ nữ", "Bà Rịa"), List.of("cán bộ trẻ và nữ"),
                        List.of("Vũng Tàu")),
                List.of("cán bộ nữ, cán bộ trẻ=cán bộ trẻ và nữ", "Bà Rịa - Vũng Tàu=Bà Rịa|Vũng Tàu"),
                List.of("cán bộ trẻ, cán bộ nữ=Young and female officials", "BR-VT=Ba Ria: Vung Tau"));
        assertThat(out).isEqualTo("""
                - id: can-bo-tre-can-bo-nu
                  vi: cán bộ trẻ, cán bộ nữ   # one keyword, with its comma
                  en: Young and female officials  # to be checked
                  aliases: ["cán bộ nữ, cán bộ trẻ", cán bộ trẻ và nữ]  # the other order
                - id: ba-ria-vung-tau
                  vi: Bà Rịa - Vũng Tàu
                  en: "Ba Ria: Vung Tau"
                  aliases: [BR-VT, Bà Rịa, Vũng Tàu]
                """);
        Problems problems = new Problems();
        Glossary read = Glossary.parse(out, PATH, problems);
        assertThat(problems.errors()).isEmpty();
        assertThat(read.find("Vũng Tàu").orElseThrow().id()).isEqualTo("ba-ria-vung-tau");
        assertThat(read.find("cán bộ trẻ và nữ").orElseThrow().id()).isEqualTo("can-bo-tre-can-bo-nu");
        assertThat(read.byId("ba-ria-vung-tau").orElseThrow().en()).isEqualTo("Ba Ria: Vung Tau");
    }

    @Test
    void windowsLineEndsStayAndANewFileGetsAHeader() {
        String crlf = "# glossary\r\n- id: hoa-binh\r\n  vi: Hòa Bình\r\n";
        assertThat(apply(crlf, List.of(List.of("Hòa Bình")), List.of(), List.of("Hòa Bình=Hoa Binh")))
                .isEqualTo("# glossary\r\n- id: hoa-binh\r\n  vi: Hòa Bình\r\n  en: Hoa Binh\r\n");
        String created = apply("", List.of(List.of("Văn Miếu Quốc"), List.of("Văn Miếu")), List.of("Văn Miếu=Văn Miếu Quốc"),
                List.of());
        assertThat(created).startsWith("# Bilingual keyword glossary").endsWith("""

                - id: van-mieu
                  vi: Văn Miếu
                  aliases: [Văn Miếu Quốc]
                """);
    }

    @Test
    void aKeywordAlreadyMergedOrWrittenTheSameWayChangesNothing() {
        String glossary = "- id: hoa-binh\n  vi: Hòa Bình\n  aliases: [Hoà Bình tỉnh]\n";
        Problems problems = new Problems();
        Optional<GlossaryEditor.Result> result = new GlossaryEditor(index(glossary, List.of(List.of("Hoà Bình tỉnh"))), PATH)
                .apply(glossary, List.of(GlossaryEditor.Merge.parse("hoà bình=Hòa Bình tỉnh,HÒA BÌNH").orElseThrow()),
                        List.of(), problems);
        assertThat(problems.errors()).isEmpty();
        assertThat(result.orElseThrow().changes()).isEmpty();
        assertThat(result.orElseThrow().text()).isEqualTo(glossary);
    }

    @Test
    void optionsNeedAKeywordAndSomethingForIt() {
        assertThat(GlossaryEditor.Merge.parse("Bà Rịa - Vũng Tàu")).isEmpty();
        assertThat(GlossaryEditor.Merge.parse("=Bà Rịa")).isEmpty();
        assertThat(GlossaryEditor.Merge.parse("Bà Rịa - Vũng Tàu= , ")).isEmpty();
        assertThat(GlossaryEditor.Merge.parse(" Bà Rịa - Vũng Tàu = Bà Rịa , Vũng Tàu ").orElseThrow())
                .isEqualTo(new GlossaryEditor.Merge("Bà Rịa - Vũng Tàu", List.of("Bà Rịa", "Vũng Tàu")));
        assertThat(GlossaryEditor.Label.parse("Hòa Bình=")).isEmpty();
        assertThat(GlossaryEditor.scalar("yes", false)).isEqualTo("\"yes\"");
        assertThat(GlossaryEditor.scalar("2017", false)).isEqualTo("\"2017\"");
        assertThat(GlossaryEditor.scalar("Nghị quyết 18-NQ/TW", true)).isEqualTo("Nghị quyết 18-NQ/TW");
        assertThat(GlossaryEditor.scalar("\"Vua\" sư tử", false)).isEqualTo("\"\\\"Vua\\\" sư tử\"");
        // the same emitter as the importer's front matter: a line break or a control character is escaped
        assertThat(GlossaryEditor.scalar("Hà Nội\nmới", false)).isEqualTo("\"Hà Nội\\nmới\"");
        assertThat(GlossaryEditor.scalar("0.5", true)).isEqualTo("\"0.5\"");
    }
}
