package org.khotin.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.io.file.PathUtils;
import org.khotin.cli.ExtractedKeywords;
import org.khotin.cli.Main;
import org.khotin.ingest.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "khotin bench", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = Main.USAGE,
        description = {"Generates a synthetic bilingual archive and times khotin on it: cold build, no-op rebuild, "
                + "rebuild after one article changes (as in serve), and import of raw articles; with per-stage times, "
                + "peak memory, output bytes and files, and the machine. With hugo on PATH, builds the same archive with Hugo "
                + "and prints the ratios; with Pagefind installed (npm i --no-save pagefind@1.6.0), Hugo + Pagefind too.",
                "See docs/benchmarks.md."},
        footer = {"", "Exit codes: 0 every step finished, 1 a step failed (build errors, out of memory), 2 usage errors."})
public final class BenchCommand implements Callable<Integer> {
    private static final String MARKER = ".khotin-bench";

    /** {@code khotin bench …}: the launcher runs the benchmark's own jar, which the product jar does not hold. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the benchmark with khotin's handling of usage errors and failures. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return Main.runCommand(new BenchCommand(), args, out, err);
    }

    @Option(names = "--debug", description = "On an internal error, also print where it happened (as KHOTIN_DEBUG=1 does).")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
            description = "Vietnamese articles to generate; about 10%% more come as English translations (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--sizes", paramLabel = "N,N,...", split = ",",
            description = "Several archive sizes in one run (e.g. 1000,10000,100000), with a growth table; overrides --articles.")
    List<Integer> sizes;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Work folder for the generated sites and outputs (default: a new folder in the system temp folder, deleted afterwards).")
    Path dir;

    @Option(names = "--keep", description = "Keep the generated sites and outputs.")
    boolean keep;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "The khotin repository whose seeds/, templates/, site-config.yml and content/en/ are used (default: the current folder).")
    Path repo;

    @Option(names = "--hugo", paramLabel = "VARIANTS", defaultValue = "related-card10,norelated", split = ",",
            description = "Hugo builds to compare with: related, related-card10, norelated, or none (default: ${DEFAULT-VALUE}). "
                    + "'related' is Hugo's default related search, which takes minutes at 10,000 articles.")
    List<String> hugo;

    @Option(names = "--hugo-timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "Stop a Hugo build after this long (default: ${DEFAULT-VALUE}).")
    long hugoTimeout;

    /** Pagefind's command and version, when installed (set by {@link #call}). */
    private Optional<List<String>> pagefind = Optional.empty();

    @Option(names = "--import-articles", paramLabel = "N",
            description = "Raw articles to import (default: the archive size; 0 skips the import).")
    Integer importArticles;

    @Option(names = "--quiet", description = "No progress lines; only the results.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Integer> wanted = sizes == null || sizes.isEmpty() ? List.of(articles) : List.copyOf(sizes);
        if (wanted.stream().anyMatch(n -> n < 1) || (importArticles != null && importArticles < 0)) {
            err.println("archive sizes must be at least 1, --import-articles at least 0");
            return Main.USAGE;
        }
        List<HugoSite.Variant> variants = new ArrayList<>();
        for (String name : hugo) {
            if (name.isBlank() || name.strip().equals("none")) continue;
            Optional<HugoSite.Variant> v = HugoSite.Variant.find(name);
            if (v.isEmpty()) {
                err.println("unknown --hugo variant '" + name + "': use related, related-card10, norelated or none");
                return Main.USAGE;
            }
            variants.add(v.get());
        }
        SeedText seeds;
        try {
            seeds = SeedText.read(repo.resolve("seeds"), repo.resolve("content").resolve("en"));
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot read the seed articles: " + e.getMessage());
            err.println("  hint: run in the khotin repository, or name it with --repo");
            return Main.FAILED;
        }
        boolean temporary = dir == null;
        Path work = temporary ? Files.createTempDirectory("khotin-bench-") : dir.toAbsolutePath().normalize();
        Optional<String> hugoVersion = variants.isEmpty() ? Optional.empty() : HugoSite.version();
        pagefind = hugoVersion.isEmpty() ? Optional.empty() : HugoSite.pagefind(repo);

        out.println(String.format(Locale.ROOT, "khotin bench: sizes %s, seed %d, work folder %s", wanted, seed, work));
        out.println(BenchReport.machine());
        out.println(BenchReport.jvm());
        if (!variants.isEmpty()) {
            out.println(hugoVersion.map(v -> "hugo: " + v)
                    .orElse("hugo: not on PATH, so the Hugo comparison is skipped (Debian: apt-get install hugo)"));
            if (hugoVersion.isPresent()) {
                out.println(pagefind.map(p -> p.get(1) + " (" + p.get(0) + "), indexing Hugo's articles after the "
                        + tunedVariant(variants).label() + " build")
                        .orElse("pagefind: not found, so Hugo + Pagefind is not measured (in the repository: npm i --no-save pagefind@1.6.0)"));
            }
        }
        out.flush();

        List<SizeResult> results = new ArrayList<>();
        try (MemoryWatch memory = new MemoryWatch()) {
            for (int n : wanted) {
                SizeResult r = runSize(n, seeds, work, hugoVersion.isPresent() ? variants : List.of(), memory, err);
                results.add(r);
                BenchReport.size(r).forEach(out::println);
                out.flush();
            }
        } finally {
            if (temporary && !keep) PathUtils.deleteDirectory(work);
        }
        BenchReport.growth(results).forEach(out::println);
        if (keep || !temporary) out.println("generated sites kept under " + work);
        out.flush();
        boolean allOk = results.stream().allMatch(r -> r.builds().stream().allMatch(Scenario::ok)
                && r.imported().map(Scenario::ok).orElse(true) && r.hugo().stream().allMatch(HugoSite.Run::ok));
        return allOk ? Main.OK : Main.FAILED;
    }

    private SizeResult runSize(int n, SeedText seeds, Path work, List<HugoSite.Variant> variants, MemoryWatch memory,
            PrintWriter err) throws IOException {
        Path sizeDir = work.resolve("n" + n);
        clean(sizeDir);
        Files.createDirectories(sizeDir);
        Files.writeString(sizeDir.resolve(MARKER), "made by khotin bench; deleted by the next run\n");
        MemoryWatch.resetResidentPeak();
        String label = String.format(Locale.ROOT, "bench n=%d: ", n);

        progress(err, label + "generating the archive");
        long start = System.nanoTime();
        Optional<Path> hugoSite = variants.isEmpty() ? Optional.empty() : Optional.of(sizeDir.resolve("hugo-site"));
        if (hugoSite.isPresent()) HugoSite.writeConfig(hugoSite.get());
        Path site = sizeDir.resolve("site");
        CorpusWriter.Written written = CorpusWriter.write(new ArchiveGenerator(seeds, n, seed), repo, site, hugoSite);
        Duration generation = Duration.ofNanos(System.nanoTime() - start);

        BuildBenchmark bench = new BuildBenchmark(site, Clock.systemUTC(), memory, step -> progress(err, label + step));
        List<Scenario> builds = bench.builds(sizeDir.resolve("public"), written.sampleArticle());
        Optional<Long> resident = MemoryWatch.peakResidentBytes();
        Optional<SearchFigures> search = Optional.empty();
        if (builds.stream().anyMatch(s -> s.name().equals("cold build") && s.ok())) {
            progress(err, label + "search queries");
            search = Optional.of(SearchFigures.measure(sizeDir.resolve("public")));
        }

        Optional<OutputSize> output = Optional.empty();
        if (builds.stream().anyMatch(s -> s.name().equals("cold build") && s.ok())) {
            output = Optional.of(OutputSize.of(sizeDir.resolve("public")));
        }

        List<HugoSite.Run> hugoRuns = new ArrayList<>();
        for (HugoSite.Variant v : variants) {
            progress(err, label + "hugo " + v.label());
            try {
                Path hugoOut = sizeDir.resolve("hugo-public");
                HugoSite.Run run = HugoSite.build(hugoSite.orElseThrow(), v, hugoOut, Duration.ofSeconds(hugoTimeout));
                if (run.ok() && pagefind.isPresent() && v == tunedVariant(variants)) {
                    progress(err, label + "pagefind over hugo " + v.label());
                    run = run.withPagefind(HugoSite.index(pagefind.get(), hugoOut, Duration.ofSeconds(hugoTimeout)));
                }
                hugoRuns.add(run);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }

        Optional<Scenario> imported = Optional.empty();
        int rawCount = importArticles == null ? n : importArticles;
        if (rawCount > 0) {
            progress(err, label + "writing raw articles to import");
            Path raw = sizeDir.resolve("raw");
            // another seed than the archive's, so the import is not of the very same articles
            RawArticles.write(new ArchiveGenerator(seeds, rawCount, seed + 1), raw);
            // as khotin import does: the keywords of the whole batch are chosen together, within the timed import
            imported = Optional.of(bench.importArticles(raw, sizeDir.resolve("imported"),
                    base -> ExtractedKeywords.batchImporter(base, List.of(new Importer.Input(raw, raw.toString())))));
        }
        if (!keep) clean(sizeDir);
        return new SizeResult(n, written, generation, builds, output, imported, hugoRuns, resident, search);
    }

    /** The Hugo build Pagefind indexes: related content tuned (as a site owner would run it), else the first asked for. */
    private static HugoSite.Variant tunedVariant(List<HugoSite.Variant> variants) {
        return variants.contains(HugoSite.Variant.RELATED_CARD10) ? HugoSite.Variant.RELATED_CARD10 : variants.get(0);
    }

    /** Deletes a size's folder from an earlier run; refuses a folder this command did not make. */
    private static void clean(Path sizeDir) throws IOException {
        if (!Files.exists(sizeDir)) return;
        if (!Files.exists(sizeDir.resolve(MARKER))) {
            throw new IOException(sizeDir + " exists and was not made by khotin bench; choose another --dir");
        }
        PathUtils.deleteDirectory(sizeDir);
    }

    private void progress(PrintWriter err, String line) {
        if (quiet) return;
        err.println(line + "…");
        err.flush();
    }
}
