package org.khotin.config;

import java.time.ZoneId;
import java.util.Map;

/**
 * What {@code site-config.yml} says, with defaults filled in.
 *
 * @param baseUrl absolute URL of the published site, ending in '/'; used only for absolute links
 */
public record SiteConfig(
        String baseUrl,
        ZoneId timeZone,
        Map<Language, LanguageConfig> languages,
        int pageSize,
        int relatedCount,
        String contentDir,
        String templatesDir) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public SiteConfig {
        languages = Map.copyOf(languages);
    }

    public LanguageConfig language(Language language) {
        return languages.get(language);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(normalizeBaseUrl(url), timeZone, languages, pageSize, relatedCount, contentDir, templatesDir);
    }

    public static String normalizeBaseUrl(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
