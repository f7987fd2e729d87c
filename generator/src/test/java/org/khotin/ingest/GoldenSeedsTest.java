package org.khotin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.khotin.content.Article;

/**
 * The five real seeds against hand-checked expected Markdown. To regenerate after a deliberate change, run
 * with {@code -Dkhotin.golden.update=true} and read every diff before committing it.
 */
class GoldenSeedsTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "import", "golden");

    static Stream<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
            assertEquals(5, names.size(), "the five seeds");
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void seedMatchesGolden(String seed) throws IOException {
        Importer.Conversion c = ImportFixtures.convert(Files.readAllBytes(SEEDS.resolve(seed)), seed);
        Path golden = GOLDEN.resolve(seed.replaceAll("\\.txt$", ".md"));
        if (Boolean.getBoolean("khotin.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, c.markdown(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), c.markdown(), seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void seedOutputLoadsInTheBuild(String seed) throws IOException {
        // a seed without a date loads once the editor gives one; --date stands for that here
        Importer.Conversion c = ImportFixtures.convert(ImportFixtures.importer().withBatchDate(java.time.LocalDate.of(2021, 1, 15)),
                Files.readAllBytes(SEEDS.resolve(seed)), seed);
        Article article = ImportFixtures.load(c.relativePath(), c.markdown());
        assertEquals(c.article().title(), article.meta().title());
        assertEquals(c.article().keywords(), article.meta().keywords());
        assertTrue(article.meta().sourceSha256().matches("[0-9a-f]{64}"));
        assertEquals(article.meta().slug(), article.meta().translationKey());
    }
}
