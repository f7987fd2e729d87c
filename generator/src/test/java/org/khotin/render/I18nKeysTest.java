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

/** A site's UI strings are checked for every key the generator asks for, before anything renders. */
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
    void aSiteWhoseStringsLackAKeyGetsAnErrorNamingItNotAStackTrace() {
        TestSite site = oneArticleSite();
        for (String lang : new String[] {"vi", "en"}) {
            String file = "templates/i18n/" + lang + ".yml";
            site.write(file, site.read(file).replaceAll("(?m)^home_heading:.*\\n", ""));
        }
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("templates/i18n/vi.yml: error: missing UI string 'home_heading'")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(site.exists("public/index.html")).isFalse();
    }

    @Test
    void aStringATemplateAsksForButTheFilesMisspellIsAnErrorAtTheTemplatesLine() {
        TestSite site = oneArticleSite();
        for (String lang : new String[] {"vi", "en"}) {
            String file = "templates/i18n/" + lang + ".yml";
            site.write(file, site.read(file).replaceAll("(?m)^related_heading:", "related_headin:").replaceAll("(?m)^share:", "shar:"));
        }
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        String template = site.read("templates/article.ftlh");
        int line = (int) template.substring(0, template.indexOf("page.t.share")).lines().count();
        assertThat(run.err()).contains("templates/article.ftlh:" + line + ":")
                .contains("error: the template asks for UI string 'share', which i18n/vi.yml does not have")
                .contains("hint: did you mean 'shar'?")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(site.exists("public/index.html")).isFalse();
    }
}
