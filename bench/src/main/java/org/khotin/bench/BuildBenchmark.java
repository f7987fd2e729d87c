package org.khotin.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.khotin.config.ConfigLoader;
import org.khotin.config.SiteConfig;
import org.khotin.diag.Problem;
import org.khotin.diag.Problems;
import org.khotin.ingest.ImportReport;
import org.khotin.ingest.Importer;
import org.khotin.output.DirectorySink;
import org.khotin.serve.PreviewServer;
import org.khotin.serve.SaveSteps;
import org.khotin.site.BuildOptions;
import org.khotin.site.BuildResult;
import org.khotin.site.SiteBuilder;

/**
 * Times khotin on a generated site, in this JVM: a cold build into an empty folder, a no-op rebuild into the
 * same folder by a new builder, a rebuild after one article changed on a builder that has built once (as
 * {@code khotin serve} does), and an import of raw articles.
 */
public final class BuildBenchmark {
    private final Path site;
    private final Clock clock;
    private final MemoryWatch memory;
    private final Consumer<String> progress;

    /**
     * @param site     a site folder with {@code site-config.yml}, {@code content/} and {@code templates/}
     * @param progress receives a line before each step (for a terminal; may ignore them)
     */
    public BuildBenchmark(Path site, Clock clock, MemoryWatch memory, Consumer<String> progress) {
        this.site = site;
        this.clock = clock;
        this.memory = memory;
        this.progress = progress;
    }

    /** The three build scenarios; after one runs out of memory, the others are not attempted. */
    public List<Scenario> builds(Path out, String changedArticle) throws IOException {
        List<Scenario> results = new ArrayList<>();
        Scenario cold = guarded("cold build", () -> coldBuild(out));
        results.add(cold);
        if (isOutOfMemory(cold)) return results;
        Scenario noop = guarded("no-op rebuild", () -> noopRebuild(out));
        results.add(noop);
        if (isOutOfMemory(noop)) return results;
        List<Scenario> preview = new ArrayList<>();
        Scenario edit = guarded("one-article edit shown", () -> oneArticleEdit(changedArticle, preview));
        results.add(edit);
        results.addAll(preview);
        return results;
    }

    private static boolean isOutOfMemory(Scenario s) {
        return s.failure().filter(f -> f.startsWith("out of memory")).isPresent();
    }

    private Scenario coldBuild(Path out) throws IOException {
        progress.accept("cold build");
        if (Files.exists(out)) throw new IllegalArgumentException("output folder is not empty: " + out);
        return timedBuild("cold build", new SiteBuilder(site, clock), out);
    }

    private Scenario noopRebuild(Path out) throws IOException {
        progress.accept("no-op rebuild");
        Map<String, FileTime> before = modificationTimes(out);
        Scenario s = timedBuild("no-op rebuild", new SiteBuilder(site, clock), out);
        Map<String, FileTime> after = modificationTimes(out);
        long changed = after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey()))).count();
        return new Scenario(s.name(), s.elapsed(), s.stagesMillis(), s.files(), changed, s.peakHeapBytes(), s.failure(),
                s.loadAverage());
    }

    private Scenario timedBuild(String name, SiteBuilder builder, Path out) throws IOException {
        SiteConfig cfg = config();
        memory.reset();
        long start = System.nanoTime();
        BuildResult result;
        try (DirectorySink sink = new DirectorySink(out)) {
            result = builder.build(cfg, BuildOptions.defaults(), sink);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return scenario(name, elapsed, result);
    }

    /** Saves of the edited article timed in a row: an editor saves again and again, and the median is reported. */
    static final int SAVES = 11;

    /**
     * As the preview does it: one builder and a preview server (on a free port, with no browser), a first
     * build into memory, then {@value #SAVES} saves of one article, each timed in the three steps of a save:
     * the edited article's pages shown, the rest of the pages rebuilt, the search index, each step until the
     * server serves its result. Each step reports its median save.
     *
     * @param after receives the second and third steps (the first is returned)
     */
    private Scenario oneArticleEdit(String changedArticle, List<Scenario> after) throws IOException {
        try (PreviewServer server = new PreviewServer(0)) {
            return oneArticleEdit(changedArticle, after, server);
        }
    }

    private Scenario oneArticleEdit(String changedArticle, List<Scenario> after, PreviewServer server) throws IOException {
        progress.accept("one-article edit (first build into memory)");
        SiteConfig cfg = config();
        // the preview's own steps after a save, on the preview's builder and server
        SaveSteps steps = new SaveSteps(SiteBuilder.forPreview(site, clock), server, BuildOptions.defaults());
        BuildResult first = steps.rebuildPages(cfg, Optional.empty(), () -> true);
        if (!first.ok()) return scenario("one-article edit shown", first.elapsed(), first);
        steps.rebuildSearch(() -> true);
        first = null; // the first build's result must not count against the second's memory
        Path file = site.resolve(changedArticle);
        byte[] original = Files.readAllBytes(file);
        List<Scenario> shownSteps = new ArrayList<>();
        List<Scenario> pageSteps = new ArrayList<>();
        List<Scenario> searchSteps = new ArrayList<>();
        try {
            for (int save = 1; save <= SAVES; save++) {
                Files.write(file, (new String(original, StandardCharsets.UTF_8) + "\nMột đoạn văn được biên tập viên thêm vào"
                        + " khi xem trước, lần " + save + ".\n").getBytes(StandardCharsets.UTF_8));
                progress.accept("one-article edit, save " + save + " of " + SAVES);
                memory.reset();
                long start = System.nanoTime();
                Optional<SiteBuilder.EditedPages> edited = steps.showEdited(cfg, Set.of(file));
                if (edited.filter(SiteBuilder.EditedPages::ok).isEmpty()) {
                    return Scenario.failed("one-article edit shown", Duration.ofNanos(System.nanoTime() - start),
                            memory.peakHeapBytes(), "the edit was not taken as a plain edit of one article");
                }
                Duration shown = Duration.ofNanos(System.nanoTime() - start);
                shownSteps.add(new Scenario("one-article edit shown", shown, Map.of("edited pages", shown.toMillis()),
                        edited.get().pages().size(), -1, memory.peakHeapBytes(), Optional.empty(),
                        Scenario.systemLoadAverage()));

                memory.reset();
                start = System.nanoTime();
                BuildResult pages = steps.rebuildPages(cfg, Optional.of(Set.of(file)), () -> true); // as reported
                pageSteps.add(scenario("one-article: rest of pages", Duration.ofNanos(System.nanoTime() - start), pages));

                memory.reset();
                start = System.nanoTime();
                Map<String, byte[]> index = steps.rebuildSearch(() -> true);
                Duration searched = Duration.ofNanos(System.nanoTime() - start);
                searchSteps.add(new Scenario("one-article: search index", searched, Map.of("search", searched.toMillis()),
                        index.size(), -1, memory.peakHeapBytes(), Optional.empty(), Scenario.systemLoadAverage()));
            }
            after.add(median(pageSteps));
            after.add(median(searchSteps));
            return median(shownSteps);
        } finally {
            Files.write(file, original);
        }
    }

    /** The step with the median time; a failed one if any failed. */
    static Scenario median(List<Scenario> steps) {
        return steps.stream().filter(s -> s.failure().isPresent()).findFirst().orElseGet(() -> steps.stream()
                .sorted(java.util.Comparator.comparing(Scenario::elapsed)).toList().get(steps.size() / 2));
    }

    private Scenario scenario(String name, Duration elapsed, BuildResult result) {
        Optional<String> failure = result.ok() ? Optional.empty() : Optional.of(result.problems().stream()
                .filter(Problem::isError).count() + " build errors, first: " + result.problems().stream()
                .filter(Problem::isError).findFirst().map(Problem::format).orElse(""));
        return new Scenario(name, elapsed, result.stages().millis(), result.filesWritten(), -1, memory.peakHeapBytes(),
                failure, Scenario.systemLoadAverage());
    }

    /**
     * Imports every raw article under {@code raw} into an empty content folder, as {@code khotin import} does, with
     * the keywords {@code withKeywords} gives the importer.
     */
    public Scenario importArticles(Path raw, Path into, UnaryOperator<Importer> withKeywords) {
        return guarded("import", () -> {
            progress.accept("import");
            memory.reset();
            long start = System.nanoTime();
            ImportReport report = withKeywords.apply(new Importer(clock, article -> List.of())).run(List.of(new Importer.Input(raw, raw.toString())),
                    new Importer.Options(into, into.toString(), false, false));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            long failed = report.entries().stream().filter(e -> e.status() == ImportReport.Status.FAILED).count();
            long written = report.entries().stream().filter(e -> e.status() == ImportReport.Status.NEW).count();
            Optional<String> failure = failed == 0 ? Optional.empty() : Optional.of(failed + " inputs failed, first: "
                    + report.entries().stream().filter(e -> e.status() == ImportReport.Status.FAILED).findFirst()
                    .map(e -> e.input() + ": " + e.detail()).orElse(""));
            return new Scenario("import", elapsed, Map.of(), report.entries().size(), written, memory.peakHeapBytes(), failure,
                    Scenario.systemLoadAverage());
        });
    }

    private SiteConfig config() {
        Problems problems = new Problems();
        Optional<SiteConfig> cfg = new ConfigLoader().load(site.resolve("site-config.yml"), "site-config.yml", problems);
        return cfg.orElseThrow(() -> new IllegalStateException("bench site-config.yml: " + problems.sorted()));
    }

    private interface Step {
        Scenario run() throws IOException;
    }

    /** Runs a step; running out of memory is a result (with the stage it happened in), not a crash. */
    private Scenario guarded(String name, Step step) {
        long start = System.nanoTime();
        try {
            return step.run();
        } catch (OutOfMemoryError e) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return Scenario.failed(name, elapsed, memory.peakHeapBytes(), "out of memory in stage " + stageOf(e)
                    + " (max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)");
        } catch (IOException | RuntimeException e) {
            return Scenario.failed(name, Duration.ofNanos(System.nanoTime() - start), memory.peakHeapBytes(), e.toString());
        }
    }

    /** The build stage a stack trace is in, judged by the innermost frame of a known stage's package or class. */
    static String stageOf(Throwable e) {
        // package prefixes, and simple class names where one package holds several stages
        List<Map.Entry<String, String>> stages = List.of(Map.entry("org.khotin.content.", "load"),
                Map.entry("org.khotin.taxonomy.", "keywords"), Map.entry("org.khotin.related.", "related"),
                Map.entry("org.khotin.markdown.", "markdown"), Map.entry("org.khotin.search.", "search"),
                Map.entry(".PagePlanner", "plan"), Map.entry(".TemplateEngine", "render"),
                Map.entry("org.khotin.render.", "plan"), Map.entry("org.khotin.output.", "render/write (output sink)"),
                Map.entry("org.khotin.ingest.", "import"));
        for (StackTraceElement frame : e.getStackTrace()) {
            String cls = frame.getClassName();
            for (Map.Entry<String, String> stage : stages) {
                String key = stage.getKey();
                if (key.startsWith(".") ? cls.endsWith(key) || cls.contains(key + "$") : cls.startsWith(key)) {
                    return stage.getValue();
                }
            }
        }
        return e.getStackTrace().length == 0 ? "unknown (no stack trace)" : "unknown (" + e.getStackTrace()[0] + ")";
    }

    private static Map<String, FileTime> modificationTimes(Path root) throws IOException {
        Map<String, FileTime> out = new HashMap<>();
        if (!Files.isDirectory(root)) return out;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (a.isRegularFile()) out.put(root.relativize(p).toString(), a.lastModifiedTime());
            }
        }
        return out;
    }
}
