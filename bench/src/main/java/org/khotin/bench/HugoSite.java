package org.khotin.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;
import org.khotin.config.YamlWriter;

/**
 * The same archive as a Hugo site, built by the {@code hugo} on PATH: the baseline khotin's build time is
 * compared with, in the same run. Its pages: articles with tags and related articles, tag pages, tag index,
 * paginated home and an RSS feed (a subset of what khotin builds; see docs/benchmarks.md).
 */
public final class HugoSite {
    private static final String RESOURCES = "hugo/";
    private static final List<String> FILES = List.of("hugo.toml", "related-card10.toml", "norelated.toml",
            "layouts/index.html", "layouts/index.xml", "layouts/_default/single.html", "layouts/_default/term.html",
            "layouts/_default/terms.html", "layouts/partials/top.html", "layouts/partials/bottom.html");

    /** The configurations measured: an overlay on {@code hugo.toml}, or none. */
    public enum Variant {
        /** Related articles with Hugo's default related search (slow on Zipf-distributed tags). */
        RELATED("related", Optional.empty()),
        /** Related articles, very common tags left out of the related index. */
        RELATED_CARD10("related-card10", Optional.of("related-card10.toml")),
        /** No related articles. */
        NO_RELATED("norelated", Optional.of("norelated.toml"));

        private final String label;
        private final Optional<String> overlay;

        Variant(String label, Optional<String> overlay) {
            this.label = label;
            this.overlay = overlay;
        }

        public String label() {
            return label;
        }

        public static Optional<Variant> find(String label) {
            for (Variant v : values()) if (v.label.equals(label.strip().toLowerCase(Locale.ROOT))) return Optional.of(v);
            return Optional.empty();
        }
    }

    /** One timed {@code hugo} run, and Pagefind's indexing of its output when it ran. */
    public record Run(Variant variant, Duration wall, int exitCode, boolean timedOut, OutputSize output, double loadAverage,
            Optional<Pagefind> pagefind) {
        public boolean ok() {
            return exitCode == 0 && !timedOut;
        }

        public long files() {
            return output.files();
        }

        public Run withPagefind(Pagefind run) {
            return new Run(variant, wall, exitCode, timedOut, output, loadAverage, Optional.of(run));
        }
    }

    /** Pagefind's run over Hugo's output, timed as a whole process; {@code site} is Hugo's output with the index. */
    public record Pagefind(String version, Duration wall, int exitCode, OutputSize site) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    private HugoSite() {}

    /** Path under Hugo's content folder; the year folder as in the anchor sites. */
    static String contentPath(SyntheticArticle a) {
        return String.format(Locale.ROOT, "%s/%04d/%s.md", a.lang().code(), a.date().getYear(), a.slug());
    }

    /** Hugo's front matter names: {@code translationKey}, {@code tags}. */
    static String markdown(SyntheticArticle a) {
        StringBuilder out = new StringBuilder(4096).append("---\n");
        out.append("title: ").append(YamlWriter.quoted(a.title())).append('\n');
        out.append("date: ").append(a.isoDate()).append('\n');
        out.append("lang: ").append(a.lang().code()).append('\n');
        out.append("slug: ").append(a.slug()).append('\n');
        out.append("translationKey: ").append(a.translationKey()).append('\n');
        out.append("tags:\n");
        for (String k : a.keywords()) out.append("  - ").append(YamlWriter.quoted(k)).append('\n');
        out.append("summary: ").append(YamlWriter.quoted(a.summary())).append('\n');
        out.append("---\n\n").append(a.body());
        return out.toString();
    }

    /** Writes the configuration and layouts; the content comes from {@link CorpusWriter}. */
    public static void writeConfig(Path site) throws IOException {
        for (String name : FILES) {
            Path target = site.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = HugoSite.class.getResourceAsStream(RESOURCES + name)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCES + name);
                Files.copy(in, target);
            }
        }
    }

    /** {@code hugo version}'s first line, if hugo is on PATH. */
    public static Optional<String> version() {
        return firstLine(List.of("hugo", "version"));
    }

    private static Optional<String> firstLine(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) return Optional.empty();
            return Optional.of(out.lines().findFirst().orElse(command.get(0)));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** A cold build: output and Hugo's cache deleted first, then {@code hugo} timed as a whole process. */
    public static Run build(Path site, Variant variant, Path out, Duration timeout) throws IOException, InterruptedException {
        Path cache = site.resolve(".hugo-cache");
        for (Path p : List.of(out, cache, site.resolve("resources"))) {
            if (Files.exists(p)) PathUtils.deleteDirectory(p);
        }
        List<String> command = new ArrayList<>(List.of("hugo", "--quiet", "--source", site.toString(), "--config",
                site.resolve("hugo.toml") + variant.overlay.map(o -> "," + site.resolve(o)).orElse(""),
                "--destination", out.toString(), "--cacheDir", cache.toString()));
        Path log = site.resolve("hugo-" + variant.label + ".log");
        Timed t = timed(command, log, timeout);
        return new Run(variant, t.wall(), t.exitCode(), t.timedOut(), OutputSize.of(out), Scenario.systemLoadAverage(),
                Optional.empty());
    }

    /** A process run to its end, or stopped after {@code timeout}; exit code -1 when stopped. */
    private record Timed(Duration wall, int exitCode, boolean timedOut) {}

    private static Timed timed(List<String> command, Path log, Duration timeout) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) p.destroyForcibly().waitFor();
        return new Timed(Duration.ofNanos(System.nanoTime() - start), finished ? p.exitValue() : -1, !finished);
    }

    /**
     * The Pagefind binary {@code npm i pagefind} installs (it ships in the package): {@code KHOTIN_PAGEFIND}, else
     * {@code node_modules/.bin/pagefind} in the repository, else {@code pagefind} on PATH; with its version.
     */
    public static Optional<List<String>> pagefind(Path repo) {
        List<String> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("KHOTIN_PAGEFIND")).filter(s -> !s.isBlank()).ifPresent(candidates::add);
        Path local = repo.resolve("node_modules").resolve(".bin").resolve("pagefind");
        if (Files.isExecutable(local)) candidates.add(local.toAbsolutePath().toString());
        candidates.add("pagefind");
        for (String command : candidates) {
            Optional<String> version = firstLine(List.of(command, "--version"));
            if (version.isPresent()) return Optional.of(List.of(command, version.get()));
        }
        return Optional.empty();
    }

    /** Indexes Hugo's articles (the element marked {@code data-pagefind-body}) into {@code out/pagefind/}. */
    public static Pagefind index(List<String> pagefind, Path out, Duration timeout) throws IOException, InterruptedException {
        Timed t = timed(List.of(pagefind.get(0), "--site", out.toString()), out.resolveSibling("pagefind.log"), timeout);
        return new Pagefind(pagefind.get(1), t.wall(), t.exitCode(), OutputSize.of(out));
    }
}
