package org.khotin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The importer may use content, text, diag and config, and no other part of khotin. */
class IngestDependenciesTest {
    private static final Pattern KHOTIN_IMPORT = Pattern.compile("(?m)^import (?:static )?org\\.khotin\\.(\\w+)\\.");
    private static final List<String> ALLOWED = List.of("ingest", "content", "text", "diag", "config");

    @Test
    void ingestImportsOnlyAllowedPackages() throws IOException {
        Path dir = Path.of("src", "main", "java", "org", "khotin", "ingest");
        List<String> violations;
        try (Stream<Path> files = Files.list(dir)) {
            violations = files.filter(p -> p.toString().endsWith(".java")).sorted().flatMap(p -> {
                try {
                    Matcher m = KHOTIN_IMPORT.matcher(Files.readString(p));
                    return m.results().map(r -> r.group(1)).filter(pkg -> !ALLOWED.contains(pkg))
                            .map(pkg -> p.getFileName() + " imports org.khotin." + pkg);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertEquals(List.of(), violations);
    }
}
