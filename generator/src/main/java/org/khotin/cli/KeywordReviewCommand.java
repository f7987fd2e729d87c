package org.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.khotin.config.SiteConfig;
import org.khotin.diag.Problems;
import org.khotin.site.SiteBuilder;
import org.khotin.taxonomy.Glossary;
import org.khotin.taxonomy.GlossaryEditor;
import org.khotin.taxonomy.Keyword;
import org.khotin.taxonomy.KeywordReview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khotin keywords review}: curating the keywords of a whole archive through content/keywords.yml. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Lists what to curate in the archive's keywords: those without a glossary entry by use,"
                + " likely variants of one keyword, suspected mistakes, those on one article only.",
                "With --merge and --label, shows the entries it would write to content/keywords.yml; with --write,"
                + " writes them there (comments and order kept). No article is changed."})
final class KeywordReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    SiteOptions site;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "30",
            description = "Lines per list (default: ${DEFAULT-VALUE}; 0 lists everything).")
    int limit;

    @Option(names = "--merge", paramLabel = "KEYWORD=VARIANT,…",
            description = "Make the variants aliases of KEYWORD's glossary entry (a new one keeps KEYWORD's URL);"
                    + " separate variants with | when one holds a comma. Repeatable.")
    List<String> merges = new ArrayList<>();

    @Option(names = "--label", paramLabel = "KEYWORD=ENGLISH", description = "Give KEYWORD this English label. Repeatable.")
    List<String> labels = new ArrayList<>();

    @Option(names = "--write", arity = "0..1", paramLabel = "FILE", fallbackValue = "",
            description = "Write the changes to the glossary (content/keywords.yml), or to FILE.")
    String write;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GlossaryEditor.Merge> merge = new ArrayList<>();
        for (String m : merges) {
            Optional<GlossaryEditor.Merge> parsed = GlossaryEditor.Merge.parse(m);
            if (parsed.isEmpty()) return usage(err, "--merge '" + m + "': write KEYWORD=VARIANT,VARIANT");
            merge.add(parsed.get());
        }
        List<GlossaryEditor.Label> label = new ArrayList<>();
        for (String l : labels) {
            Optional<GlossaryEditor.Label> parsed = GlossaryEditor.Label.parse(l);
            if (parsed.isEmpty()) return usage(err, "--label '" + l + "': write KEYWORD=English label");
            label.add(parsed.get());
        }
        if (limit < 0) return usage(err, "--limit must be 0 or more");
        if (write != null && merge.isEmpty() && label.isEmpty()) return usage(err, "--write needs --merge or --label");
        Problems problems = new Problems();
        Optional<SiteConfig> cfg = site.loadConfig(problems);
        if (cfg.isEmpty()) {
            BuildCommand.report(problems.sorted(), err);
            return Main.FAILED;
        }
        SiteBuilder.ArchiveModel model = new SiteBuilder(site.siteRoot(), java.time.Clock.systemUTC())
                .model(cfg.get(), site.buildOptions(), problems);
        if (problems.hasErrors()) {
            BuildCommand.report(problems.errors(), err);
            return Main.FAILED;
        }
        if (merge.isEmpty() && label.isEmpty()) {
            list(new KeywordReview().review(model.corpus().articles(), model.keywords()), cfg.get(), out);
            return Main.OK;
        }
        String display = cfg.get().contentDir() + "/" + Glossary.FILE;
        Path glossary = site.siteRoot().resolve(cfg.get().contentDir()).resolve(Glossary.FILE);
        String text;
        try {
            text = Files.isRegularFile(glossary) ? Files.readString(glossary, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            err.println(display + ": error: cannot read the glossary: " + e.getMessage());
            err.flush();
            return Main.FAILED;
        }
        Problems edits = new Problems();
        Optional<GlossaryEditor.Result> result = new GlossaryEditor(model.keywords(), display).apply(text, merge, label, edits);
        if (result.isEmpty()) {
            BuildCommand.report(edits.sorted(), err);
            return Main.FAILED;
        }
        Path target = write == null || write.isEmpty() ? glossary : Path.of(write);
        String shown = write == null || write.isEmpty() ? display : write;
        if (result.get().changes().isEmpty()) {
            out.println(shown + ": nothing to change");
        } else if (write == null) {
            out.println("Would change " + shown + " (add --write to write it):");
        } else {
            try {
                writeWhole(target, result.get().text());
            } catch (IOException e) {
                err.println(shown + ": error: cannot write: " + e.getMessage());
                err.println("  hint: nothing was changed; check that the folder exists and can be written");
                err.flush();
                return Main.FAILED;
            }
            out.println("Changed " + shown + ":");
        }
        for (String c : result.get().changes()) out.println("  " + c);
        out.flush();
        return Main.OK;
    }

    /** Replaces a file by a complete new one, so that an interrupted write never leaves half a glossary. */
    private static void writeWhole(Path target, String text) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(parent, ".keywords", ".yml.tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static int usage(PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return Main.USAGE;
    }

    private void list(KeywordReview.Report r, SiteConfig cfg, PrintWriter out) {
        Map<String, Integer> uses = new java.util.HashMap<>();
        for (Keyword k : r.keywords()) uses.put(KeywordReview.label(k), KeywordReview.uses(k));
        int listed = r.keywords().size() - r.unlisted().size();
        out.printf(Locale.ROOT, "Keywords: %d on %d articles; %d with a glossary entry, %d without; %d of those on one"
                + " article only (%d %%)%n", r.keywords().size(), r.articles(), listed, r.unlisted().size(), r.once().size(),
                Math.round(100.0 * r.once().size() / Math.max(1, r.unlisted().size())));

        out.println();
        out.println("Without a glossary entry, most used first" + shown(r.unlisted().size()) + ":");
        for (Keyword k : first(r.unlisted(), out)) {
            out.printf(Locale.ROOT, "  %5d  %-44s %s%n", KeywordReview.uses(k), KeywordReview.label(k), k.id());
        }

        out.println();
        out.println("Likely variants of one keyword" + shown(r.variants().size()) + "; join each with the --merge below:");
        for (KeywordReview.Variant v : first(r.variants(), out)) {
            String parts = v.variants().stream().map(l -> l + " (" + uses.getOrDefault(l, 0) + ")")
                    .collect(java.util.stream.Collectors.joining(", "));
            String kept = uses.containsKey(v.keyword()) ? " (" + uses.get(v.keyword()) + ")" : " (new)";
            out.println("  " + v.keyword() + kept + " ← " + parts + ": " + v.why().text);
            out.println("      --merge \"" + v.mergeOption() + "\"");
        }

        out.println();
        out.println("Suspected mistakes, most used first" + shown(r.suspects().size()) + ":");
        for (KeywordReview.Suspect s : first(r.suspects(), out)) {
            out.printf(Locale.ROOT, "  %5d  %s: %s%n", KeywordReview.uses(s.keyword()), KeywordReview.label(s.keyword()),
                    s.why());
        }

        out.println();
        out.println("On one article only, in index order" + shown(r.once().size()) + ":");
        for (Keyword k : first(r.once(), out)) out.println("  " + KeywordReview.label(k));

        out.println();
        out.println("Glossary entries without an English label" + shown(r.noEnglish().size())
                + "; give one with --label \"KEYWORD=English label\":");
        for (Keyword k : first(r.noEnglish(), out)) {
            out.printf(Locale.ROOT, "  %5d  %s%n", KeywordReview.uses(k), KeywordReview.label(k));
        }

        out.println();
        out.println("--merge and --label show what they would write to " + cfg.contentDir() + "/" + Glossary.FILE
                + "; --write writes it. Rebuild to see the keyword pages change.");
        out.flush();
    }

    private String shown(int size) {
        return limit == 0 || size <= limit ? " (" + size + ")" : " (" + limit + " of " + size + "; --limit 0 shows all)";
    }

    /** The first {@code --limit} items, or a line saying there are none. */
    private <T> List<T> first(List<T> list, PrintWriter out) {
        if (list.isEmpty()) out.println("  none");
        return limit == 0 || list.size() <= limit ? list : list.subList(0, limit);
    }
}
