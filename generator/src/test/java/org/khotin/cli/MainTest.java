package org.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.TestSite;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void helpAndVersionExitZero() {
        TestSite.Run help = TestSite.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: khotin").contains("build");
        TestSite.Run version = TestSite.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("khotin ");
        TestSite.Run buildHelp = TestSite.run("build", "--help");
        assertThat(buildHelp.exitCode()).isZero();
        assertThat(buildHelp.out()).contains("--base-url").contains("--drafts").contains("--out").contains("--config");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(TestSite.run("build", "--no-such-option").exitCode()).isEqualTo(2);
        assertThat(TestSite.run("frobnicate").exitCode()).isEqualTo(2);
        assertThat(TestSite.run().exitCode()).isEqualTo(2);
    }

    @Test
    void missingConfigIsAContentErrorWithAHint() {
        TestSite.Run run = TestSite.run("build", "--config", dir.resolve("nope.yml").toString(), "--out",
                dir.resolve("public").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("site configuration not found").contains("hint:");
    }

    @Test
    void badConfigNamesTheKey() {
        TestSite site = TestSite.create(dir, """
                -- site-config.yml --
                base_url: not a url
                pagination:
                  page_size: 0
                langauges: {}
                """);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("site-config.yml:1:11: error: base URL 'not a url' is not an absolute http(s) URL")
                .contains("site-config.yml:3:14: error: pagination field 'page_size' must be a whole number from 1 to 1000, not 0")
                .contains("site-config.yml:4:1: error: unknown site-config.yml key 'langauges'")
                .contains("did you mean 'languages'?");
    }
}
