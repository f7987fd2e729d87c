package org.khotin.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.khotin.config.ConfigLoader;
import org.khotin.config.SiteConfig;
import org.khotin.diag.Problems;
import org.khotin.site.BuildOptions;
import picocli.CommandLine.Option;

/** Options every command that builds the site shares. */
final class SiteOptions {
    @Option(names = "--config", paramLabel = "FILE", defaultValue = "site-config.yml",
            description = "Site configuration (default: ${DEFAULT-VALUE}); the site is the folder it is in.")
    Path config;

    @Option(names = "--base-url", paramLabel = "URL", description = "Absolute URL the site is published at; overrides base_url.")
    String baseUrl;

    @Option(names = "--drafts", description = "Include articles marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Include articles dated in the future (scheduled ones).")
    boolean future;

    @Option(names = "--git-info", description = "Take each article's date of last change from git history, and the "
            + "addresses its file had there (renames followed) as its aliases.")
    boolean gitInfo;

    Path siteRoot() {
        return config.toAbsolutePath().normalize().getParent();
    }

    Optional<SiteConfig> loadConfig(Problems problems) {
        return new ConfigLoader().load(config.toAbsolutePath().normalize(), config.toString(), Optional.ofNullable(baseUrl),
                problems);
    }

    BuildOptions buildOptions() {
        return BuildOptions.of(Optional.ofNullable(baseUrl), drafts, future, gitInfo);
    }
}
