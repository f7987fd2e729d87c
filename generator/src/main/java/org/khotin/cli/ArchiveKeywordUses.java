package org.khotin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.khotin.config.SiteConfig;
import org.khotin.content.ContentLoader;
import org.khotin.content.FrontMatterParser;
import org.khotin.diag.Problems;
import org.khotin.taxonomy.Glossary;
import org.khotin.taxonomy.GlossaryEntry;
import org.khotin.taxonomy.KeywordKeys;
import org.khotin.text.Unicode;

/**
 * The keywords a content folder's Vietnamese articles carry, by keyword key, with how many articles carry each,
 * and its glossary's: what an import into that folder joins. Front matter only, read leniently (the build reports
 * what is wrong).
 */
final class ArchiveKeywordUses {
    private ArchiveKeywordUses() {}

    /** @param skipped the {@code source_sha256} of articles to leave out: those the import is about to write again */
    static Map<String, Integer> of(Path contentDir, Set<String> skipped) {
        return of(contentDir, skipped, file -> false);
    }

    /** @param skippedFile a file to leave out too: the article keywords are suggested for */
    static Map<String, Integer> of(Path contentDir, Set<String> skipped, Predicate<Path> skippedFile) {
        // the articles the build would read, found as it finds them (linked folders too)
        List<Path> files = new ContentLoader(new FrontMatterParser(SiteConfig.VIETNAM)).find(contentDir, "").stream()
                .filter(f -> f.refusal().isEmpty()).map(ContentLoader.SourceFile::file).filter(skippedFile.negate()).toList();
        Map<String, Integer> uses = new HashMap<>();
        files.parallelStream().map(f -> keys(f, skipped)).toList()
                .forEach(keys -> keys.forEach(k -> uses.merge(k, 1, Integer::sum)));
        // the glossary's keywords are the archive's by the editors' decision, whether or not an article carries one yet
        for (GlossaryEntry entry : Glossary.load(contentDir, contentDir.toString(), new Problems()).entries()) {
            Set<String> keys = new HashSet<>();
            keys.add(KeywordKeys.key(entry.vi()));
            for (String alias : entry.aliases()) keys.add(KeywordKeys.key(alias));
            keys.remove("");
            keys.forEach(k -> uses.merge(k, 1, Integer::sum));
        }
        return Map.copyOf(uses);
    }

    /** The keys of one article's keywords; none for an English article, a skipped one or an unreadable file. */
    private static Set<String> keys(Path file, Set<String> skipped) {
        String text;
        try {
            text = Unicode.nfc(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>();
        CorpusReader.frontMatter(text, file.toString())
                .filter(f -> f.lang().equals("vi") && CorpusReader.scalar(f.fields(), "source_sha256").filter(skipped::contains).isEmpty())
                .ifPresent(f -> CorpusReader.keywords(f.fields()).stream().map(KeywordKeys::key).filter(k -> !k.isEmpty())
                        .forEach(keys::add));
        return keys;
    }
}
