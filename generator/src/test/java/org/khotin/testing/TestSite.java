package org.khotin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.khotin.cli.Main;

/**
 * A small site described in one text block, txtar-like: files separated by {@code -- path --} lines.
 * The repository's own templates/ (its overrides of the built-in theme) and a default site-config.yml are added
 * unless the block has its own.
 */
public final class TestSite {
    public static final String DEFAULT_CONFIG = """
            base_url: https://example.org/archive/
            languages:
              vi:
                title: Kho tin
                description: Kho tin thử nghiệm.
              en:
                title: News archive
                description: A test archive.
            pagination:
              page_size: 10
            """;

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** Writes the files of {@code txtar} into {@code dir}. */
    public static TestSite create(Path dir, String txtar) {
        TestSite site = new TestSite(dir);
        Map<String, String> files = parse(txtar);
        try {
            Files.createDirectories(dir);
            if (files.keySet().stream().noneMatch(p -> p.startsWith("templates/"))) {
                PathUtils.copyDirectory(repoTemplates(), dir.resolve("templates"));
            }
            if (!files.containsKey("site-config.yml")) site.write("site-config.yml", DEFAULT_CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.forEach(site::write);
        return site;
    }

    /** Splits a txtar-like block into path → content; text before the first marker is a comment. */
    public static Map<String, String> parse(String txtar) {
        Map<String, String> files = new TreeMap<>();
        String path = null;
        StringBuilder content = new StringBuilder();
        for (String line : txtar.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (path != null) files.put(path, content.toString());
                path = line.substring(3, line.length() - 3).strip();
                content.setLength(0);
            } else if (path != null) {
                content.append(line).append('\n');
            }
        }
        if (path != null) files.put(path, content.toString().replaceAll("\n+$", "\n"));
        return files;
    }

    public static Path repoTemplates() {
        return repoRoot().resolve("templates");
    }

    public static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("generator/pom.xml")) && Files.isRegularFile(dir.resolve("site-config.yml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the repository (a folder with generator/pom.xml and site-config.yml)");
    }

    /** A preview of this site on a free port, not yet started, logging to {@code out}. */
    public org.khotin.serve.PreviewSession preview(PrintWriter out) throws IOException {
        Path config = root.resolve("site-config.yml");
        return new org.khotin.serve.PreviewSession(root, config,
                problems -> new org.khotin.config.ConfigLoader().load(config, "site-config.yml", problems),
                org.khotin.site.BuildOptions.defaults(), 0, out, out);
    }

    public Path root() {
        return root;
    }

    public void write(String path, String content) {
        writeBytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public void writeBytes(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String path) {
        try {
            Files.delete(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What running the command line printed and returned. */
    public record Run(int exitCode, String out, String err) {
        public Run assertOk() {
            assertEquals(0, exitCode, () -> "exit code; stderr:\n" + err);
            return this;
        }
    }

    /** Runs {@code khotin build} on this site, into {@code public/} unless {@code --out} is given. */
    public Run build(String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("build", "--config", root.resolve("site-config.yml").toString()));
        if (!List.of(extraArgs).contains("--out")) {
            args.add("--out");
            args.add(root.resolve("public").toString());
        }
        args.addAll(List.of(extraArgs));
        return run(args.toArray(String[]::new));
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Drops the theme's share links to social networks (keeping e-mail), so that a check of external links
     * in a test asks no host but 127.0.0.1.
     */
    public void keepShareLinksOffline() {
        String template = read("templates/article.ftlh");
        String shareLinks = "<#list article.share.links as link>";
        assertTrue(template.contains(shareLinks), "the article template lists its share links as " + shareLinks);
        write("templates/article.ftlh", template.replace(shareLinks, "<#list [] as link>"));
    }

    /** A file of the site; a theme file the site does not override ({@code templates/…}) is the built-in one. */
    public String read(String path) {
        if (path.startsWith("templates/") && !Files.exists(root.resolve(path))) return builtInTheme(path.substring("templates/".length()));
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of khotin's built-in theme, such as {@code article.ftlh} or {@code i18n/vi.yml}. */
    public static String builtInTheme(String path) {
        try (java.io.InputStream in = TestSite.class.getResourceAsStream("/org/khotin/theme/" + path)) {
            if (in == null) throw new IllegalArgumentException("the built-in theme has no " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String path) {
        return Files.exists(root.resolve(path));
    }

    public void assertExists(String path) {
        assertTrue(exists(path), () -> path + " should exist; have: " + files("public"));
    }

    /** Every file under a folder of the site: relative path → bytes, sorted. */
    public Map<String, byte[]> snapshot(String dir) {
        Map<String, byte[]> out = new TreeMap<>();
        Path base = root.resolve(dir);
        if (!Files.isDirectory(base)) return out;
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(base.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public List<String> files(String dir) {
        return new ArrayList<>(snapshot(dir).keySet());
    }
}
