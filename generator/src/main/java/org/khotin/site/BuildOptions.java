package org.khotin.site;

import java.util.Optional;

/**
 * What the command line asked for.
 *
 * @param baseUrl overrides site-config.yml's base_url when present
 */
public record BuildOptions(Optional<String> baseUrl, boolean drafts) {
    public static BuildOptions defaults() {
        return new BuildOptions(Optional.empty(), false);
    }
}
