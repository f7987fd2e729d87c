package org.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.khotin.config.Language;
import org.khotin.diag.Problems;
import org.khotin.taxonomy.ArchiveKeywords;
import org.khotin.taxonomy.ArticleText;
import org.khotin.taxonomy.CorpusBenchmark;
import org.khotin.taxonomy.GoldKeywords;
import org.khotin.taxonomy.KeywordBenchmark;
import org.khotin.taxonomy.KeywordExtractor;
import org.khotin.taxonomy.WordLists;
import org.khotin.text.Unicode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "keywords", mixinStandardHelpOptions = true, description = "Keyword suggestions (Từ khóa).",
        subcommands = {KeywordsCommand.Suggest.class, KeywordsCommand.Bench.class, KeywordReviewCommand.class})
final class KeywordsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing command: try 'khotin keywords suggest FILE' or 'khotin keywords bench'.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }

    /** Reads a Markdown article (front matter + body) or a raw scraped text file. */
    static Optional<ArticleText> read(Path file, PrintWriter err) {
        return input(file, err).map(Input::text);
    }

    /** An article's text and its language (a Markdown file's {@code lang}; raw text is taken as Vietnamese). */
    record Input(ArticleText text, Language lang) {}

    static Optional<Input> input(Path file, PrintWriter err) {
        String raw;
        try {
            raw = Unicode.nfc(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println(file + ": error: cannot read: " + e.getMessage());
            return Optional.empty();
        }
        if (file.toString().endsWith(".md")) {
            Optional<CorpusReader.Read> md = CorpusReader.markdown(raw, file.toString(), "");
            if (md.isPresent()) {
                Language lang = Language.find(md.get().lang() == null ? "" : md.get().lang()).orElse(Language.VI);
                return Optional.of(new Input(md.get().text(), lang));
            }
        }
        return Optional.of(new Input(ArticleText.fromRawText(raw), Language.VI));
    }

    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = "Prints suggested keywords for an article (Markdown with front matter, or raw text), one a line.")
    static final class Suggest implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The article: a .md file or a scraped .txt file.")
        Path file;

        @Option(names = "--archive", paramLabel = "DIR",
                description = "Count document frequencies over the .md and .txt files under DIR (e.g. content/vi), "
                        + "and prefer the keywords its articles already carry.")
        Path archive;

        @Option(names = "--explain", description = "Print every candidate with its score, best first, instead.")
        boolean explain;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Optional<Input> input = input(file, err);
            if (input.isEmpty()) return Main.FAILED;
            ArticleText text = input.get().text();
            KeywordExtractor extractor = new KeywordExtractor(input.get().lang());
            KeywordExtractor.DocumentFrequencies df = KeywordExtractor.DocumentFrequencies.NONE;
            if (archive != null) {
                List<java.util.Set<String>> keys = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(archive)) {
                    for (Path p : walk.filter(Files::isRegularFile)
                            .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList()) {
                        read(p, err).ifPresent(t -> keys.add(extractor.candidateKeys(t)));
                    }
                }
                df = KeywordExtractor.DocumentFrequencies.of(keys);
            }
            Path self = file.toAbsolutePath().normalize();
            Set<String> carried = archive == null || input.get().lang() != Language.VI ? Set.of()
                    : CarriedKeywords.of(CarriedKeywords.read(archive, p -> p.toAbsolutePath().normalize().equals(self)), Set.of(), archive);
            for (String k : explain ? extractor.explain(text, df) : extractor.suggest(text, df, carried)) out.println(k);
            out.flush();
            return Main.OK;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = {"Measures the suggestions. Without --corpus: precision and recall on the seed articles against "
                    + "the hand-checked list. With --corpus: keywords per article, keywords used by one article only and "
                    + "the most used ones over the folder as an archive, and with --gold, agreement with a newsroom's "
                    + "keywords. See docs/keywords.md."})
    static final class Bench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
                description = "Folder of the seed articles (default: ${DEFAULT-VALUE}).")
        Path seeds;

        @Option(names = "--no-idf", description = "Seeds: rank by term frequency alone, without the seeds' document frequencies.")
        boolean noIdf;

        @Option(names = "--corpus", paramLabel = "DIR",
                description = "Folder of raw (.txt, .html) or imported (.md) articles, measured as one archive; may be repeated.")
        List<Path> corpus = new ArrayList<>();

        @Option(names = "--gold", paramLabel = "FILE",
                description = "Newsroom keywords: one article a line, its id (file name without extension), a tab, "
                        + "keywords separated by |.")
        Path gold;

        @Option(names = "--assigned", description = "Measure the keywords the articles already carry (front matter, or "
                + "the page's own list) instead of suggesting.")
        boolean assigned;

        @Option(names = "--list", description = "Also print each article's keywords (+ strict, ~ loose, - no match).")
        boolean list;

        @Override
        public Integer call() throws IOException {
            return corpus.isEmpty() ? seedBench() : corpusBench();
        }

        private Integer corpusBench() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            GoldKeywords goldKeywords = GoldKeywords.of(Map.of());
            if (gold != null) {
                if (!Files.isRegularFile(gold)) {
                    err.println(gold + ": error: gold file not found");
                    return Main.FAILED;
                }
                Problems problems = new Problems();
                goldKeywords = GoldKeywords.parse(Files.readString(gold, StandardCharsets.UTF_8), gold.toString(), problems);
                if (problems.hasErrors()) {
                    problems.sorted().forEach(p -> err.println(p.format()));
                    return Main.FAILED;
                }
            }
            List<CorpusReader.Read> read = new ArrayList<>();
            for (Path dir : corpus) {
                if (!Files.isDirectory(dir)) {
                    err.println(dir + ": error: not a folder");
                    return Main.FAILED;
                }
                read.addAll(CorpusReader.read(dir, err));
            }
            KeywordExtractor extractor = new KeywordExtractor();
            List<List<KeywordExtractor.Suggestion>> ranked = assigned ? null
                    : new ArchiveKeywords(extractor).rank(read.stream().map(CorpusReader.Read::text).toList());
            List<List<String>> keywords = assigned ? read.stream().map(CorpusReader.Read::assigned).toList()
                    : ranked.stream().map(l -> l.stream().map(KeywordExtractor.Suggestion::label).toList()).toList();
            List<CorpusBenchmark.Doc> docs = new ArrayList<>();
            Map<String, Map<String, String>> abbreviations = new HashMap<>();
            for (int i = 0; i < read.size(); i++) {
                CorpusReader.Read r = read.get(i);
                docs.add(new CorpusBenchmark.Doc(r.id(), r.text(), keywords.get(i)));
                abbreviations.put(r.id(), extractor.abbreviations(r.text()));
            }
            CorpusBenchmark.Report report = CorpusBenchmark.run(docs, goldKeywords, WordLists.places(), abbreviations);
            if (list) printRows(out, report, ranked);
            print(out, report, gold != null);
            out.flush();
            return Main.OK;
        }

        private static void printRows(PrintWriter out, CorpusBenchmark.Report report,
                                      List<List<KeywordExtractor.Suggestion>> ranked) {
            for (int r = 0; r < report.rows().size(); r++) {
                CorpusBenchmark.Row row = report.rows().get(r);
                out.printf(Locale.ROOT, "%s  %d words%s%n", row.id(), row.words(),
                        row.gold() == null ? "" : row.topicHit() ? "  on topic" : "  off topic");
                for (int i = 0; i < row.keywords().size(); i++) {
                    String mark = row.marks() == null ? "  " : switch (row.marks().get(i)) {
                        case STRICT -> "+ ";
                        case LOOSE -> "~ ";
                        case NONE -> "- ";
                    };
                    String why = "";
                    if (ranked != null) {
                        KeywordExtractor.Suggestion s = ranked.get(r).get(i);
                        why = String.format(Locale.ROOT, "  (%s, %d×, %.2f)", s.kind().name().toLowerCase(Locale.ROOT),
                                s.count(), s.score());
                    }
                    out.println("  " + mark + row.keywords().get(i) + why);
                }
                if (row.gold() != null) out.println("  gold: " + String.join(" | ", row.gold()));
            }
        }

        private static void print(PrintWriter out, CorpusBenchmark.Report r, boolean withGold) {
            out.printf(Locale.ROOT, "articles: %d; keywords per article %.2f; %d of %d articles of %d+ words have %d–%d%n",
                    r.articles(), r.perArticle(), r.longArticles() - r.longOutsideRange(), r.longArticles(),
                    CorpusBenchmark.LONG_ARTICLE_WORDS, CorpusBenchmark.FEWEST, CorpusBenchmark.MOST);
            out.printf(Locale.ROOT, "keywords used once: %.2f (%d of %d keywords)%n", r.usedOnceShare(), r.usedOnce(),
                    r.distinctKeywords());
            if (withGold) {
                out.printf(Locale.ROOT, "with gold: %d articles; topic hit %.2f (%d/%d, a strict match among the first %d)%n",
                        r.withGold(), r.topicHitRate(), r.topicHits(), r.withGold(), CorpusBenchmark.TOPIC_RANK);
                out.printf(Locale.ROOT, "precision: loose %.2f, strict %.2f (%d loose + %d strict of %d suggestions)%n",
                        r.loosePrecision(), r.strictPrecision(), r.loose(), r.strict(), r.judged());
            }
            out.printf(Locale.ROOT, "most used:%n");
            for (CorpusBenchmark.Use u : r.mostUsed()) out.printf(Locale.ROOT, "  %4d  %s%n", u.articles(), u.label());
        }

        private Integer seedBench() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Map<String, KeywordBenchmark.Expected> expected = KeywordBenchmark.expected();
            Map<String, String> texts = new TreeMap<>();
            for (String name : expected.keySet()) {
                Path f = seeds.resolve(name);
                if (!Files.isRegularFile(f)) {
                    err.println(f + ": error: seed not found");
                    err.println("  hint: run in the repository's folder, or pass --seeds DIR");
                    return Main.FAILED;
                }
                texts.put(name, Files.readString(f, StandardCharsets.UTF_8));
            }
            KeywordBenchmark.Report r = KeywordBenchmark.run(new KeywordExtractor(), texts, expected, !noIdf);
            for (KeywordBenchmark.Result res : r.results()) {
                out.printf(Locale.ROOT, "%s  %d/%d correct%n", res.name(), res.correct().size(), res.suggested().size());
                for (String s : res.suggested()) out.println((res.correct().contains(s) ? "  + " : "  - ") + s);
                for (String m : res.missed()) out.println("  ? " + m + "  (expected, not suggested)");
            }
            out.printf(Locale.ROOT, "precision %.2f (%d/%d)  recall %.2f (%d/%d)%n", r.precision(), r.correct(),
                    r.suggested(), r.recall(), r.found(), r.expected());
            out.flush();
            return Main.OK;
        }
    }
}
