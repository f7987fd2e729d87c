package org.khotin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.TestSite;

/** A site's UI strings are checked against every key the templates and the generator ask for, before anything renders. */
class I18nKeysTest {
    @TempDir
    Path dir;

    @Test
    void everyKeyTheJavaCodeAsksForIsCheckedWhenTheStringsLoad() throws Exception {
        Pattern asked = Pattern.compile("\\bt\\([^\"]*, \"([a-z_]+)\"\\)");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TestSite.repoRoot().resolve("generator/src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = asked.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) keys.add(m.group(1));
            }
        }
        assertThat(keys).hasSizeGreaterThan(20);
        assertThat(I18n.USED_BY_GENERATOR).containsAll(keys);
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
