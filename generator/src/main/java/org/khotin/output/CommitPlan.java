package org.khotin.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a commit does, read from the destination as it is now.
 *
 * @param links     files this build wrote that are unchanged in place, to link into the new site
 * @param symlinks  of those and of the carried ones, the symbolic links (made again, not linked)
 * @param dotFolders dot-folders to carry across, even empty ones
 * @param carried   dot-files this build did not write, to carry across
 * @param dropped   files the last build wrote (or taken over) that this one did not
 */
record CommitPlan(List<String> links, Set<String> symlinks, List<String> dotFolders, List<String> carried,
              List<String> dropped, byte[] marker, boolean markerChanged, boolean exists) {
    boolean nothingToDo(Set<String> changed) {
        return exists && changed.isEmpty() && dropped.isEmpty() && !markerChanged;
    }

    /** What this build wrote, changed and may replace (see {@link DirectorySink}). */
    record Built(Set<String> written, Set<String> changed, Set<String> owned) {}

    /**
     * Reads the destination against what the build wrote; fails, touching nothing, when files khotin did not write
     * appeared during the build or files it wrote disappeared.
     */
    static CommitPlan read(Path destination, String shown, Built built, boolean checkedWhole, Instant openedAt)
            throws IOException {
        Set<String> written = built.written();
        Set<String> changed = built.changed();
        Set<String> owned = built.owned();
        List<String> links = new ArrayList<>();
        Set<String> symlinks = new HashSet<>();
        List<String> dotFolders = new ArrayList<>();
        List<String> carried = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<String> appeared = new ArrayList<>();
        List<String> foundDeeper = new ArrayList<>();
        boolean exists = Files.isDirectory(destination);
        if (exists) {
            try {
                Files.walkFileTree(destination, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (dir.equals(destination)) return FileVisitResult.CONTINUE;
                        String rel = destination.relativize(dir).toString().replace('\\', '/');
                        if (rel.equals(DirectorySink.INNER_STAGING)) return FileVisitResult.SKIP_SUBTREE;
                        if (OutputFiles.hiddenPath(rel)) dotFolders.add(rel);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String rel = destination.relativize(file).toString().replace('\\', '/');
                        if (rel.equals(OutputMarker.NAME)) return FileVisitResult.CONTINUE;
                        if (attrs.isSymbolicLink()) symlinks.add(rel);
                        if (written.contains(rel)) {
                            if (!changed.contains(rel)) links.add(rel);
                        } else if (owned.contains(rel)) {
                            dropped.add(rel);
                        } else if (OutputFiles.hiddenPath(rel)) {
                            carried.add(rel);
                        } else if (checkedWhole || !attrs.lastModifiedTime().toInstant().isBefore(openedAt)) {
                            appeared.add(rel);
                        } else {
                            foundDeeper.add(rel);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw OutputFailure.of(shown, "cannot read this folder", e, "nothing was replaced");
            }
        }
        if (!foundDeeper.isEmpty()) {
            foundDeeper.sort(null);
            throw new DirectorySink.NotOurs(shown, true, foundDeeper, "replaced");
        }
        if (!appeared.isEmpty()) {
            appeared.sort(null);
            throw new OutputFailure(shown, OutputFiles.count(appeared.size(), "file") + " khotin did not write appeared here during the build ("
                    + OutputFiles.names(appeared) + "); nothing was replaced", "move them out of " + shown
                    + ", or build with --force to let them go", null);
        }
        if (links.size() + changed.size() != written.size()) {
            Set<String> vanished = new TreeSet<>(written);
            vanished.removeAll(changed);
            vanished.removeAll(links);
            throw new OutputFailure(shown, OutputFiles.count(vanished.size(), "file") + " disappeared from here during the build ("
                    + OutputFiles.names(new ArrayList<>(vanished)) + "); nothing was replaced", "build again", null);
        }
        byte[] marker = OutputMarker.bytes(written);
        boolean markerChanged;
        try {
            markerChanged = !Arrays.equals(marker, Files.readAllBytes(destination.resolve(OutputMarker.NAME)));
        } catch (NoSuchFileException e) {
            markerChanged = true;
        }
        return new CommitPlan(links, symlinks, dotFolders, carried, dropped, marker, markerChanged, exists);
    }
}
