package org.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.khotin.config.ConfigLoader;
import org.khotin.config.SiteConfig;
import org.khotin.diag.Problem;
import org.khotin.diag.Problems;
import org.khotin.output.DirectorySink;
import org.khotin.site.BuildOptions;
import org.khotin.site.BuildResult;
import org.khotin.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds content/ into a static site (public/). The previous output stays in place if the build fails.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "site-config.yml",
            description = "Site configuration (default: ${DEFAULT-VALUE}); the site is the folder it is in.")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "public", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Absolute URL the site is published at; overrides base_url.")
    String baseUrl;

    @Option(names = "--drafts", description = "Include articles marked draft: true.")
    boolean drafts;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path configFile = config.toAbsolutePath().normalize();
        Path siteRoot = configFile.getParent();
        Problems problems = new Problems();
        Optional<SiteConfig> cfg = new ConfigLoader().load(configFile, config.toString(), problems);
        if (cfg.isEmpty()) {
            report(problems.sorted(), stderr);
            return Main.FAILED;
        }
        Path outDir = out.isAbsolute() ? out : Path.of("").toAbsolutePath().resolve(out);
        BuildResult result;
        try (DirectorySink sink = new DirectorySink(outDir)) {
            result = new SiteBuilder(siteRoot, Clock.systemUTC())
                    .build(cfg.get(), new BuildOptions(Optional.ofNullable(baseUrl), drafts), sink);
        }
        report(result.problems(), stderr);
        if (!result.ok()) {
            long errors = result.problems().stream().filter(Problem::isError).count();
            stderr.println("Build failed with " + errors + (errors == 1 ? " error" : " errors") + "; " + out
                    + "/ was left as it was.");
            return Main.FAILED;
        }
        stdout.println(result.summary() + " → " + out + "/");
        return Main.OK;
    }

    static void report(Iterable<Problem> problems, PrintWriter err) {
        for (Problem p : problems) err.println(p.format());
        err.flush();
    }
}
