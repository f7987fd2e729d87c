package org.khotin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Package dependencies follow docs/architecture.md: each stage uses only the stages before it. */
class ArchitectureTest {
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("diag", Set.of()),
            Map.entry("text", Set.of()),
            Map.entry("output", Set.of("diag")),
            Map.entry("config", Set.of("diag", "text")),
            Map.entry("content", Set.of("diag", "text", "config")),
            Map.entry("ingest", Set.of("diag", "text", "config", "content")),
            Map.entry("markdown", Set.of("text")),
            Map.entry("media", Set.of("diag", "text", "content", "markdown")),
            Map.entry("taxonomy", Set.of("diag", "text", "content", "config")),
            Map.entry("related", Set.of("diag", "text", "content", "config", "taxonomy")),
            Map.entry("search", Set.of("diag", "text", "content", "config", "taxonomy")),
            Map.entry("render", Set.of("diag", "text", "config", "content", "markdown", "taxonomy", "related", "search")),
            Map.entry("site", Set.of("diag", "text", "config", "content", "markdown", "media", "taxonomy", "related", "search",
                    "render", "output")),
            Map.entry("check", Set.of("diag", "text", "config", "content", "site", "output", "render")),
            Map.entry("serve", Set.of("diag", "text", "config", "content", "site", "output", "render")),
            Map.entry("cli", Set.of("diag", "text", "config", "content", "ingest", "markdown", "media", "taxonomy", "related",
                    "search", "render", "site", "output", "check", "serve")));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.khotin\\.(\\w+)\\.", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.khotin\\.(\\w+)\\.[A-Z]");

    /** The benchmark is its own module (bench/), built on the generator's public API: the product jar holds none of it. */
    @Test
    void theBenchmarkAndItsHugoLayoutsAreNotInTheProduct() {
        assertThat(Path.of("src/main/java/org/khotin/bench")).doesNotExist();
        assertThat(Path.of("src/main/resources/org/khotin/bench")).doesNotExist();
        assertThat(Path.of("../bench/src/main/java/org/khotin/bench/BenchCommand.java")).exists();
    }

    @Test
    void packagesDependOnlyOnEarlierStages() throws IOException {
        Path main = Path.of("src/main/java/org/khotin");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String pkg = main.relativize(file).getName(0).toString();
                assertThat(ALLOWED).as("package %s is not in the architecture table", pkg).containsKey(pkg);
                String source = Files.readString(file);
                for (Pattern p : List.of(IMPORT, QUALIFIED)) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        String used = m.group(1);
                        if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
                            violations.add(main.relativize(file) + " uses " + used);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /**
     * Where each library may be used: each sits behind the stage that needs it, so that replacing one touches one
     * place (the test sources may use any).
     */
    private static final Map<String, Set<String>> LIBRARIES = Map.of(
            "com.vladsch.flexmark", Set.of("markdown"),
            "org.jsoup", Set.of("markdown", "ingest", "check", "render"),
            "freemarker", Set.of("render"),
            "com.fasterxml.jackson", Set.of("config", "ingest", "render", "search", "serve"),
            "com.twelvemonkeys", Set.of("media"),
            "javax.imageio", Set.of("media"),
            "java.awt", Set.of("media"),
            "picocli", Set.of("cli"));

    @Test
    void librariesAreUsedOnlyByTheStagesThatOwnThem() throws IOException {
        Path main = Path.of("src/main/java/org/khotin");
        Map<Path, String> sources = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) sources.put(file, Files.readString(file));
        }
        List<String> violations = new ArrayList<>();
        LIBRARIES.forEach((library, owners) -> {
            // imported or written out in full
            Pattern use = Pattern.compile("(?<![\\w.])" + Pattern.quote(library) + "\\.");
            boolean used = false;
            for (Map.Entry<Path, String> source : sources.entrySet()) {
                if (!use.matcher(source.getValue()).find()) continue;
                used = true;
                String pkg = main.relativize(source.getKey()).getName(0).toString();
                if (!owners.contains(pkg)) violations.add(main.relativize(source.getKey()) + " uses " + library);
            }
            // a stale row would let the library spread unnoticed
            if (!used) violations.add("no class uses " + library + ": drop its row");
        });
        assertThat(violations).isEmpty();
    }

    /** Lines a class in main may have: one past them holds more than one responsibility, and is split. */
    private static final int CLASS_LINES = 600;
    /** Tighter limits. */
    private static final Map<String, Integer> CLASS_LINES_OF = Map.of(
            // the one class that knows the order of the stages: it should read as that list
            "site/SiteBuilder.java", 400);

    @Test
    void noClassInMainExceedsItsSizeLimit() throws IOException {
        Path main = Path.of("src/main/java/org/khotin");
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = main.relativize(f).toString().replace('\\', '/');
                long lines = Files.readAllLines(f).size();
                int limit = CLASS_LINES_OF.getOrDefault(name, CLASS_LINES);
                if (lines > limit) tooLong.add(name + ": " + lines + " lines, limit " + limit);
            }
        }
        assertThat(tooLong).isEmpty();
        for (String name : CLASS_LINES_OF.keySet()) assertThat(main.resolve(name)).as("a limit for a class that exists").exists();
    }
}
