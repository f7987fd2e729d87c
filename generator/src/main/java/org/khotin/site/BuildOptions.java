package org.khotin.site;

import java.util.Optional;

/**
 * What the command line asked for.
 *
 * @param baseUrl         overrides site-config.yml's base_url when present
 * @param sitemapMaxUrls  URLs per sitemap file before sitemap.xml becomes an index (the protocol's 50,000)
 */
public record BuildOptions(Optional<String> baseUrl, boolean drafts, int sitemapMaxUrls) {
    public static final int SITEMAP_MAX_URLS = 50_000;

    public BuildOptions(Optional<String> baseUrl, boolean drafts) {
        this(baseUrl, drafts, SITEMAP_MAX_URLS);
    }

    public static BuildOptions defaults() {
        return new BuildOptions(Optional.empty(), false);
    }
}
