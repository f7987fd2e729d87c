package org.khotin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.khotin.config.Language;
import org.khotin.config.SiteConfig;
import org.khotin.content.ContentLoader;
import org.khotin.content.FrontMatterParser;
import org.khotin.diag.Problems;
import org.khotin.ingest.KeywordSuggester.Tagged;
import org.khotin.taxonomy.Glossary;
import org.khotin.taxonomy.GlossaryEntry;
import org.khotin.taxonomy.KeywordKeys;
import org.khotin.text.Unicode;

/** The keywords an archive already has, by key: what new articles join rather than start pages of their own. */
final class CarriedKeywords {
    private CarriedKeywords() {}

    /**
     * The keys of the keywords the Vietnamese {@code articles} carry, and of the glossary in {@code contentDir} (the
     * editors' own list, whether or not an article carries an entry yet).
     *
     * @param skipped the {@code source_sha256} of articles to leave out: those an import is about to write again
     */
    static Set<String> of(List<Tagged> articles, Set<String> skipped, Path contentDir) {
        Set<String> keys = new HashSet<>();
        for (Tagged a : articles) {
            if (a.lang() != Language.VI || skipped.contains(a.sourceSha256())) continue;
            for (String k : a.keywords()) keys.add(KeywordKeys.key(k));
        }
        for (GlossaryEntry entry : Glossary.load(contentDir, contentDir.toString(), new Problems()).entries()) {
            keys.add(KeywordKeys.key(entry.vi()));
            for (String alias : entry.aliases()) keys.add(KeywordKeys.key(alias));
        }
        keys.remove("");
        return Set.copyOf(keys);
    }

    /**
     * The articles of a content folder, found as the build finds them (linked folders too), their front matter
     * read leniently (the build reports what is wrong).
     *
     * @param skippedFile a file to leave out: the article keywords are suggested for
     */
    static List<Tagged> read(Path contentDir, Predicate<Path> skippedFile) {
        return new ContentLoader(new FrontMatterParser(SiteConfig.VIETNAM)).find(contentDir, "").stream()
                .filter(f -> f.refusal().isEmpty()).map(ContentLoader.SourceFile::file).filter(skippedFile.negate())
                .toList().parallelStream().map(CarriedKeywords::tagged).flatMap(Optional::stream).toList();
    }

    private static Optional<Tagged> tagged(Path file) {
        String text;
        try {
            text = Unicode.nfc(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        return CorpusReader.frontMatter(text, file.toString()).flatMap(f -> Language.find(f.lang())
                .map(lang -> new Tagged(lang, CorpusReader.scalar(f.fields(), "source_sha256").orElse(""),
                        CorpusReader.keywords(f.fields()))));
    }
}
