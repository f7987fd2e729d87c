package org.khotin.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;

/** Reads {@code site-config.yml}; every problem is reported with its position. */
public final class ConfigLoader {
    /** How messages name the command line's base URL. */
    public static final String BASE_URL_OPTION = "--base-url";
    private static final Set<String> TOP_KEYS = Set.of("base_url", "time_zone", "languages", "pagination", "related",
            "content_dir", "templates_dir");
    private static final Set<String> LANGUAGE_KEYS = Set.of("title", "description", "fallback");

    private final YamlReader yaml = new YamlReader();

    public Optional<SiteConfig> load(Path file, String displayPath, Problems problems) {
        return load(file, displayPath, Optional.empty(), problems);
    }

    /**
     * @param baseUrl the base URL given on the command line ({@code --base-url}), which replaces the file's:
     *                checked as the file's would be, and the file then needs none
     */
    public Optional<SiteConfig> load(Path file, String displayPath, Optional<String> baseUrl, Problems problems) {
        if (!Files.isRegularFile(file)) {
            problems.error(SourcePos.file(displayPath), "site configuration not found",
                    "run khotin in the site's folder (the one with site-config.yml), or pass --config PATH");
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(SourcePos.file(displayPath), "cannot read site configuration: " + e.getMessage(), "");
            return Optional.empty();
        }
        return parse(text, displayPath, baseUrl, problems);
    }

    public Optional<SiteConfig> parse(String text, String path, Problems problems) {
        return parse(text, path, Optional.empty(), problems);
    }

    private Optional<SiteConfig> parse(String text, String path, Optional<String> baseUrlOption, Problems problems) {
        int errorsBefore = problems.errors().size();
        Optional<YamlNode> root = yaml.read(text.startsWith("\uFEFF") ? text.substring(1) : text, path, 1, problems);
        if (root.isEmpty()) return Optional.empty();
        if (!(root.get() instanceof YamlNode.Mapping top)) {
            problems.error(root.get().pos(), "site-config.yml must be a mapping of keys to values", "");
            return Optional.empty();
        }
        Fields f = new Fields(top, TOP_KEYS, "site-config.yml", problems);
        Optional<String> written = f.string("base_url").map(String::strip);
        written.ifPresent(url -> checkBaseUrl(url, f.posOf("base_url").orElseThrow(), problems));
        baseUrlOption.ifPresent(url -> checkBaseUrl(url, SourcePos.file(BASE_URL_OPTION), problems));
        if (written.isEmpty() && baseUrlOption.isEmpty()) {
            // canonical links, feeds and the sitemap would point at a made-up address
            problems.error(f.keyPosOf("base_url").orElse(SourcePos.at(path, 1, 1)), "no base_url: the address the site is published at",
                    "add a line 'base_url: https://example.org/archive/' (canonical links, feeds and the sitemap"
                            + " need it), or give it for one run with --base-url URL");
        }
        String baseUrl = baseUrlOption.or(() -> written).orElse("");
        ZoneId zone = f.string("time_zone").flatMap(z -> zone(z, f.posOf("time_zone").orElseThrow(), problems))
                .orElse(SiteConfig.VIETNAM);

        Map<Language, LanguageConfig> languages = new EnumMap<>(Language.class);
        Optional<YamlNode.Mapping> langs = f.mapping("languages");
        for (Language l : Language.values()) {
            Optional<Fields> lf = langs.flatMap(m -> m.find(l.code())).flatMap(e -> asMapping(e, problems))
                    .map(m -> new Fields(m, LANGUAGE_KEYS, "languages." + l.code(), problems));
            String title = lf.flatMap(x -> x.string("title")).orElse(l == Language.VI ? "Kho tin" : "News archive");
            String description = lf.flatMap(x -> x.string("description")).orElse("");
            boolean fallback = lf.flatMap(x -> x.bool("fallback")).orElse(true);
            languages.put(l, new LanguageConfig(l, title, description, fallback));
        }
        langs.ifPresent(m -> m.entries().stream().filter(e -> Language.find(e.key()).isEmpty()).forEach(e ->
                problems.error(e.keyPos(), "unsupported language '" + e.key() + "'", "khotin builds 'vi' and 'en'")));

        int pageSize = f.mapping("pagination").map(m -> new Fields(m, Set.of("page_size"), "pagination", problems))
                .flatMap(p -> p.integer("page_size", 1, 1000)).orElse(20);
        Optional<Fields> related = f.mapping("related")
                .map(m -> new Fields(m, Set.of("count", "min_score"), "related", problems));
        int relatedCount = related.flatMap(p -> p.integer("count", 0, 50)).orElse(5);
        double relatedMinScore = related.flatMap(p -> p.decimal("min_score", 0, 1))
                .orElse(SiteConfig.DEFAULT_RELATED_MIN_SCORE);
        String contentDir = f.string("content_dir").orElse("content");
        String templatesDir = f.string("templates_dir").orElse("templates");
        if (problems.errors().size() > errorsBefore) return Optional.empty();
        return Optional.of(new SiteConfig(SiteConfig.normalizeBaseUrl(baseUrl), zone, languages, pageSize, relatedCount,
                relatedMinScore, contentDir, templatesDir));
    }

    private static Optional<YamlNode.Mapping> asMapping(YamlNode.Entry e, Problems problems) {
        if (e.value() instanceof YamlNode.Mapping m) return Optional.of(m);
        problems.error(e.value().pos(), "languages." + e.key() + " must be a mapping (title, description, fallback)", "");
        return Optional.empty();
    }

    private static Optional<ZoneId> zone(String id, SourcePos pos, Problems problems) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            problems.error(pos, "unknown time zone '" + id + "'", "use a region name such as Asia/Ho_Chi_Minh");
            return Optional.empty();
        }
    }

    /**
     * Reports what keeps a URL from being a site's base URL: it must be an absolute http or https URL with a
     * host, and nothing that would be copied wrongly into every link (a query, a fragment, a user name or
     * password) or could not be reached (a port outside 1–65535).
     */
    public static void checkBaseUrl(String url, SourcePos pos, Problems problems) {
        String example = "write it in full, e.g. https://example.org/archive/";
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            problems.error(pos, "base URL '" + url + "' is not an absolute http(s) URL",
                    example + " (" + e.getReason().toLowerCase(java.util.Locale.ROOT) + ")");
            return;
        }
        if (!u.isAbsolute() || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
            problems.error(pos, "base URL '" + url + "' is not an absolute http(s) URL", example);
        } else if (u.getRawUserInfo() != null) {
            problems.error(pos, "base URL '" + url + "' holds a user name or password",
                    "leave out the part before '@': it would be published in every feed and canonical link");
        } else if (u.getHost() == null || u.getPort() == 0 || u.getPort() > 65535) {
            // a port too large for a number leaves java.net.URI without a host
            boolean badPort = u.getPort() == 0 || u.getPort() > 65535
                    || u.getRawAuthority() != null && u.getRawAuthority().matches(".*:[0-9]+");
            problems.error(pos, "base URL '" + url + "' has " + (badPort ? "a port outside 1-65535" : "no valid host name"),
                    badPort ? "ports run from 1 to 65535, and most sites need none: https://example.org/archive/" : example);
        } else if (u.getRawQuery() != null || u.getRawFragment() != null) {
            problems.error(pos, "base URL '" + url + "' has a " + (u.getRawQuery() != null ? "query ('?')" : "fragment ('#')"),
                    "every page's address is made by appending to the base URL, so it must end in its path: "
                            + url.replaceFirst("[?#].*", ""));
        }
    }
}
