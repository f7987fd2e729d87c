package org.khotin.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The file a build leaves in its output folder: it says the folder is khotin's and lists the files the build
 * wrote, which are the only ones a later build may replace or delete. Sorted, so an unchanged site gives the
 * same bytes and the marker is not written again.
 */
final class OutputMarker {
    static final String NAME = ".khotin-output";
    private static final String FIRST_LINE = "# khotin build output: written by 'khotin build', which replaces this folder on every build.";

    private OutputMarker() {
    }

    static byte[] bytes(Collection<String> written) {
        StringBuilder text = new StringBuilder(FIRST_LINE).append('\n')
                .append("# A build replaces or deletes only the files listed here (the ones it wrote); other dot-files stay.\n");
        for (String path : new TreeSet<>(written)) text.append(path).append('\n');
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The files the last build wrote, if the folder has a marker; a file by that name that is not one is no marker. */
    static Optional<Set<String>> read(Path folder) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(folder.resolve(NAME));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith(FIRST_LINE + "\n")) return Optional.empty();
        Set<String> files = new HashSet<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#")) files.add(line);
        }
        return Optional.of(files);
    }
}
