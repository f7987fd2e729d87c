package org.khotin.markdown;

import java.util.Map;
import java.util.Optional;

/** The photos of one article that the build resized, by the address its Markdown gives them. */
@FunctionalInterface
public interface Pictures {
    Pictures NONE = address -> Optional.empty();

    Optional<Picture> find(String address);

    static Pictures of(Map<String, Picture> byAddress) {
        Map<String, Picture> copy = Map.copyOf(byAddress);
        return copy.isEmpty() ? NONE : address -> Optional.ofNullable(copy.get(address));
    }
}
