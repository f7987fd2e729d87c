package org.khotin.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khotin.testing.TestSite;

/**
 * Careless or hostile content and configuration (issue 17, items 2, 3, 7, 9 and 10): each ends in an error
 * with file:line:col and a hint and exit 1, or in a correct site.
 */
class ContentAttackTest {
    @TempDir
    Path dir;

    @TempDir
    Path outside;

    private static String article(String title, String date, String extra) {
        return "---\ntitle: " + title + "\ndate: " + date + "\n" + extra + "---\nNội dung.\n";
    }

    // item 2: booleans

    @ParameterizedTest(name = "draft: {0}")
    @CsvSource({"yes, error", "on, error", "no, error", "off, error", "Yes, error", "ON, error",
            "true, draft", "TRUE, draft", "false, published", "False, published"})
    void aDraftFlagIsTrueOrFalseAndAnythingElseIsAnErrorNeverAPublishedDraft(String value, String outcome) {
        TestSite site = TestSite.create(dir, "-- content/vi/2020/01/a.md --\n"
                + article("Bản nháp", "2020-01-02", "draft: " + value + "\n")
                + "-- content/vi/2020/01/b.md --\n" + article("Bài thật", "2020-01-03", ""));
        TestSite.Run run = site.build();
        if (outcome.equals("error")) {
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("content/vi/2020/01/a.md:4:8: error: front matter field 'draft' must be true or false,"
                    + " not '" + value + "'").contains("hint: write 'draft: true' or 'draft: false'");
        } else {
            run.assertOk();
            site.assertExists("public/vi/2020/01/bai-that/index.html");
        }
        assertThat(site.exists("public/vi/2020/01/ban-nhap/index.html")).isEqualTo(outcome.equals("published"));
    }

    @Test
    void aFallbackOfYesInTheConfigurationIsAnError() {
        TestSite site = TestSite.create(dir, """
                -- site-config.yml --
                base_url: https://example.org/
                languages:
                  en:
                    fallback: on
                -- content/vi/2020/01/a.md --
                """ + article("Bài", "2020-01-02", ""));
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("site-config.yml:4:15: error: languages.en field 'fallback' must be true or false, not 'on'")
                .contains("hint: write 'fallback: true'");
    }

    // item 3: control characters

    @Test
    void controlCharactersAreCleanedAtLoadWithAWarningAndEveryFeedIsXml() throws Exception {
        TestSite site = TestSite.create(dir, "-- content/vi/2020/01/a.md --\n"
                + "---\ntitle: \"Bài\\0 một\"\ndate: 2020-01-02\nkeywords: [Kinh tế]\nsummary: Tóm\u0001 tắt\n---\n"
                + "Dòng một\u000Bdòng hai.\n\nĐoạn \u0001hai\u007F.\n"
                + "-- content/en/2020/01/b.md --\n"
                + article("Report\u000B two", "2020-01-03", "keywords: [Economy]\n") + "Text \uFFFE here.\n");
        TestSite.Run run = site.build();
        run.assertOk();
        assertThat(run.err())
                .contains("content/vi/2020/01/a.md:2:8: warning: stray character U+0000 (NUL) removed")
                .contains("content/vi/2020/01/a.md:5:13: warning: stray character U+0001 (a control character) removed")
                .contains("content/vi/2020/01/a.md:7:9: warning: stray character U+000B (vertical tab) replaced with a line break"
                        + " (and 2 more in this text)")
                .contains("content/en/2020/01/b.md:2:14: warning: stray character U+000B (vertical tab) replaced with a space")
                .contains("content/en/2020/01/b.md:7:6: warning: stray character U+FFFE (a noncharacter) removed")
                .contains("hint: text pasted from Word");

        Map<String, byte[]> built = site.snapshot("public");
        int xmlFiles = 0;
        for (var file : built.entrySet()) {
            String text = org.khotin.testing.SearchFiles.text(file.getKey(), file.getValue());
            assertThat(text).as(file.getKey()).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]");
            if (file.getKey().endsWith(".xml")) {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                f.newDocumentBuilder().parse(new ByteArrayInputStream(file.getValue())); // throws on a bad character
                xmlFiles++;
            }
        }
        assertThat(xmlFiles).as("feeds of both languages, of a keyword, and the sitemap").isGreaterThanOrEqualTo(4);
        assertThat(site.read("public/vi/2020/01/bai-mot/index.html")).contains("Bài một").contains("Dòng một\ndòng hai.");
    }

    @Test
    void aRawNulInTheFrontMatterIsCleanedNotAYamlError() {
        TestSite site = TestSite.create(dir, "-- content/vi/2020/01/a.md --\n" + article("Bài\u0000 một", "2020-01-02", ""));
        TestSite.Run run = site.build().assertOk();
        assertThat(run.err()).contains("content/vi/2020/01/a.md:2:11: warning: stray character U+0000 (NUL) removed");
        site.assertExists("public/vi/2020/01/bai-mot/index.html");
    }

    // item 7: configuration

    @Test
    void anEmptyConfigurationIsAnErrorNotABuildForLocalhost() {
        TestSite site = TestSite.create(dir, "-- site-config.yml --\n\n-- content/vi/2020/01/a.md --\n" + article("Bài", "2020-01-02", ""));
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("site-config.yml:1:1: error: no base_url: the address the site is published at")
                .contains("hint: add a line 'base_url: https://example.org/archive/'");
        assertThat(site.exists("public/sitemap.xml")).isFalse();
    }

    @Test
    void theCommandLineCanGiveTheBaseUrlThatTheFileLeavesOut() {
        TestSite site = TestSite.create(dir, "-- site-config.yml --\ntime_zone: Asia/Ho_Chi_Minh\n"
                + "-- content/vi/2020/01/a.md --\n" + article("Bài", "2020-01-02", ""));
        site.build("--base-url", "https://user.github.io/khotin").assertOk();
        assertThat(site.read("public/sitemap.xml")).contains("<loc>https://user.github.io/khotin/vi/2020/01/bai/</loc>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://example.org/archive/?lang=vi      | has a query ('?')
            https://example.org/archive/#top          | has a fragment ('#')
            https://editor:secret@example.org/        | holds a user name or password
            https://example.org:99999/                | has a port outside 1-65535
            https://example.org:0/                    | has a port outside 1-65535
            ftp://example.org/                        | is not an absolute http(s) URL
            file:///var/www/                          | is not an absolute http(s) URL
            //example.org/                            | is not an absolute http(s) URL
            https:///archive/                         | has no valid host name
            """)
    void aBaseUrlThatCannotPrefixEveryLinkIsAnErrorInTheFileAndOnTheCommandLine(String url, String why) {
        TestSite site = TestSite.create(dir, "-- site-config.yml --\nbase_url: " + url + "\n"
                + "-- content/vi/2020/01/a.md --\n" + article("Bài", "2020-01-02", ""));
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("site-config.yml:1:11: error: base URL '" + url + "' " + why).contains("hint: ");

        site.write("site-config.yml", TestSite.DEFAULT_CONFIG);
        TestSite.Run option = site.build("--base-url", url);
        assertThat(option.exitCode()).isEqualTo(1);
        assertThat(option.err()).contains("--base-url: error: base URL '" + url + "' " + why).contains("hint: ");
        assertThat(site.exists("public/sitemap.xml")).isFalse();
    }

    @Test
    void aContentFolderThatIsNotThereIsAnError() {
        TestSite site = TestSite.create(dir, "-- site-config.yml --\n" + TestSite.DEFAULT_CONFIG + "content_dir: contnet\n"
                + "-- content/vi/2020/01/a.md --\n" + article("Bài", "2020-01-02", ""));
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("contnet/: error: content folder not found")
                .contains("hint: content_dir in site-config.yml names it ('contnet'");
        assertThat(site.exists("public/index.html")).isFalse();
    }

    @Test
    void aContentFolderWithoutArticlesIsAnError() throws IOException {
        TestSite site = TestSite.create(dir, "-- content/keywords.yml --\n- id: kinh-te\n  vi: Kinh tế\n");
        Files.createDirectories(site.root().resolve("content/vi/2020/01"));
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("content/: error: no articles found").contains("hint: check content_dir");
    }

    // item 9: what the content walk reads

    @Test
    void aLinkedFolderInsideTheSiteIsReadAndLinksLeadingOutOrNowhereAreErrors() throws IOException {
        TestSite site = TestSite.create(dir, "-- content/vi/2020/01/a.md --\n" + article("Bài một", "2020-01-02", "")
                + "-- shared/vi/2019/03/b.md --\n" + article("Bài chung", "2019-03-04", ""));
        Path content = site.root().resolve("content");
        Files.createSymbolicLink(content.resolve("vi/2019"), Path.of("../../shared/vi/2019"));
        site.build().assertOk();
        site.assertExists("public/vi/2020/01/bai-mot/index.html");
        site.assertExists("public/vi/2019/03/bai-chung/index.html");

        Path secret = Files.writeString(outside.resolve("secret.md"), article("Bí mật", "2020-01-05", ""));
        Files.createSymbolicLink(content.resolve("vi/2020/01/secret.md"), secret);
        Files.createSymbolicLink(content.resolve("vi/2020/01/gone.md"), Path.of("moved-away.md"));
        Files.createSymbolicLink(content.resolve("en"), outside);
        Files.createSymbolicLink(content.resolve("vi/2020/01/loop"), Path.of("../.."));
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("content/vi/2020/01/secret.md: error: link leads outside the site, to " + secret.toRealPath())
                .contains("content/en: error: link leads outside the site")
                .contains("content/vi/2020/01/gone.md: error: link leads to 'moved-away.md', which does not exist")
                .contains("hint: create what it points to, or delete the link")
                .contains("content/vi/2020/01/loop: error: linked folder leads back to")
                .contains("hint: khotin follows links only within the site's folder");
        assertThat(site.exists("public/vi/2020/01/bi-mat/index.html")).isFalse();
        Files.delete(content.resolve("vi/2020/01/secret.md")); // the temporary folders go without a word about links out
        Files.delete(content.resolve("en"));
    }

    @Test
    void otherSpellingsOfMarkdownAndAGlossaryFolderAreErrors() throws IOException {
        TestSite site = TestSite.create(dir, "-- content/vi/2020/01/a.md --\n" + article("Bài một", "2020-01-02", "")
                + "-- content/vi/2020/01/b.MD --\n" + article("Bài hai", "2020-01-03", "")
                + "-- content/vi/2020/01/c.markdown --\n" + article("Bài ba", "2020-01-04", "")
                + "-- content/en/2020/01/d.Markdown --\n" + article("Four", "2020-01-05", ""));
        Files.createDirectories(site.root().resolve("content/keywords.yml"));
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("content/vi/2020/01/b.MD: error: not read: khotin reads only files whose names end in '.md'")
                .contains("hint: rename it to b.md")
                .contains("content/vi/2020/01/c.markdown: error: not read").contains("hint: rename it to c.md")
                .contains("content/en/2020/01/d.Markdown: error: not read")
                .contains("content/keywords.yml: error: keywords.yml is a folder, so the keyword glossary cannot be read");
    }

    @Test
    void hiddenFilesAndEditorsBackupsAreNeverPublished() throws IOException {
        String draft = article("Bản ẩn", "2020-01-02", "");
        TestSite site = TestSite.create(dir, "-- content/vi/2020/01/a.md --\n" + article("Bài một", "2020-01-02", "")
                + "-- content/vi/2020/01/.hidden.md --\n" + draft
                + "-- content/vi/2020/01/#autosave#.md --\n" + draft.replace("Bản ẩn", "Bản tự lưu")
                + "-- content/vi/2020/01/~$word.md --\n" + draft.replace("Bản ẩn", "Bản khóa")
                + "-- content/vi/2020/01/a.md~ --\n" + draft.replace("Bản ẩn", "Bản sao lưu")
                + "-- content/vi/2020/01/a.md.bak --\n" + draft.replace("Bản ẩn", "Bản bak")
                + "-- content/vi/2020/01/.a.md.swp --\n" + "binary swap"
                + "-- content/.obsidian/vi/2020/01/x.md --\n" + draft.replace("Bản ẩn", "Bản trong thư mục ẩn"));
        // Emacs marks a file being edited with a link to nowhere
        Files.createSymbolicLink(site.root().resolve("content/vi/2020/01/.#a.md"), Path.of("editor@host.1234:1700000000"));
        TestSite.Run run = site.build().assertOk();
        assertThat(run.err()).doesNotContain("hidden").doesNotContain("#").doesNotContain("~").doesNotContain("obsidian");
        assertThat(site.files("public")).filteredOn(f -> f.matches("vi/2020/01/[^/]+/index\\.html"))
                .containsExactly("vi/2020/01/bai-mot/index.html");
        assertThat(site.read("public/sitemap.xml")).doesNotContain("ban-");
    }

    // item 10: years

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0000-01-01                  | 3:7
            0999-12-31                  | 3:7
            10000-01-01                 | 3:7
            9999-12-31T20:00:00-05:00   | 3:7
            1000-01-01T01:00:00+09:00   | 3:7
            """)
    void aYearOutsideFourDigitsIsAnErrorAtTheDate(String date, String at) {
        TestSite site = TestSite.create(dir, "-- content/vi/2020/01/a.md --\n" + article("Bài", date, "")
                + "-- content/vi/2020/01/b.md --\n" + article("Bài khác", "2020-01-02", "updated: 0000-02-03\n"));
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("content/vi/2020/01/a.md:" + at + ": error: date '" + date + "' is out of range:"
                + " years run from 1000 to 9999").contains("content/vi/2020/01/b.md:4:10: error: date '0000-02-03' is out of range")
                .contains("hint: check the year");
        assertThat(site.exists("public/index.html")).isFalse();
    }
}
