package org.khotin.markdown;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The photos, videos and recordings of one article that the build wrote beside its page, by the address its
 * Markdown gives them.
 *
 * @param leading clips the front matter lists ({@code media:}) that the body does not show: they are set after
 *                the body's first paragraph, where a news page plays its report
 */
public record MediaFiles(Map<String, Picture> pictures, Map<String, Clip> clips, List<Clip> leading) {
    public static final MediaFiles NONE = new MediaFiles(Map.of(), Map.of(), List.of());

    public MediaFiles {
        pictures = Map.copyOf(pictures);
        clips = Map.copyOf(clips);
        leading = List.copyOf(leading);
    }

    public Optional<Picture> picture(String address) {
        return Optional.ofNullable(pictures.get(address));
    }

    public Optional<Clip> clip(String address) {
        return Optional.ofNullable(clips.get(address));
    }

    public boolean isEmpty() {
        return pictures.isEmpty() && clips.isEmpty() && leading.isEmpty();
    }
}
