package org.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.khotin.check.ExternalLinkChecker;
import org.khotin.check.LinkSources;
import org.khotin.check.PreviousAddresses;
import org.khotin.check.SiteChecker;
import org.khotin.config.Language;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.content.Corpus;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.khotin.markdown.MarkdownRenderer;
import org.khotin.media.Media;
import org.khotin.site.BuildResult;
import org.khotin.site.SiteBuilder;
import org.khotin.taxonomy.Keyword;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Builds the site in memory (public/ is not touched) and checks it as a crawler would.",
                "Besides everything build validates: internal links and #anchors, assets, reciprocal hreflang "
                        + "alternates, that every page can be reached from the home page, and that feeds and "
                        + "sitemaps are well-formed XML. Warns about articles without a translation."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--external", description = "Also request every external link (needs network access).")
    boolean external;

    @Option(names = "--translations", description = "List every article without a translation and every keyword without "
            + "an English label (without it, the " + WORKLIST_SHOWN + " newest articles and most used keywords, and how many more).")
    boolean translations;

    @Option(names = "--allow-private", description = "With --external: also request links to, and follow redirects into, private addresses "
            + "(this machine, the local network, cloud metadata).")
    boolean allowPrivate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "With --external: the most one link may take, redirects included (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems and the summary: no progress.")
    boolean quiet;

    @Option(names = "--previous", paramLabel = "DIR_OR_SITEMAP", description = "A previous build's folder, or the live site's sitemap.xml saved to disk: every page it "
            + "lists must still lead somewhere (the page, or a redirect from an alias); each that does not is an error.")
    Path previous;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (timeoutSeconds < 1) {
            stderr.println("--timeout must be at least 1 second");
            return Main.USAGE;
        }
        if (previous != null && !Files.exists(previous)) {
            stderr.println("--previous " + previous + ": no such folder or file");
            return Main.USAGE;
        }
        Problems problems = new Problems();
        Optional<SiteConfig> cfg = site.loadConfig(problems);
        if (cfg.isEmpty()) {
            BuildCommand.report(problems.sorted(), stderr);
            return Main.FAILED;
        }
        // pages are read as the build renders them, and only what the checks need of them is kept
        SiteConfig config = site.buildOptions().appliedTo(cfg.get());
        SiteChecker.Sink sink = new SiteChecker(config.baseUrl(), "public/").sink();
        BuildResult result = new SiteBuilder(site.siteRoot(), Clock.systemUTC(), ConsoleProgress.forCommand(stderr, quiet))
                .build(cfg.get(), site.buildOptions(), sink);
        problems.addAll(result.problems());
        SiteChecker.Report report = sink.check(problems, result.ok() ? LinkSources.in(result.corpus()) : LinkSources.NONE);
        if (previous != null && result.ok()) {
            try {
                PreviousAddresses.check(PreviousAddresses.read(previous, previous.toString(), config.baseUrl()), sink.files(),
                        previous.toString(), problems);
            } catch (IOException e) {
                problems.error(SourcePos.file(previous.toString()), "cannot read the previous site: " + e.getMessage(),
                        "give a folder of a previous build or a sitemap.xml saved from the live site");
            }
        }
        if (result.ok()) {
            new Media(site.siteRoot(), new MarkdownRenderer(), Optional.empty()).audit(result.corpus().articles(),
                    config.contentDir(), problems);
            warnUntranslated(result, config.contentDir(), problems);
            warnMissingEnglishLabels(result, config.contentDir() + "/keywords.yml", problems);
        }
        if (external) {
            problems.addAll(new ExternalLinkChecker(Duration.ofSeconds(timeoutSeconds),
                    allowPrivate ? ExternalLinkChecker.ANY_ADDRESS : ExternalLinkChecker.PUBLIC_ADDRESSES)
                    .check(report.externalLinks()));
        }
        BuildCommand.report(problems.sorted(), stderr);
        long errors = problems.errors().size();
        long warnings = problems.warnings().size();
        String summary = String.format(Locale.ROOT, "Checked %d pages, %d internal links%s: %d %s, %d %s", report.pages(),
                report.internalLinks(), external ? ", " + report.externalLinks().size() + " external links" : "",
                errors, errors == 1 ? "error" : "errors", warnings, warnings == 1 ? "warning" : "warnings");
        (errors > 0 ? stderr : stdout).println(summary);
        return errors > 0 ? Main.FAILED : Main.OK;
    }

    /**
     * English pages show such keywords in Vietnamese, marked lang="vi": a list for translators, the most used
     * first, cut to {@value #WORKLIST_SHOWN} unless {@code --translations} asks for all.
     */
    private void warnMissingEnglishLabels(BuildResult result, String glossary, Problems problems) {
        List<Keyword> missing = result.keywords().missingEnglish().stream()
                .sorted(Comparator.comparingInt((Keyword k) -> -k.articles(Language.VI).size())).toList();
        for (Keyword k : shown(missing)) {
            Optional<SourcePos> entry = result.keywords().entryPos(k);
            String command = "khotin keywords review --label \"" + k.vi() + "=<English label>\" --write";
            // a keyword without a glossary entry is where an article first names it
            SourcePos at = entry.orElseGet(() -> k.articles(Language.VI).stream().map(result.corpus()::require)
                    .max(Corpus.NEWEST_FIRST).map(a -> a.meta().positionOf("keywords", a.filePos()))
                    .orElse(SourcePos.file(glossary)));
            problems.warning(at, "keyword '" + k.vi() + "' (id " + k.id()
                    + ") has no English label", entry.isPresent() ? "add 'en: …' to this entry, or run: " + command
                            : "give it a glossary entry with one: " + command);
        }
        warnOfTheRest(missing.size(), "keywords without an English label", "most used", SourcePos.file(glossary), problems);
    }

    /** Articles without their other language's version, the newest first (as the corpus holds them): cut as the keywords are. */
    private void warnUntranslated(BuildResult result, String contentDir, Problems problems) {
        List<Article> untranslated = result.corpus().articles().stream()
                .filter(a -> result.corpus().translationOf(a).isEmpty()).toList();
        for (Article a : shown(untranslated)) {
            problems.warning(a.filePos(), "no " + a.lang().other().code() + " translation",
                    "translate it: 'khotin new --translation-of " + a.sourcePath() + " \"Title\"'");
        }
        warnOfTheRest(untranslated.size(), "articles without a translation", "newest", SourcePos.file(contentDir + "/"), problems);
    }

    /** How many of a translators' worklist each check shows, unless {@code --translations} asks for all. */
    static final int WORKLIST_SHOWN = 10;

    private <T> List<T> shown(List<T> worklist) {
        return translations ? worklist : worklist.subList(0, Math.min(WORKLIST_SHOWN, worklist.size()));
    }

    /** @param what the worklist's entries, plural; {@code listed} which of them are listed */
    private void warnOfTheRest(int total, String what, String listed, SourcePos at, Problems problems) {
        int rest = translations ? 0 : total - Math.min(WORKLIST_SHOWN, total);
        if (rest <= 0) return;
        problems.warning(at, String.format(Locale.ROOT, "%s: %,d more besides the %d %s listed", what, rest, WORKLIST_SHOWN, listed),
                "'khotin check --translations' lists every one");
    }
}
