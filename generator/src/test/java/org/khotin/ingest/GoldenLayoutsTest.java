package org.khotin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-written pages in the layouts newsrooms' crawls and saved pages have (a crawl dump with byline, source
 * line and trailing summary; labelled header fields; a date line with (GMT+7); an undated dump; subheads,
 * captions and teasers) against expected Markdown beside them. Regenerate with
 * {@code -Dkhotin.golden.update=true} and read every diff before committing it.
 */
class GoldenLayoutsTest {
    private static final Path LAYOUTS = Path.of("src", "test", "resources", "import", "layouts");

    static Stream<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(LAYOUTS)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
            assertTrue(names.size() >= 5, "the layout pages");
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pageMatchesGolden(String page) throws IOException {
        // a page with a <name>.date beside it is imported with that batch date (--date), as a crawl would be
        Path batch = LAYOUTS.resolve(page.replaceAll("\\.txt$", ".date"));
        Importer importer = Files.exists(batch)
                ? ImportFixtures.importer().withBatchDate(LocalDate.parse(Files.readString(batch).strip()))
                : ImportFixtures.importer();
        Importer.Conversion c = ImportFixtures.convert(importer, Files.readAllBytes(LAYOUTS.resolve(page)), page);
        Path golden = LAYOUTS.resolve(page.replaceAll("\\.txt$", ".md"));
        String expected = "<!-- " + c.relativePath() + (Files.exists(batch) ? " (--date " + Files.readString(batch).strip() + ")" : "")
                + " -->\n" + c.markdown();
        if (Boolean.getBoolean("khotin.golden.update")) Files.writeString(golden, expected, StandardCharsets.UTF_8);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), expected, page);
    }
}
