package org.khotin.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.content.Corpus;
import org.khotin.diag.Problems;
import org.khotin.related.RelatedIndex;
import org.khotin.related.Scored;
import org.khotin.related.SyntheticArchive;
import org.khotin.site.SiteBuilder;
import org.khotin.taxonomy.Glossary;
import org.khotin.taxonomy.KeywordIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "related", mixinStandardHelpOptions = true,
        description = "Related news: why an article's list is what it is (--explain), or how fast it is built (bench).",
        subcommands = {RelatedCommand.Bench.class})
final class RelatedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--explain", paramLabel = "ARTICLE",
            description = "An article's file (content/vi/2019/01/x.md) or id (vi/2019/01/x): print its candidates, scored.")
    String explain;

    @picocli.CommandLine.Mixin
    SiteOptions site;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (explain == null) {
            err.println("Missing option: try 'khotin related --explain content/vi/2019/01/x.md' or 'khotin related bench'.");
            return Main.USAGE;
        }
        Problems problems = new Problems();
        Optional<SiteConfig> cfg = site.loadConfig(problems);
        if (cfg.isEmpty()) {
            BuildCommand.report(problems.sorted(), err);
            return Main.FAILED;
        }
        SiteBuilder.ArchiveModel model = new SiteBuilder(site.siteRoot(), Clock.systemUTC())
                .model(cfg.get(), site.buildOptions(), problems);
        BuildCommand.report(problems.sorted(), err);
        if (problems.hasErrors()) return Main.FAILED;
        String ref = explain.replace('\\', '/');
        Optional<Article> article = model.corpus().articles().stream()
                .filter(a -> a.sourcePath().equals(ref) || a.id().equals(ref.replaceAll("^/+|/+$", "")))
                .findFirst();
        if (article.isEmpty()) {
            err.println(explain + ": error: no such article");
            err.println("  hint: give the article's file (content/vi/2019/01/x.md) or its id (vi/2019/01/x)");
            return Main.FAILED;
        }
        explain(model, article.get(), out);
        return Main.OK;
    }

    private static void explain(SiteBuilder.ArchiveModel model, Article a, PrintWriter out) {
        RelatedIndex related = model.related();
        List<String> shown = related.relatedTo(a.id());
        out.println("Related news for " + a.id() + " (" + a.sourcePath() + "): " + a.meta().title());
        out.println("score = keywords (shared, weighted by rarity) + text (cosine of top terms) + recency");
        out.printf(Locale.ROOT, "cut-off: evidence = text + keywords on at most %d articles must reach %.3f"
                + " (related.min_score); below it a slot stays empty%n", RelatedIndex.RARE_KEYWORD_ARTICLES,
                related.minScore());
        out.println("'*' on the page, '-' below the cut-off, ' ' above it but ranked lower");
        if (!a.meta().series().isEmpty()) out.println("the other parts of its series are in its series box, not here");
        List<Scored> candidates = related.explain(a.id());
        if (candidates.isEmpty()) out.println("  no candidates: no other article shares a keyword or a frequent term");
        int rank = 0;
        for (Scored s : candidates) {
            rank++;
            Article c = model.corpus().require(s.id());
            String mark = shown.contains(s.id()) ? "*" : s.belowCutOff() ? "-" : " ";
            // a story related in the other language is shown in the reader's, when it has a version there
            Optional<Article> version = c.lang() == a.lang() ? Optional.empty()
                    : model.corpus().translationOf(c).filter(t -> shown.contains(t.id()));
            String note = s.pinned() ? "  [pinned]"
                    : version.isPresent() ? "  [shown as its " + a.lang().code() + " version, " + version.get().id() + "]"
                    : shown.contains(s.id()) && s.belowCutOff() ? "  [shown for its translation, above the cut-off]"
                    : s.belowCutOff() ? "  [below the cut-off]" : "";
            out.printf(Locale.ROOT, "%s%2d. %s  %.3f = keywords %.3f + text %.3f + recency %.3f; evidence %.3f%s%n",
                    mark, rank, s.id(), s.score(), s.keywordScore(), s.textScore(), s.recency(), s.evidence(), note);
            out.println("      " + c.meta().title());
            if (!s.keywords().isEmpty()) {
                out.println("      keywords: " + s.keywords().stream().map(k -> model.keywords().byId(k.keywordId())
                        .map(kw -> kw.label(a.lang())).orElse(k.keywordId())
                        + String.format(Locale.ROOT, " %.3f (%d articles%s)", k.weight(), k.articles(),
                                k.rare() ? "" : ", not evidence")).collect(Collectors.joining(", ")));
            }
            if (!s.terms().isEmpty()) out.println("      terms: " + String.join(", ", s.terms()));
            out.println("      " + s.daysApart() + " days apart");
        }
        long below = candidates.stream().filter(Scored::belowCutOff).count();
        out.printf(Locale.ROOT, "%d of %d slots filled; %d of the %d candidates listed here are below the cut-off%n",
                shown.size(), Math.max(related.count(), shown.size()), below, candidates.size());
        out.flush();
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Builds related lists for a synthetic archive in memory and prints the time and the machine.")
    static final class Bench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Archive size (default: ${DEFAULT-VALUE}).")
        int articles;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--count", paramLabel = "K", defaultValue = "5", description = "Related articles per article (default: ${DEFAULT-VALUE}).")
        int count;

        @Option(names = "--min-score", paramLabel = "S", defaultValue = "" + SiteConfig.DEFAULT_RELATED_MIN_SCORE,
                description = "Evidence a related article must reach, as related.min_score (default: ${DEFAULT-VALUE}).")
        double minScore;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (articles < 1) {
                spec.commandLine().getErr().println("--articles must be at least 1");
                return Main.USAGE;
            }
            Runtime rt = Runtime.getRuntime();
            out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s, max heap %d MB%n", rt.availableProcessors(),
                    System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                    rt.maxMemory() / (1024 * 1024));
            long t0 = System.nanoTime();
            List<Article> list = SyntheticArchive.generate(articles, seed);
            Problems problems = new Problems();
            Corpus corpus = Corpus.of(list, problems);
            long t1 = System.nanoTime();
            KeywordIndex keywords = KeywordIndex.build(corpus.articles(), Glossary.empty(), problems);
            long t2 = System.nanoTime();
            RelatedIndex related = RelatedIndex.build(corpus, keywords, count, minScore, SiteConfig.VIETNAM, problems);
            long t3 = System.nanoTime();
            long listed = corpus.articles().stream().mapToLong(a -> related.relatedTo(a.id()).size()).sum();
            out.printf(Locale.ROOT, "articles: %d (generated in %.2f s)%n", articles, (t1 - t0) / 1e9);
            out.printf(Locale.ROOT, "keyword index: %d keywords in %.2f s%n", keywords.all().size(), (t2 - t1) / 1e9);
            out.printf(Locale.ROOT, "related lists: %.2f s, %.2f related per article%n", (t3 - t2) / 1e9,
                    (double) listed / articles);
            out.flush();
            return Main.OK;
        }
    }
}
