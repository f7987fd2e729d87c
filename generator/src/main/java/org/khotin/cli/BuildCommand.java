package org.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.khotin.config.SiteConfig;
import org.khotin.diag.Problem;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.khotin.diag.Progress;
import org.khotin.output.DirectorySink;
import org.khotin.output.OutputFailure;
import org.khotin.output.OutputFolder;
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

    @Option(names = "--force", description = "Take over an output folder khotin did not make, or one holding files it did not write: "
            + "the build first lists them, then replaces or deletes them (dot-files stay). Never for the site's own "
            + "folder, content_dir, templates_dir or a folder above the site.")
    boolean force;

    /** How many of the files --force takes over are listed by name. */
    private static final int TAKEN_OVER_SHOWN = 100;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Problems problems = new Problems();
        Optional<SiteConfig> cfg = site.loadConfig(problems);
        if (cfg.isEmpty()) {
            report(problems.sorted(), stderr);
            return Main.FAILED;
        }
        String shown = OutputFolder.display(out);
        try {
            Optional<String> refused = OutputFolder.refusal(OutputFolder.realPath(out), site.siteRoot(), Map.of(
                    "content_dir", site.siteRoot().resolve(cfg.get().contentDir()),
                    "templates_dir", site.siteRoot().resolve(cfg.get().templatesDir())));
            if (refused.isPresent()) {
                report(List.of(Problem.error(SourcePos.file(shown), "the output folder " + refused.get()
                        + "; a build would replace the files there, so nothing was touched",
                        "build into a folder of its own, such as public/ (the default); --force does not change this")), stderr);
                return Main.FAILED;
            }
        } catch (IOException e) {
            report(List.of(Problem.error(SourcePos.file(shown), "cannot tell where this folder is: " + e.getMessage(),
                    "choose another --out")), stderr);
            return Main.FAILED;
        }
        DirectorySink sink;
        try {
            sink = force ? DirectorySink.takingOver(out) : new DirectorySink(out);
        } catch (IOException e) {
            report(List.of(failure(e, shown)), stderr);
            return Main.FAILED;
        }
        BuildResult result;
        int changed = 0;
        try (sink) {
            listTakenOver(sink.takenOver(), shown, stderr);
            Progress progress = ConsoleProgress.forCommand(stderr, quiet);
            try {
                result = new SiteBuilder(site.siteRoot(), Clock.systemUTC(), progress).build(cfg.get(), site.buildOptions(), sink);
            } catch (RuntimeException e) {
                // a file that could not be written (a full disk, say) stops the build wherever it is
                OutputFailure failure = outputFailure(e).orElseThrow(() -> e);
                sink.abandon();
                report(List.of(failure(failure, shown)), stderr);
                return Main.FAILED;
            }
            if (!quiet && result.ok()) changed = sink.changedPaths().size();
        }
        report(result.problems(), stderr);
        if (!result.ok()) {
            stderr.println("Build failed with " + errors(result) + "; " + shown
                    + (sink.touched() ? " was changed as said above." : " was left as it was."));
            return Main.FAILED;
        }
        if (!quiet) stdout.println(result.summary() + " → " + shown + " (" + changed + " written or replaced)");
        if (timings) stdout.println("Stages: " + result.stages());
        return Main.OK;
    }

    /** What --force is about to replace or delete, said before the build starts. */
    private static void listTakenOver(List<String> files, String shown, PrintWriter stderr) {
        if (files.isEmpty()) return;
        stderr.println(shown + ": taking over (--force): khotin did not write " + (files.size() == 1 ? "this file; the build"
                + " replaces or deletes it" : "these " + files.size() + " files; the build replaces or deletes them")
                + " (dot-files stay):");
        for (String file : files.subList(0, Math.min(files.size(), TAKEN_OVER_SHOWN))) stderr.println("  " + file);
        if (files.size() > TAKEN_OVER_SHOWN) stderr.println("  … and " + (files.size() - TAKEN_OVER_SHOWN) + " more");
        stderr.flush();
    }

    private static Problem failure(IOException e, String shown) {
        return e instanceof OutputFailure f ? Problem.error(SourcePos.file(f.where()), f.getMessage(), f.hint())
                : Problem.error(SourcePos.file(shown), e.getMessage(), "");
    }

    /** The output failure behind an exception, however many threads it came through. */
    private static Optional<OutputFailure> outputFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutputFailure f) return Optional.of(f);
        }
        return Optional.empty();
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
