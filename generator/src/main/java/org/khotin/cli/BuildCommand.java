package org.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.khotin.config.SiteConfig;
import org.khotin.diag.Problem;
import org.khotin.diag.Problems;
import org.khotin.diag.Progress;
import org.khotin.output.DirectorySink;
import org.khotin.site.BuildResult;
import org.khotin.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds content/ into a static site (public/). The previous output stays in place if the build fails.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "public", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--timings", description = "Also print how long each stage took.")
    boolean timings;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems: no progress, no summary.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Problems problems = new Problems();
        Optional<SiteConfig> cfg = site.loadConfig(problems);
        if (cfg.isEmpty()) {
            report(problems.sorted(), stderr);
            return Main.FAILED;
        }
        Path outDir = out.isAbsolute() ? out : Path.of("").toAbsolutePath().resolve(out);
        BuildResult result;
        int changed = 0;
        try (DirectorySink sink = openSink(outDir, stderr)) {
            if (sink == null) return Main.FAILED;
            Progress progress = ConsoleProgress.forCommand(stderr, quiet);
            result = new SiteBuilder(site.siteRoot(), Clock.systemUTC(), progress).build(cfg.get(), site.buildOptions(), sink);
            if (!quiet && result.ok()) changed = sink.changedPaths().size();
        }
        report(result.problems(), stderr);
        if (!result.ok()) {
            stderr.println("Build failed with " + errors(result) + "; " + out + "/ was left as it was.");
            return Main.FAILED;
        }
        if (!quiet) stdout.println(result.summary() + " → " + out + "/ (" + changed + " written or replaced)");
        if (timings) stdout.println("Stages: " + result.stages());
        return Main.OK;
    }

    /** The output folder's sink, or null (after saying why) when another build is writing it. */
    private DirectorySink openSink(Path outDir, PrintWriter stderr) throws IOException {
        try {
            return new DirectorySink(outDir);
        } catch (DirectorySink.Busy e) {
            stderr.println(out + "/: error: " + e.getMessage());
            stderr.println("  hint: wait for it to finish (or stop it), then build again; " + out + "/ was left as it was");
            stderr.flush();
            return null;
        }
    }

    static String errors(BuildResult result) {
        long n = result.problems().stream().filter(Problem::isError).count();
        return n + (n == 1 ? " error" : " errors");
    }

    static void report(Iterable<Problem> problems, PrintWriter err) {
        for (Problem p : problems) err.println(p.format());
        err.flush();
    }
}
