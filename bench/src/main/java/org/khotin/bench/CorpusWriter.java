package org.khotin.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.io.file.PathUtils;
import org.khotin.config.Language;

/**
 * Writes a generated archive as a khotin site (content, the repository's {@code site-config.yml} and
 * {@code templates/}) and, when asked, the same articles as a Hugo site's content.
 */
public final class CorpusWriter {
    /** What was written. */
    /**
     * @param sampleArticle the site-relative path of one Vietnamese article (the middle one), for edits
     */
    public record Written(int vietnamese, int english, int distinctKeywords, long contentBytes, String sampleArticle) {
        public int articles() {
            return vietnamese + english;
        }
    }

    private CorpusWriter() {}

    /**
     * @param repo     the khotin repository: its {@code site-config.yml} and {@code templates/} are copied
     * @param siteDir  the khotin site to create (must not exist or be empty)
     * @param hugoSite the Hugo site whose {@code content/} receives the same articles, if any
     */
    public static Written write(ArchiveGenerator generator, Path repo, Path siteDir, Optional<Path> hugoSite)
            throws IOException {
        Files.createDirectories(siteDir);
        Files.copy(repo.resolve("site-config.yml"), siteDir.resolve("site-config.yml"));
        // the repository's overrides of the built-in theme, if it has any
        if (Files.isDirectory(repo.resolve("templates"))) PathUtils.copyDirectory(repo.resolve("templates"), siteDir.resolve("templates"));
        Path content = siteDir.resolve("content");
        int[] counts = new int[2];
        long[] bytes = new long[1];
        Set<String> keywords = new HashSet<>();
        Set<Path> madeDirs = new HashSet<>();
        String[] sample = {""};
        try {
            generator.generate(article -> {
                if (article.lang() == Language.VI && counts[0] == generator.articles() / 2) {
                    sample[0] = "content/" + article.contentPath();
                }
                counts[article.lang() == Language.VI ? 0 : 1]++;
                keywords.addAll(article.keywords());
                byte[] data = article.khotinMarkdown().getBytes(StandardCharsets.UTF_8);
                bytes[0] += data.length;
                writeFile(content.resolve(article.contentPath()), data, madeDirs);
                if (hugoSite.isPresent()) {
                    writeFile(hugoSite.get().resolve("content").resolve(HugoSite.contentPath(article)),
                            HugoSite.markdown(article).getBytes(StandardCharsets.UTF_8), madeDirs);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Written(counts[0], counts[1], keywords.size(), bytes[0], sample[0]);
    }

    static void writeFile(Path file, byte[] data, Set<Path> madeDirs) {
        try {
            Path dir = file.getParent();
            if (madeDirs.add(dir)) Files.createDirectories(dir);
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
