package org.khotin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.TestSite;

/** A site's UI strings are checked against every key the templates and the generator ask for, before anything renders. */
class I18nKeysTest {
    @TempDir
    Path dir;

    @Test
    void everyStringTheGeneratorShowsIsInTheBuiltInThemeInBothLanguages() {
        for (String lang : new String[] {"vi", "en"}) {
            String strings = TestSite.builtInTheme("i18n/" + lang + ".yml");
            for (UiString s : UiString.values()) {
                assertThat(strings).as(lang + ": " + s).containsPattern("(?m)^" + s.key() + ":");
            }
        }
        assertThat(I18n.USED_BY_GENERATOR).hasSize(UiString.values().length).contains("home_heading", "share_email");
    }

    private TestSite oneArticleSite() {
        return TestSite.create(dir, """
                -- content/vi/2020/01/a.md --
                ---
                title: Bài A
                date: 2020-01-02
                ---
                Nội dung.
                """);
    }

    @Test
    void aKeyASitesStringsMisspellIsAnErrorAtItsLineNamingTheKeyItMeant() {
        TestSite site = oneArticleSite();
        site.write("templates/i18n/vi.yml", "# our strings\nfooter: Kho tin của tỉnh.\nhome_headng: Tin nổi bật\n");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("templates/i18n/vi.yml:3:1: error: no template asks for UI string 'home_headng'")
                .contains("hint: did you mean 'home_heading'?")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(site.exists("public/index.html")).isFalse();
    }

    @Test
    void aStringATemplateAsksForButNoStringsFileHasIsAnErrorAtTheTemplatesLine() {
        TestSite site = oneArticleSite();
        String template = site.read("templates/article.ftlh").replace("page.t.share", "page.t.shar");
        site.write("templates/article.ftlh", template);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        int line = (int) template.substring(0, template.indexOf("page.t.shar")).lines().count();
        assertThat(run.err()).contains("templates/article.ftlh:" + line + ":")
                .contains("error: the template asks for UI string 'shar', which i18n/vi.yml does not have")
                .contains("hint: did you mean 'share'?")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(site.exists("public/index.html")).isFalse();
    }
}
