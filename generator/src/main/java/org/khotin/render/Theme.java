package org.khotin.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;

/**
 * The theme a site is rendered with: khotin's built-in theme (templates, UI strings, assets), with the site's
 * templates folder laid over it file by file, so that a site changes one template by writing that one file and
 * can consist of content and {@code site-config.yml} alone. UI strings are laid over key by key ({@link I18n}).
 * Every file is read once, when the theme opens; a build never asks the disk for them again.
 */
public final class Theme {
    /** Where the built-in theme is on the class path. */
    static final String BUILT_IN = "org/khotin/theme/";
    /** How a built-in file is named in messages: it is no file of the site's. */
    static final String BUILT_IN_DISPLAY = "khotin's built-in theme: ";

    /** One file of the theme: its path inside the theme, how messages name it, its bytes. */
    public record File(String path, String display, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final String displayDir;
    private final Map<String, File> builtIn;
    private final Map<String, File> site;
    private final Map<String, File> files;
    private final String hash;
    private final TemplateEngine engine;

    private Theme(String displayDir, Map<String, File> builtIn, Map<String, File> site) {
        this.displayDir = displayDir;
        this.builtIn = builtIn;
        this.site = site;
        Map<String, File> all = new TreeMap<>(builtIn);
        all.putAll(site);
        this.files = Collections.unmodifiableMap(all);
        this.hash = hash(files);
        this.engine = new TemplateEngine(this);
    }

    /**
     * The built-in theme under the site's templates folder {@code siteDir} (which need not exist), named
     * {@code displayDir} in messages.
     */
    public static Optional<Theme> open(Path siteDir, String displayDir, Problems problems) {
        Map<String, File> builtIn;
        try {
            builtIn = readBuiltIn();
        } catch (IOException | URISyntaxException e) {
            problems.error(SourcePos.file("khotin"), "cannot read the built-in theme: " + e.getMessage(),
                    "the khotin jar may be damaged; build it again with ./khotin");
            return Optional.empty();
        }
        Map<String, File> site = new TreeMap<>();
        if (Files.isDirectory(siteDir)) {
            try (Stream<Path> walk = Files.walk(siteDir)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String path = siteDir.relativize(f).toString().replace('\\', '/');
                    site.put(path, new File(path, displayDir + path, Files.readAllBytes(f)));
                }
            } catch (IOException e) {
                problems.error(SourcePos.file(displayDir), "cannot read the templates: " + e.getMessage(), "");
                return Optional.empty();
            }
        }
        return Optional.of(new Theme(displayDir, Collections.unmodifiableMap(builtIn), Collections.unmodifiableMap(site)));
    }

    /** The built-in file at {@code path}, whether or not the site has its own. */
    Optional<File> builtIn(String path) {
        return Optional.ofNullable(builtIn.get(path));
    }

    /** The site's own file at {@code path}. */
    Optional<File> siteFile(String path) {
        return Optional.ofNullable(site.get(path));
    }

    /** How messages name the site's file at {@code path}, whether or not the site has one. */
    String siteDisplay(String path) {
        return displayDir + path;
    }

    /** The templates the site renders with ({@code .ftlh}, {@code .ftlx}, {@code .ftl} at the top), by name. */
    List<File> templates() {
        return files.values().stream().filter(f -> f.path().indexOf('/') < 0 && f.path().matches(".*\\.ftl[hx]?")).toList();
    }

    /** The files under {@code assets/}, copied to the site's {@code assets/} folder. */
    public List<File> assets() {
        return files.values().stream().filter(f -> f.path().startsWith("assets/")).toList();
    }

    public TemplateEngine engine() {
        return engine;
    }

    /** A hash of every file the theme holds: any change to them renders every page again. */
    public String hash() {
        return hash;
    }

    private static String hash(Map<String, File> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (File f : files.values()) {
                digest.update(f.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(f.bytes());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The built-in theme's files, from the jar khotin runs from or, in development, from the class folder. */
    private static Map<String, File> readBuiltIn() throws IOException, URISyntaxException {
        Path codeSource = Path.of(Theme.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, File> files = new TreeMap<>();
        if (Files.isDirectory(codeSource)) {
            Path dir = codeSource.resolve(BUILT_IN);
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String path = dir.relativize(f).toString().replace('\\', '/');
                    files.put(path, new File(path, BUILT_IN_DISPLAY + path, Files.readAllBytes(f)));
                }
            }
        } else {
            try (ZipFile jar = new ZipFile(codeSource.toFile())) {
                for (ZipEntry e : Collections.list(jar.entries())) {
                    if (e.isDirectory() || !e.getName().startsWith(BUILT_IN)) continue;
                    String path = e.getName().substring(BUILT_IN.length());
                    try (InputStream in = jar.getInputStream(e)) {
                        files.put(path, new File(path, BUILT_IN_DISPLAY + path, in.readAllBytes()));
                    }
                }
            }
        }
        if (!files.containsKey("layout.ftlh")) throw new IOException("no layout.ftlh under " + BUILT_IN + " in " + codeSource);
        return files;
    }
}
