package org.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.TestSite;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

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

    /**
     * Help starts a new line at each element of a description and wraps the rest itself, so an element cut
     * mid-sentence prints as a ragged fragment ("Watches content/, templates/ and" on a line of its own), and the
     * list of commands shows only a command's first element.
     */
    @Test
    void helpTextBreaksLinesOnlyBetweenSentences() {
        List<String> fragments = new ArrayList<>();
        collectFragments(new CommandLine(new Main()).getCommandSpec(), fragments);
        assertThat(fragments).isEmpty();
        String commands = TestSite.run("--help").out().replaceAll("\\s+", " ");
        assertThat(commands).contains(" serve Builds the site and serves it on 127.0.0.1 for preview. check ")
                .contains(" import Turns scraped article pages and crawler or CMS exports into Markdown articles "
                        + "under content/. serve ");
    }

    private static void collectFragments(CommandSpec command, List<String> fragments) {
        for (String line : command.usageMessage().description()) {
            if (!endsASentence(line)) {
                fragments.add(command.qualifiedName() + ": " + line);
            }
        }
        for (OptionSpec option : command.options()) {
            for (String line : option.description()) {
                if (!endsASentence(line)) {
                    fragments.add(command.qualifiedName() + " " + option.longestName() + ": " + line);
                }
            }
        }
        command.subcommands().values().forEach(sub -> collectFragments(sub.getCommandSpec(), fragments));
    }

    private static boolean endsASentence(String line) {
        return line.isEmpty() || line.matches("(?s).*[.:!?)](%n)?$"); // %n: picocli's own line end
    }
}
