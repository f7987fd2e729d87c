package org.khotin.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A video or a sound recording as the page plays it: a file the build copied beside the page, as it is, and
 * its captions; or one on the web ({@code https://…}), played from there.
 *
 * @param label  what the clip shows, when no Markdown describes it (a clip the front matter lists); else empty
 * @param poster a still the build made from a photo beside the video, shown before it plays; else empty
 */
public record Clip(String file, Kind kind, List<Track> tracks, String label, String poster) {
    public enum Kind { VIDEO, AUDIO }

    /**
     * Captions or subtitles in one language: a WebVTT file beside the page.
     *
     * @param kind {@code captions} in the language the clip speaks, {@code subtitles} in another
     */
    public record Track(String file, String lang, String label, String kind) {}

    public Clip {
        tracks = List.copyOf(tracks);
    }

    /** Whether the clip is played from the web, not from a copy beside the page. */
    public boolean onTheWeb() {
        return file.startsWith("https://") || file.startsWith("http://");
    }

    /** The kind of clip a file of this name holds, by its extension; empty for anything else (a photo). */
    public static Optional<Kind> kindOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        return switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "mp4", "m4v", "webm", "ogv", "mov" -> Optional.of(Kind.VIDEO);
            case "mp3", "m4a", "aac", "oga", "ogg", "opus", "wav", "flac" -> Optional.of(Kind.AUDIO);
            default -> Optional.empty();
        };
    }
}
