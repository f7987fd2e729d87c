package org.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.khotin.ingest.ExportColumns;
import org.khotin.ingest.ImportEvaluation;
import org.khotin.ingest.ImportReport;
import org.khotin.ingest.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = Main.USAGE,
        description = {"Turns scraped article pages and crawler or CMS exports into Markdown articles under content/.",
                "Reads .txt page text, .html/.htm saved pages, .csv exports with a header line and .jsonl exports (one "
                        + "article a row), and writes content/<lang>/<yyyy>/<mm>/<slug>.md. Re-running changes nothing; "
                        + "a file an editor changed is never overwritten. See docs/importing.md."},
        footer = {"", "Exit codes: 0 every input imported, 1 some input failed (the others are imported), 2 usage errors."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to import (default: seeds/).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--into", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder to write into (default: ${DEFAULT-VALUE}).")
    String into;

    @Option(names = "--dry-run", description = "Report what would happen; write nothing.")
    boolean dryRun;

    @Option(names = "--force", description = "For a file edited by hand, write the fresh import beside it as <slug>.md.import.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "Show no progress, only the report.")
    boolean quiet;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The day for pages that print no date and name none in their text (e.g. the crawl day). "
                    + "Without it such pages are imported as drafts under content/<lang>/undated/ for review.")
    LocalDate date;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN",
            description = "For exports: the column that holds a field, when it is not one of the usual names "
                    + "(title, published_at/date, url, category, keywords/tags, content/text/body, author, source, "
                    + "summary/sapo). Repeatable, e.g. --map content=body_html --map date=created.")
    List<String> map = new ArrayList<>();

    @Option(names = "--evaluate", paramLabel = "KEY",
            description = "Write nothing: import the pages an answer key names (from the folder PATH) in memory and "
                    + "score the result against the key (docs/eval/import-key.tsv).")
    Path evaluate;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> named = paths.isEmpty() ? List.of("seeds") : paths;
        List<Importer.Input> inputs = new ArrayList<>();
        for (String p : named) inputs.add(new Importer.Input(Path.of(p), p));
        Clock clock = Clock.systemUTC();
        Importer importer = new Importer(clock, article -> List.of());
        if (date != null) importer = importer.withBatchDate(date);
        try {
            importer = importer.withColumns(ExportColumns.withOverrides(map));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Main.USAGE;
        }
        importer = ExtractedKeywords.batchImporter(importer, inputs);
        // an evaluation converts the key's pages in memory, on their own, whatever the content folder holds
        if (evaluate != null) return evaluate(importer, out);
        ImportReport report = importer.run(inputs, new Importer.Options(Path.of(into), into, dryRun, force),
                ConsoleProgress.forCommand(spec.commandLine().getErr(), quiet));
        for (String line : report.lines()) out.println(line);
        out.flush();
        return report.ok() ? Main.OK : Main.FAILED;
    }

    private Integer evaluate(Importer importer, PrintWriter out) throws IOException {
        if (paths.size() != 1 || !Files.isDirectory(Path.of(paths.get(0)))) {
            spec.commandLine().getErr().println("--evaluate needs one folder with the key's pages, e.g. "
                    + "'khotin import --evaluate docs/eval/import-key.tsv crawl/'");
            return Main.USAGE;
        }
        if (!Files.isRegularFile(evaluate)) {
            spec.commandLine().getErr().println(evaluate + ": no such answer key");
            return Main.USAGE;
        }
        List<String> report = ImportEvaluation.run(importer, evaluate, Path.of(paths.get(0)));
        report.forEach(out::println);
        out.flush();
        return report.stream().anyMatch(l -> l.startsWith("error: ")) ? Main.FAILED : Main.OK;
    }
}
