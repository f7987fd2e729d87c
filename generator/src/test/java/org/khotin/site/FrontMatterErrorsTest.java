package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.TestSite;

/** Each kind of content error: message, file:line:col, hint, exit code 1, and all errors reported together. */
class FrontMatterErrorsTest {
    @TempDir
    Path dir;

    private TestSite.Run buildWith(String path, String content) {
        TestSite site = TestSite.create(dir, "-- " + path + " --\n" + content);
        return site.build();
    }

    @Test
    void invalidYamlNamesLineAndColumn() {
        TestSite.Run run = buildWith("content/vi/2020/01/a.md", """
                ---
                title: Bài một
                date: 2020-01-02
                keywords: [a, b
                ---
                Nội dung.
                """);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("content/vi/2020/01/a\\.md:[45]:\\d+: error: invalid YAML");
        assertThat(run.err()).contains("hint:");
    }

    @Test
    void aPublishedArticleWithoutTextIsAWarningAtWhereTheTextGoes() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/01/chua-viet.md --
                ---
                title: Bài chưa viết
                date: 2020-01-02
                ---

                -- content/vi/2020/01/nhap.md --
                ---
                title: Bản nháp
                date: 2020-01-03
                draft: true
                ---
                -- content/vi/2020/01/da-viet.md --
                ---
                title: Bài đã viết
                date: 2020-01-04
                ---
                Nội dung.
                """);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("content/vi/2020/01/chua-viet.md:5:1: warning: the article has no text")
                .contains("hint: write it below the front matter's closing '---', or mark it 'draft: true'")
                .doesNotContain("nhap.md").doesNotContain("da-viet.md");
    }

    @Test
    void unknownKeySuggestsTheNearestKnownOne() {
        TestSite.Run run = buildWith("content/vi/2020/01/a.md", """
                ---
                title: Bài một
                date: 2020-01-02
                keyword: [a]
                ---
                """);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("content/vi/2020/01/a.md:4:1: error: unknown front matter key 'keyword'")
                .contains("did you mean 'keywords'?");
    }

    @Test
    void wrongTypeIsReportedAtTheValue() {
        TestSite.Run run = buildWith("content/vi/2020/01/a.md", """
                ---
                title: Bài một
                date: 2020-01-02
                draft: maybe
                keywords:
                  nested: map
                ---
                """);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("a.md:4:8: error: front matter field 'draft' must be true or false, not text")
                .contains("a.md:6:3: error: front matter field 'keywords' must be a list, not a mapping");
    }

    @Test
    void impossibleDate() {
        TestSite.Run run = buildWith("content/vi/2020/02/a.md", """
                ---
                title: Bài một
                date: 2020-02-30T10:00:00+07:00
                ---
                """);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("a.md:3:7: error: impossible date '2020-02-30T10:00:00+07:00'");
    }

    @Test
    void timeWithoutOffsetIsRejectedWithAFix() {
        TestSite.Run run = buildWith("content/vi/2020/02/a.md", """
                ---
                title: Bài một
                date: 2020-02-03 10:00
                ---
                """);
        assertThat(run.err()).contains("a.md:3:7: error: date '2020-02-03 10:00' has a time but no UTC offset")
                .contains("2020-02-03T10:00+07:00");
    }

    @Test
    void missingTitleAndDate() {
        TestSite.Run run = buildWith("content/vi/2020/01/a.md", """
                ---
                summary: Không có tiêu đề
                ---
                """);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("a.md:1:1: error: missing date").contains("a.md:1:1: error: missing title");
    }

    @Test
    void languageMustMatchTheFolder() {
        TestSite.Run run = buildWith("content/vi/2020/01/a.md", """
                ---
                title: An English title
                date: 2020-01-02
                lang: en
                ---
                """);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("a.md:4:7: error: lang 'en' does not match the folder content/vi/");
    }

    @Test
    void twoArticlesWithTheSameUrl() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/01/a.md --
                ---
                title: Cùng một tiêu đề
                date: 2020-01-02
                ---
                -- content/vi/2020/01/b.md --
                ---
                title: Cùng một tiêu đề
                date: 2020-01-05
                ---
                """);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("content/vi/2020/01/a.md:2:8: error: two articles have the same URL /vi/2020/01/cung-mot-tieu-de/ (also content/vi/2020/01/b.md)")
                .contains("content/vi/2020/01/b.md:2:8: error: two articles have the same URL");
    }

    @Test
    void twoArticlesOfOneLanguageSharingATranslationKey() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/01/a.md --
                ---
                title: Bài A
                date: 2020-01-02
                translation_key: story
                ---
                -- content/vi/2020/01/b.md --
                ---
                title: Bài B
                date: 2020-01-03
                translation_key: story
                ---
                """);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("content/vi/2020/01/a.md:4:18: error: translation_key 'story' is used by another vi article too (content/vi/2020/01/b.md)");
    }

    @Test
    void fileThatIsNotUtf8() {
        TestSite site = TestSite.create(dir, "");
        byte[] head = "---\ntitle: Ti".getBytes(StandardCharsets.UTF_8);
        // "ếng Việt" as Windows-1258 writes it: base letters plus combining tone bytes, not UTF-8
        byte[] latin1 = "\u00EAng Vi\u00EAt\ndate: 2020-01-02\n---\n".getBytes(java.nio.charset.Charset.forName("windows-1258"));
        byte[] all = new byte[head.length + latin1.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(latin1, 0, all, head.length, latin1.length);
        site.writeBytes("content/vi/2020/01/a.md", all);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("content/vi/2020/01/a\\.md:2:10: error: file is not valid UTF-8 \\(byte 0x[0-9A-F]{2}\\)")
                .contains("khotin import");
    }

    @Test
    void theReplacementCharacterWrittenInAFileIsTextNotAnEncodingError() {
        // U+FFFD is what a lenient decoder puts for a wrong byte; written in the file as UTF-8, it is just a character
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/01/a.md --
                ---
                title: "Ký tự \uFFFD thay thế"
                date: 2020-01-02
                ---
                Thân bài có \uFFFD ở giữa.
                """);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.read("public/vi/2020/01/ky-tu-thay-the/index.html")).contains("Thân bài có \uFFFD ở giữa.");
    }

    @Test
    void allErrorsOfABuildAreReportedTogetherSortedByFileAndLine() {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2020/02/z.md --
                ---
                title: Z
                date: 2020-02-31
                ---
                -- content/vi/2020/01/a.md --
                ---
                title: A
                date: 2020-01-02
                colour: red
                ---
                -- content/en/2020/01/b.md --
                ---
                date: 2020-01-02
                ---
                """);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        String err = run.err();
        int b = err.indexOf("content/en/2020/01/b.md:1:1: error: missing title");
        int a = err.indexOf("content/vi/2020/01/a.md:4:1: error: unknown front matter key 'colour'");
        int z = err.indexOf("content/vi/2020/02/z.md:3:7: error: impossible date");
        assertThat(b).isNotNegative();
        assertThat(a).isGreaterThan(b);
        assertThat(z).isGreaterThan(a);
        assertThat(err).contains("Build failed with 3 errors");
    }

    @Test
    void yamlMistakesSayWhatTheParserFoundAndWhere() {
        TestSite.Run tab = buildWith("content/vi/2020/01/a.md", "---\ntitle: A\ndate: 2020-01-02\nkeywords:\n\t- Tỉnh ủy\n---\nText.\n");
        assertThat(tab.err()).contains("content/vi/2020/01/a.md:5:1: error: invalid YAML: found character 'tab' that cannot start any token")
                .contains("indent with spaces, not tabs");
        TestSite.Run bracket = TestSite.create(dir.resolve("other"), "-- content/vi/2020/01/b.md --\n---\ntitle: B\ndate: 2020-01-02\n"
                + "keywords: [a, b\n---\nText.\n").build();
        // found at the end, but placed where the editor opened the bracket
        assertThat(bracket.err()).contains("content/vi/2020/01/b.md:4:11: error: invalid YAML: expected ',' or ']', but got <stream end>; "
                + "while parsing a flow sequence that starts here and is not closed");
        TestSite.Run quote = TestSite.create(dir.resolve("third"), "-- content/vi/2020/01/c.md --\n---\ntitle: \"Quote\ndate: 2020-01-02\n"
                + "---\nText.\n").build();
        assertThat(quote.err()).contains("content/vi/2020/01/c.md:2:8: error: invalid YAML:");
        TestSite.Run midway = TestSite.create(dir.resolve("fourth"), "-- content/vi/2020/01/d.md --\n---\ntitle: D\nkeywords: [a, b\n"
                + "date: 2020-01-02\nsummary: x\n---\nText.\n").build();
        assertThat(midway.err()).contains("content/vi/2020/01/d.md:3:11: error: invalid YAML:").contains("that starts here and is not closed");
    }

    @Test
    void aPublishedArticleWhoseDateIsStillToReviewIsAWarning() {
        TestSite.Run run = buildWith("content/vi/2020/01/a.md", "---\ntitle: A\ndate: 2020-01-02\nneeds_review: [title, date]\n---\nText.\n");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("content/vi/2020/01/a.md:4:15: warning: published with its date still to review");
        TestSite.Run title = TestSite.create(dir.resolve("other"), "-- content/vi/2020/01/b.md --\n---\ntitle: B\ndate: 2020-01-02\n"
                + "needs_review: [title]\n---\nText.\n").build();
        assertThat(title.err()).as("an imported title, as the importer publishes it").doesNotContain("warning");
    }

    @Test
    void articleOutsideTheDatedFolders() {
        TestSite.Run run = buildWith("content/vi/a.md", """
                ---
                title: A
                date: 2020-01-02
                ---
                """);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("content/vi/a.md: error: article is not in a <lang>/<yyyy>/<mm>/ folder")
                .as("the folder its language and date call for").contains("move it to content/vi/2020/01/a.md");
    }

    @Test
    void anEnglishArticleOutsideTheDatedFoldersIsToldItsEnglishFolder() {
        TestSite.Run run = buildWith("content/en/misc.md", """
                ---
                title: A
                date: 2023-03-15T08:00:00+07:00
                ---
                Text.
                """);
        assertThat(run.err()).contains("content/en/misc.md: error: article is not in a <lang>/<yyyy>/<mm>/ folder")
                .contains("move it to content/en/2023/03/misc.md");
        TestSite.Run unreadable = TestSite.create(dir.resolve("other"), "-- content/misc.md --\nno front matter\n").build();
        assertThat(unreadable.err()).contains("move it to content/<lang>/<yyyy>/<mm>/ (its language, and the year and month of its date): misc.md");
    }

    @Test
    void missingFrontMatter() {
        TestSite.Run run = buildWith("content/vi/2020/01/a.md", "Chỉ có nội dung.\n");
        assertThat(run.err()).contains("content/vi/2020/01/a.md:1:1: error: missing front matter");
    }
}
