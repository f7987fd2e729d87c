package org.khotin.site;

import java.util.Optional;
import org.khotin.config.SiteConfig;

/**
 * What the command line asked for.
 *
 * @param baseUrl        overrides site-config.yml's base_url when present
 * @param drafts         include articles marked {@code draft: true}
 * @param future         include articles dated after the build's clock
 * @param gitInfo        take each article's date of last change from git history
 * @param sitemapMaxUrls URLs per sitemap file before sitemap.xml becomes an index (the protocol's 50,000)
 */
public record BuildOptions(Optional<String> baseUrl, boolean drafts, boolean future, boolean gitInfo,
                           int sitemapMaxUrls) {
    public static final int SITEMAP_MAX_URLS = 50_000;

    public static BuildOptions of(Optional<String> baseUrl, boolean drafts, boolean future, boolean gitInfo) {
        return new BuildOptions(baseUrl, drafts, future, gitInfo, SITEMAP_MAX_URLS);
    }

    public static BuildOptions defaults() {
        return of(Optional.empty(), false, false, false);
    }

    /** The same options with this base URL. */
    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(Optional.of(url), drafts, future, gitInfo, sitemapMaxUrls);
    }

    /** The configuration a build with these options uses: {@code --base-url} replaces the file's. */
    public SiteConfig appliedTo(SiteConfig config) {
        return baseUrl.map(config::withBaseUrl).orElse(config);
    }
}
