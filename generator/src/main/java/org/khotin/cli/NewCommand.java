package org.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.khotin.config.Language;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.content.ArticleScaffold;
import org.khotin.content.ContentLoader;
import org.khotin.content.FrontMatterParser;
import org.khotin.diag.Problems;
import org.khotin.text.Fold;
import org.khotin.text.Slugs;
import org.khotin.text.Unicode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Creates content/<lang>/<yyyy>/<mm>/<slug>.md for a new article, dated now (Vietnam time), as a draft.",
                "With --translation-of, the new article is the other language's version of an existing one: it takes "
                        + "that article's date and translation_key (adding a key to it if it has none)."})
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TITLE", description = "The headline.")
    String title;

    @Option(names = "--lang", paramLabel = "vi|en", description = "Language of the new article (default: vi, or the other language of --translation-of).")
    String lang;

    @Option(names = "--translation-of", paramLabel = "PATH", description = "The article this one translates.")
    Path translationOf;

    @Option(names = "--keywords", paramLabel = "A,B", split = ",", description = "Keywords, separated by commas.")
    List<String> keywords = List.of();

    @Option(names = "--category", paramLabel = "SECTION", description = "The section (chuyên mục) it is filed under.")
    String category = "";

    @Option(names = "--series", paramLabel = "NAME", description = "The series (loạt bài) it is a part of.")
    String series = "";

    @Option(names = "--series-part", paramLabel = "N", description = "Its number in the series (1 to 999).")
    Integer seriesPart;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "site-config.yml", description = "Site configuration (default: ${DEFAULT-VALUE}).")
    Path config;

    private final Clock clock;

    NewCommand() {
        this(Clock.systemUTC());
    }

    NewCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Problems problems = new Problems();
        SiteOptions options = new SiteOptions();
        options.config = config;
        Optional<SiteConfig> cfg = options.loadConfig(problems);
        if (cfg.isEmpty()) {
            BuildCommand.report(problems.sorted(), err);
            return Main.FAILED;
        }
        Path contentDir = options.siteRoot().resolve(cfg.get().contentDir());
        if (seriesPart != null && (seriesPart < 1 || seriesPart > 999 || series.isBlank())) {
            err.println("khotin new: --series-part takes a number from 1 to 999, with --series naming the series");
            return Main.USAGE;
        }
        String slug = Slugs.slug(title);
        if (title.isBlank() || slug.isEmpty()) {
            err.println("khotin new: the title must contain letters or digits");
            return Main.USAGE;
        }
        OffsetDateTime date = OffsetDateTime.now(clock.withZone(cfg.get().timeZone()));
        String translationKey = "";
        boolean dayOnly = false;
        Optional<Language> language = Optional.empty();
        if (lang != null) {
            language = Language.find(lang);
            if (language.isEmpty()) {
                err.println("khotin new: --lang must be vi or en, not " + lang);
                return Main.USAGE;
            }
        }
        if (translationOf != null) {
            Optional<Article> source = readSource(contentDir, cfg.get(), problems);
            if (source.isEmpty()) {
                BuildCommand.report(problems.sorted(), err);
                return Main.FAILED;
            }
            Language target = language.orElse(source.get().lang().other());
            if (target == source.get().lang()) {
                err.println("khotin new: a translation must be in the other language than " + translationOf);
                return Main.USAGE;
            }
            language = Optional.of(target);
            date = source.get().meta().date();
            dayOnly = source.get().meta().dateOnly();
            translationKey = source.get().meta().translationKey();
            String key = translationKey;
            Optional<String> existing = key.isEmpty() ? Optional.empty()
                    : articleIn(contentDir, cfg.get(), target, key, t -> t.meta().translationKey().equals(key));
            if (existing.isPresent()) {
                // a second one would fail the build (one article per language and key) once either is published
                err.println("khotin new: " + translationOf + " is translated already: " + existing.get()
                        + " has its translation_key '" + translationKey + "'; edit that article, or give this story a key of its own");
                return Main.FAILED;
            }
            if (translationKey.isEmpty()) {
                translationKey = ArticleScaffold.newTranslationKey(source.get());
                Path file = translationOf.toAbsolutePath();
                String original = Files.readString(file, StandardCharsets.UTF_8);
                writeAtomically(file, ArticleScaffold.withTranslationKey(original, translationKey));
                out.println("Added translation_key: " + translationKey + " to " + translationOf);
            }
        }
        Language chosen = language.orElse(Language.VI);
        if (seriesPart != null) {
            // two parts numbered alike would fail the build once both are published
            int part = seriesPart;
            String name = Fold.key(series);
            Optional<String> taken = articleIn(contentDir, cfg.get(), chosen, "series_part",
                    a -> a.meta().series().part() == part && a.meta().series().key().equals(name));
            if (taken.isPresent()) {
                err.println("khotin new: part " + part + " of the series '" + series.strip() + "' is " + taken.get()
                        + " already; give this one another --series-part");
                return Main.FAILED;
            }
        }
        Path file = contentDir.resolve(ArticleScaffold.path(chosen, date, slug, cfg.get().timeZone()));
        if (Files.exists(file)) {
            err.println("khotin new: " + options.siteRoot().relativize(file) + " already exists; it was not changed");
            return Main.FAILED;
        }
        Files.createDirectories(file.getParent());
        List<String> cleanKeywords = keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
        writeAtomically(file, ArticleScaffold.text(title.strip(), date, dayOnly, chosen, cleanKeywords, category.strip(), series.strip(),
                seriesPart == null ? 0 : seriesPart, translationKey));
        out.println("Created " + options.siteRoot().relativize(file) + " (draft: true; remove that line to publish)");
        return Main.OK;
    }

    private Optional<Article> readSource(Path contentDir, SiteConfig cfg, Problems problems) throws IOException {
        Path file = translationOf.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file) || !file.startsWith(contentDir)) {
            problems.error(org.khotin.diag.SourcePos.file(translationOf.toString()), "not an article under "
                    + cfg.contentDir() + "/", "give the path of the article to translate, e.g. content/vi/2024/01/slug.md");
            return Optional.empty();
        }
        String relative = Arrays.stream(contentDir.relativize(file).toString().split("[/\\\\]")).reduce((a, b) -> a + "/" + b).orElse("");
        return new ContentLoader(new FrontMatterParser(cfg.timeZone()))
                .parse(Files.readAllBytes(file), relative, translationOf.toString(), problems);
    }

    /**
     * The first article of {@code lang} that {@code holds} says yes to, by its path; only files whose text holds
     * {@code written} are parsed, so that a large archive is read quickly.
     */
    private static Optional<String> articleIn(Path contentDir, SiteConfig cfg, Language lang, String written,
                                              java.util.function.Predicate<Article> holds) throws IOException {
        ContentLoader loader = new ContentLoader(new FrontMatterParser(cfg.timeZone()));
        for (ContentLoader.SourceFile f : loader.find(contentDir, cfg.contentDir() + "/")) {
            if (!f.relativePath().startsWith(lang.code() + "/") || f.refusal().isPresent()) continue;
            byte[] bytes = Files.readAllBytes(f.file());
            if (!Unicode.nfc(new String(bytes, StandardCharsets.UTF_8)).contains(written)) continue;
            Optional<Article> a = loader.parse(bytes, f.relativePath(), f.displayPath(), new Problems());
            if (a.isPresent() && holds.test(a.get())) return Optional.of(f.displayPath());
        }
        return Optional.empty();
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), ".khotin-", ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
