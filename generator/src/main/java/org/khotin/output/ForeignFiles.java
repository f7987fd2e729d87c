package org.khotin.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The files in an output folder that khotin did not write: a build must not replace or delete someone's work. */
final class ForeignFiles {
    private final Path destination;
    private final String shown;

    ForeignFiles(Path destination, String shown) {
        this.destination = destination;
        this.shown = shown;
    }

    /** Non-dot files in the destination that the last build did not write, sorted. */
    List<String> anywhere(Set<String> lastBuild) throws IOException {
        List<String> foreign = new ArrayList<>();
        if (!Files.isDirectory(destination)) return foreign;
        try {
            Files.walkFileTree(destination, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(destination) && OutputFiles.hidden(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String rel = relative(file);
                    if (!OutputFiles.hidden(file.getFileName().toString()) && !lastBuild.contains(rel)) foreign.add(rel);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw OutputFailure.of(shown, "cannot read this folder", e, "nothing was touched");
        }
        foreign.sort(null);
        return foreign;
    }

    /**
     * The files and folders at the top of a marked folder that the last build did not write, with the files of
     * those folders, sorted.
     */
    List<String> atTop(Set<String> lastBuild) throws IOException {
        Set<String> ownFolders = new HashSet<>();
        for (String path : lastBuild) {
            int slash = path.indexOf('/');
            if (slash > 0) ownFolders.add(path.substring(0, slash));
        }
        List<String> foreign = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(destination)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (OutputFiles.hidden(name)) continue;
                if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    if (!lastBuild.contains(name)) foreign.add(name);
                } else if (!ownFolders.contains(name)) {
                    try (Stream<Path> files = Files.walk(entry)) {
                        files.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).map(f -> relative(f))
                                .filter(rel -> !OutputFiles.hiddenPath(rel)).forEach(foreign::add);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw OutputFailure.of(shown, "cannot read this folder", e.getCause(), "nothing was touched");
        } catch (IOException e) {
            throw OutputFailure.of(shown, "cannot read this folder", e, "nothing was touched");
        }
        foreign.sort(null);
        return foreign;
    }

    private String relative(Path file) {
        return destination.relativize(file).toString().replace('\\', '/');
    }
}
