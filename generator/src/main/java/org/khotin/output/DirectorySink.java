package org.khotin.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * Writes a build into a folder, touching only what changed: a file whose bytes are already in place is not
 * written again, so a build of unchanged content writes nothing and hosts that sync by date upload only
 * real changes. New and changed files are staged beside the destination; {@link #commit()} moves them in
 * and deletes the files the build no longer makes. A failed build ({@link #abandon()}) leaves the
 * destination exactly as it was. Dot-files in the destination (a {@code .git} folder) are left alone. The commit is journaled first: if the process dies during it, the next
 * sink opened on the same destination finishes it, so the folder never stays half old, half new.
 * Pages may be written from several threads at once.
 */
public final class DirectorySink implements OutputSink {
    private final Path destination;
    private final Path staging;
    private final Path journal;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    /** Staging folders already created: most pages share a folder with others or a parent. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private volatile boolean open = true;
    /** Held from opening to commit or abandon: two builds staging into one folder would mix their files. */
    private final FileChannel lockFile;
    private final FileLock lock;

    /** @throws Busy when another build is writing the same destination */
    public DirectorySink(Path destination) throws IOException {
        this.destination = destination.toAbsolutePath().normalize();
        Path parent = this.destination.getParent();
        String name = this.destination.getFileName().toString();
        this.staging = parent.resolve("." + name + ".staging");
        this.journal = parent.resolve("." + name + ".commit");
        Files.createDirectories(parent);
        Path lockPath = parent.resolve("." + name + ".lock");
        this.lockFile = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = lockFile.tryLock();
        } catch (OverlappingFileLockException e) {
            held = null;
        }
        if (held == null) {
            lockFile.close();
            throw new Busy(this.destination);
        }
        this.lock = held;
        try {
            recover();
            Files.createDirectories(staging);
        } catch (IOException | RuntimeException e) {
            release();
            throw e;
        }
    }

    /** Another build (another process, or another sink in this one) is writing the destination. */
    public static final class Busy extends IOException {
        Busy(Path destination) {
            super("another build is writing " + destination + " right now");
        }
    }

    private void release() {
        try {
            if (lock.isValid()) lock.release();
            lockFile.close();
        } catch (IOException e) {
            // the lock goes with the process in any case
        }
    }

    /** Finish a commit a killed build journaled; otherwise drop what a killed build staged. */
    private void recover() throws IOException {
        if (Files.exists(journal)) {
            List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
            int split = lines.indexOf("");
            apply(lines.subList(0, split < 0 ? lines.size() : split), split < 0 ? List.of() : lines.subList(split + 1, lines.size()));
            Files.delete(journal);
        }
        if (Files.exists(staging)) PathUtils.deleteDirectory(staging);
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        checkOpen();
        OutputSink.checkPath(path);
        if (!written.add(path)) throw new IllegalStateException("written twice: " + path);
        if (sameAsInPlace(destination.resolve(path), content)) return;
        Path target = staging.resolve(path);
        // created before it is marked: a thread that sees the mark may write into the folder at once
        if (!folders.contains(target.getParent())) {
            Files.createDirectories(target.getParent());
            folders.add(target.getParent());
        }
        Files.write(target, content);
        changed.add(path);
    }

    /** Whether the file already holds these bytes; asked without exceptions, since a first build asks it for every file. */
    private static boolean sameAsInPlace(Path file, byte[] content) throws IOException {
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

    @Override
    public int count() {
        return written.size();
    }

    /** What the last {@link #commit()} wrote or replaced (not what it left alone), sorted. */
    public Set<String> changedPaths() {
        return new TreeSet<>(changed);
    }

    @Override
    public synchronized void commit() throws IOException {
        checkOpen();
        open = false;
        try {
            moveIntoPlace();
        } finally {
            release();
        }
    }

    private void moveIntoPlace() throws IOException {
        if (!Files.exists(destination)) {
            move(staging, destination);
            return;
        }
        List<String> removed = new ArrayList<>(list(destination));
        removed.removeAll(written);
        removed.removeIf(DirectorySink::hidden);
        List<String> moved = new ArrayList<>(new TreeSet<>(changed));
        if (!moved.isEmpty() || !removed.isEmpty()) {
            List<String> lines = new ArrayList<>(moved);
            lines.add("");
            lines.addAll(removed);
            Path pending = journal.resolveSibling(journal.getFileName() + ".tmp");
            Files.write(pending, lines, StandardCharsets.UTF_8);
            move(pending, journal);
            apply(moved, removed);
            Files.delete(journal);
        }
        PathUtils.deleteDirectory(staging);
    }

    /** A build never makes dot-files; those in the folder (a deploy checkout's {@code .git}) are someone else's. */
    private static boolean hidden(String path) {
        for (String segment : path.split("/")) if (segment.startsWith(".")) return true;
        return false;
    }

    /** Moves staged files into place and deletes removed ones; safe to run again after an interruption. */
    private void apply(List<String> moved, List<String> removed) throws IOException {
        for (String path : moved) {
            Path from = staging.resolve(path);
            if (!Files.exists(from)) continue; // moved before the interruption
            Path to = destination.resolve(path);
            Files.createDirectories(to.getParent());
            try {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Set<Path> folders = new TreeSet<>();
        for (String path : removed) {
            Path file = destination.resolve(path);
            Files.deleteIfExists(file);
            for (Path f = file.getParent(); f != null && f.startsWith(destination) && !f.equals(destination); f = f.getParent()) {
                folders.add(f);
            }
        }
        // Deepest first, so a folder emptied of folders goes too.
        for (Path folder : new TreeSet<>(folders).descendingSet()) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException e) {
                // still holds files of this build
            }
        }
    }

    @Override
    public synchronized void abandon() {
        if (!open) return;
        open = false;
        try {
            if (Files.exists(staging)) PathUtils.deleteDirectory(staging);
        } catch (IOException e) {
            // a leftover staging folder is removed by the next build
        } finally {
            release();
        }
    }

    private void checkOpen() {
        if (!open) throw new IllegalStateException("sink already committed or abandoned");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Files under a folder, relative and sorted; for tests and the summary. */
    public static Set<String> list(Path root) throws IOException {
        Set<String> out = new TreeSet<>();
        if (!Files.isDirectory(root)) return out;
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }
}
