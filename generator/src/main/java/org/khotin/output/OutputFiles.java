package org.khotin.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;

/** File-system steps of the output folder that need no sink's state: comparing, moving, deleting, naming files. */
final class OutputFiles {
    /** How many file names a message lists before it says how many more there are. */
    private static final int NAMES_SHOWN = 10;

    private OutputFiles() {}

    /** Whether the file already holds these bytes; asked without exceptions, since a first build asks it for every file. */
    static boolean sameAsInPlace(Path file, byte[] content) throws IOException {
        java.io.File f = file.toFile();
        long length = f.length(); // 0 when there is no such file
        if (length != content.length) return false;
        if (length == 0) return f.isFile();
        try {
            return Arrays.equals(Files.readAllBytes(file), content);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Whether the file in place has the bytes of {@code source}: the same size and date (a copy keeps its source's
     * date) or, failing that, the same bytes, compared without reading either whole into memory.
     */
    static boolean sameAsInPlace(Path file, Path source) throws IOException {
        java.io.File f = file.toFile();
        if (!f.isFile() || f.length() != Files.size(source)) return false;
        try {
            if (f.lastModified() == Files.getLastModifiedTime(source).toMillis()) return true;
            return Files.mismatch(file, source) == -1;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** Whether a file of the staging folder is the destination's file: the same one, or (where links fail) a copy. */
    static boolean sameEntry(Path file, BasicFileAttributes attrs, Path live) throws IOException {
        BasicFileAttributes liveAttrs;
        try {
            liveAttrs = Files.readAttributes(live, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (attrs.isSymbolicLink() || liveAttrs.isSymbolicLink()) {
            return attrs.isSymbolicLink() && liveAttrs.isSymbolicLink()
                    && Files.readSymbolicLink(file).equals(Files.readSymbolicLink(live));
        }
        if (attrs.fileKey() != null && liveAttrs.fileKey() != null) return attrs.fileKey().equals(liveAttrs.fileKey());
        return attrs.size() == liveAttrs.size() && Files.mismatch(file, live) == -1;
    }

    /** The new folder gets the old one's permissions: a web server that could read the old one reads the new one. */
    static void keepPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system, or not ours to change: the folder keeps the default permissions
        }
    }

    /** A build never makes dot-files; those in the folder (a deploy checkout's {@code .git}) are someone else's. */
    static boolean hidden(String name) {
        return name.startsWith(".");
    }

    static boolean hiddenPath(String path) {
        for (String segment : path.split("/")) if (hidden(segment)) return true;
        return false;
    }

    static boolean sameDisk(Path a, Path b) {
        try {
            return Files.getFileStore(a).equals(Files.getFileStore(b));
        } catch (IOException e) {
            return true; // if renaming fails after all, the commit falls back to moving files one by one
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!OutputFolder.present(folder)) return;
        // not PathUtils.deleteDirectory: that looks at each file several times, which costs minutes on 30,000 files
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The first few names, and how many more there are. */
    static String names(List<String> names) {
        if (names.isEmpty()) return "none";
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        return names.size() <= NAMES_SHOWN ? shown : shown + " and " + (names.size() - NAMES_SHOWN) + " more";
    }
}
