package org.khotin.config;

import java.time.ZoneId;
import java.util.Map;

/**
 * What {@code site-config.yml} says, with defaults filled in.
 *
 * @param baseUrl          absolute URL of the published site, ending in '/'; used only for absolute links
 * @param relatedMinScore  the evidence (text similarity plus rare shared keywords) a related article must reach
 */
public record SiteConfig(
        String baseUrl,
        ZoneId timeZone,
        Map<Language, LanguageConfig> languages,
        int pageSize,
        int relatedCount,
        double relatedMinScore,
        String contentDir,
        String templatesDir) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** {@code related.min_score} when the configuration does not say. */
    public static final double DEFAULT_RELATED_MIN_SCORE = 0.15;

    public SiteConfig {
        languages = Map.copyOf(languages);
    }

    public LanguageConfig language(Language language) {
        return languages.get(language);
    }

    /**
     * The absolute URL of a location inside the site ({@code vi/tu-khoa/}, {@code sitemap.xml}): the one place
     * base_url is joined to a path, for canonical links, feeds, sitemaps and shared links.
     */
    public String absolute(String location) {
        return baseUrl + location;
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(normalizeBaseUrl(url), timeZone, languages, pageSize, relatedCount, relatedMinScore, contentDir,
                templatesDir);
    }

    public static String normalizeBaseUrl(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
