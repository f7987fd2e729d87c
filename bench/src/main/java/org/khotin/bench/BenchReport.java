package org.khotin.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Plain-text tables of benchmark results: one block per size, then how each stage grows with the size. */
public final class BenchReport {
    private static final long MB = 1024 * 1024;

    private BenchReport() {}

    /** The collector and the JVM options given on the command line (the launcher's and KHOTIN_JAVA_OPTS). */
    public static String jvm() {
        List<String> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList();
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return "jvm: collectors " + String.join(" + ", collectors) + "; options "
                + (options.isEmpty() ? "none" : String.join(" ", options));
    }

    /** Cores, memory, operating system, Java and the heap limit: what the figures depend on. */
    public static String machine() {
        Runtime rt = Runtime.getRuntime();
        String ram = "";
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            ram = String.format(Locale.ROOT, ", %.1f GB RAM", os.getTotalMemorySize() / (1024.0 * MB));
        }
        return String.format(Locale.ROOT, "machine: %d cores%s, %s %s %s, Java %s (%s), max heap %d MB",
                rt.availableProcessors(), ram, System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                rt.maxMemory() / MB);
    }

    public static List<String> size(SizeResult r) {
        List<String> out = new ArrayList<>();
        CorpusWriter.Written c = r.corpus();
        out.add(String.format(Locale.ROOT, "== %,d articles: %,d vi + %,d en, %,d keywords (corpus generated in %.1f s)",
                c.articles(), c.vietnamese(), c.english(), c.distinctKeywords(), r.generation().toMillis() / 1000.0));
        List<String> stages = stageNames(r.builds());
        List<String> header = new ArrayList<>(List.of("step", "total ms"));
        header.addAll(stages);
        header.addAll(List.of("files", "changed", "peak heap MB", "sys load"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (Scenario s : r.builds()) {
            List<String> row = new ArrayList<>(List.of(s.name(), Long.toString(s.elapsed().toMillis())));
            for (String stage : stages) row.add(Optional.ofNullable(s.stagesMillis().get(stage)).map(String::valueOf).orElse("-"));
            row.add(s.ok() ? Long.toString(s.files()) : "-");
            row.add(s.filesChanged() < 0 ? "-" : Long.toString(s.filesChanged()));
            row.add(Long.toString(s.peakHeapBytes() / MB));
            row.add(load(s.loadAverage()));
            rows.add(row);
        }
        out.addAll(table(rows));
        for (Scenario s : r.builds()) s.failure().ifPresent(f -> out.add("  " + s.name() + " FAILED: " + f));
        r.imported().ifPresent(s -> {
            double seconds = s.elapsed().toNanos() / 1e9;
            out.add(String.format(Locale.ROOT, "import: %,d raw articles in %.2f s = %,.0f articles/s (%,d new files, peak heap %d MB, load %s)%s",
                    s.files(), seconds, s.files() / Math.max(seconds, 1e-9), s.filesChanged(), s.peakHeapBytes() / MB,
                    load(s.loadAverage()), s.failure().map(f -> "; " + f).orElse("")));
        });
        r.peakResidentBytes().ifPresent(b -> out.add(String.format(Locale.ROOT, "peak resident set (VmHWM): %d MB", b / MB)));
        r.search().ifPresent(s -> out.addAll(search(s)));
        r.output().ifPresent(o -> out.add(String.format(Locale.ROOT, "output: %,d bytes in %,d files (%,.0f bytes an article)",
                o.bytes(), o.files(), o.bytes() / (double) Math.max(1, c.articles()))));
        Optional<Scenario> cold = r.build("cold build").filter(Scenario::ok);
        for (HugoSite.Run h : r.hugo()) {
            String status = h.timedOut() ? "timed out" : h.exitCode() != 0 ? "failed (exit " + h.exitCode() + ")" : "";
            String compared = cold.flatMap(build -> ratio(build, h)).map(q -> "  khotin/Hugo cold build: " + q).orElse("");
            out.add(String.format(Locale.ROOT, "hugo %-15s %8.2f s  %,d files  %,d bytes  load %s %s%s", h.variant().label(),
                    h.wall().toNanos() / 1e9, h.files(), h.output().bytes(), load(h.loadAverage()), status, compared));
            h.pagefind().ifPresent(p -> out.addAll(withPagefind(h, p, cold, r.output())));
        }
        return out;
    }

    /** Hugo + Pagefind as a site owner would publish it: times added, the site with its index; khotin's ratios to it. */
    static List<String> withPagefind(HugoSite.Run h, HugoSite.Pagefind p, Optional<Scenario> cold, Optional<OutputSize> output) {
        List<String> out = new ArrayList<>();
        if (!p.ok()) {
            out.add("  + " + p.version() + " failed (exit " + p.exitCode() + "); see pagefind.log");
            return out;
        }
        double seconds = (h.wall().toNanos() + p.wall().toNanos()) / 1e9;
        out.add(String.format(Locale.ROOT, "  + %s %.2f s: Hugo + Pagefind %.2f s, %,d files, %,d bytes", p.version(),
                p.wall().toNanos() / 1e9, seconds, p.site().files(), p.site().bytes()));
        if (cold.isPresent() && output.isPresent()) {
            out.add(String.format(Locale.ROOT, "  khotin/(Hugo + Pagefind): cold build time %.2f, bytes %.2f, files %.2f",
                    cold.get().elapsed().toNanos() / 1e9 / seconds, output.get().bytes() / (double) Math.max(1, p.site().bytes()),
                    output.get().files() / (double) Math.max(1, p.site().files())));
        }
        return out;
    }

    /** The search index's size and, per query, the articles found and the bytes a first query fetches. */
    static List<String> search(SearchFigures s) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "search index: %,d bytes (word and pair shards %,d); queries on the Vietnamese index:",
                s.indexBytes(), s.shardBytes()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("query", "words together", "apart", "first query bytes"));
        for (SearchFigures.Query q : s.queries()) {
            rows.add(List.of(q.text(), String.format(Locale.ROOT, "%,d", q.together()), String.format(Locale.ROOT, "%,d", q.apart()),
                    String.format(Locale.ROOT, "%,d", q.firstQueryBytes())));
        }
        out.addAll(table(rows));
        return out;
    }

    /**
     * Per stage, the cold build's time at each size and its growth from one size to the next beside the
     * growth of n·log n, n being all articles: a stage growing much faster than n·log n does not scale.
     */
    public static List<String> growth(List<SizeResult> results) {
        List<SizeResult> ok = results.stream().filter(r -> r.build("cold build").filter(Scenario::ok).isPresent()).toList();
        if (ok.size() < 2) return List.of();
        List<Scenario> colds = ok.stream().map(r -> r.build("cold build").orElseThrow()).toList();
        List<String> stages = new ArrayList<>(stageNames(colds));
        stages.add("total");
        List<String> header = new ArrayList<>(List.of("stage (cold, ms)"));
        for (SizeResult r : ok) header.add(String.format(Locale.ROOT, "%,d", r.corpus().articles()));
        for (int i = 1; i < ok.size(); i++) {
            header.add(String.format(Locale.ROOT, "×%s→%s (n log n)", shortCount(ok.get(i - 1).corpus().articles()),
                    shortCount(ok.get(i).corpus().articles())));
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (String stage : stages) {
            List<String> row = new ArrayList<>(List.of(stage));
            List<Long> millis = colds.stream().map(s -> stage.equals("total") ? s.elapsed().toMillis()
                    : s.stagesMillis().getOrDefault(stage, -1L)).toList();
            millis.forEach(m -> row.add(m < 0 ? "-" : Long.toString(m)));
            for (int i = 1; i < ok.size(); i++) {
                long before = millis.get(i - 1);
                long after = millis.get(i);
                double nlogn = nLogN(ok.get(i).corpus().articles()) / nLogN(ok.get(i - 1).corpus().articles());
                row.add(before <= 0 || after < 0 ? String.format(Locale.ROOT, "- (%.1f)", nlogn)
                        : String.format(Locale.ROOT, "%.1f (%.1f)", after / (double) before, nlogn));
            }
            rows.add(row);
        }
        List<String> out = new ArrayList<>();
        out.add("== growth per stage, cold build: time ratio to the previous size (n log n ratio)");
        out.addAll(table(rows));
        Set<HugoSite.Variant> variants = new LinkedHashSet<>();
        ok.forEach(r -> r.hugo().forEach(h -> variants.add(h.variant())));
        if (!variants.isEmpty()) out.add("== khotin/Hugo cold build by size");
        for (HugoSite.Variant v : variants) {
            List<String> at = new ArrayList<>();
            for (SizeResult r : ok) {
                Scenario cold = r.build("cold build").orElseThrow();
                r.hugo().stream().filter(h -> h.variant() == v).findFirst().flatMap(h -> ratio(cold, h))
                        .ifPresent(q -> at.add(String.format(Locale.ROOT, "%s at %,d", q, r.corpus().articles())));
            }
            out.add("hugo " + v.label() + ": " + (at.isEmpty() ? "no finished or timed-out build" : String.join(", ", at)));
        }
        return out;
    }

    /**
     * khotin's cold build over Hugo's, as text; for a Hugo build stopped at its timeout, the bound it gives
     * (it would have taken longer than it ran); none for a Hugo build that failed.
     */
    private static Optional<String> ratio(Scenario cold, HugoSite.Run h) {
        double ratio = cold.elapsed().toNanos() / (double) h.wall().toNanos();
        if (h.ok()) return Optional.of(String.format(Locale.ROOT, "%.2f", ratio));
        if (h.timedOut()) return Optional.of(String.format(Locale.ROOT, "below %.2f", Math.ceil(ratio * 100) / 100));
        return Optional.empty();
    }

    private static String load(double average) {
        return average < 0 ? "-" : String.format(Locale.ROOT, "%.1f", average);
    }

    private static String shortCount(int n) {
        return n >= 10_000 ? Math.round(n / 1000.0) + "k" : n >= 1000 ? String.format(Locale.ROOT, "%.1fk", n / 1000.0) : Integer.toString(n);
    }

    private static double nLogN(int n) {
        return n * Math.log(Math.max(n, 2));
    }

    private static List<String> stageNames(List<Scenario> scenarios) {
        Set<String> names = new LinkedHashSet<>();
        scenarios.forEach(s -> names.addAll(s.stagesMillis().keySet()));
        return List.copyOf(names);
    }

    /** Columns padded to their widest cell; the first left-aligned, the others right-aligned. */
    static List<String> table(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[columns];
        for (List<String> row : rows) for (int i = 0; i < row.size(); i++) width[i] = Math.max(width[i], row.get(i).length());
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String pad = " ".repeat(width[i] - cell.length());
                line.append(i == 0 ? cell + pad : "  " + pad + cell);
            }
            out.add(line.toString().stripTrailing());
        }
        return out;
    }
}
