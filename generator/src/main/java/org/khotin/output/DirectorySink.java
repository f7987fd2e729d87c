package org.khotin.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * Writes a build into a staging folder beside the destination and swaps it in on {@link #commit()}:
 * the destination is renamed aside, the staging folder renamed into its place, the old one deleted.
 * A failed or killed build leaves the destination as it was; leftovers of a killed build are cleaned
 * (and an interrupted swap rolled back) the next time a sink is opened on the same destination.
 */
public final class DirectorySink implements OutputSink {
    private final Path destination;
    private final Path staging;
    private final Path previous;
    private final Set<String> written = new TreeSet<>();
    private boolean open = true;

    public DirectorySink(Path destination) throws IOException {
        this.destination = destination.toAbsolutePath().normalize();
        Path parent = this.destination.getParent();
        String name = this.destination.getFileName().toString();
        this.staging = parent.resolve("." + name + ".staging");
        this.previous = parent.resolve("." + name + ".previous");
        Files.createDirectories(parent);
        recover();
        Files.createDirectories(staging);
    }

    /** Undo what a killed build left: restore a destination caught mid-swap, drop stale staging. */
    private void recover() throws IOException {
        if (Files.exists(previous)) {
            if (!Files.exists(destination)) {
                move(previous, destination);
            } else {
                PathUtils.deleteDirectory(previous);
            }
        }
        if (Files.exists(staging)) PathUtils.deleteDirectory(staging);
    }

    @Override
    public synchronized void write(String path, byte[] content) throws IOException {
        checkOpen();
        OutputSink.checkPath(path);
        if (!written.add(path)) throw new IllegalStateException("written twice: " + path);
        Path target = staging.resolve(path);
        Files.createDirectories(target.getParent());
        Files.write(target, content);
    }

    @Override
    public synchronized Set<String> paths() {
        return Set.copyOf(written);
    }

    @Override
    public synchronized void commit() throws IOException {
        checkOpen();
        open = false;
        boolean hadDestination = Files.exists(destination);
        if (hadDestination) move(destination, previous);
        try {
            move(staging, destination);
        } catch (IOException e) {
            if (hadDestination) move(previous, destination);
            throw e;
        }
        if (hadDestination) PathUtils.deleteDirectory(previous);
    }

    @Override
    public synchronized void abandon() {
        if (!open) return;
        open = false;
        try {
            if (Files.exists(staging)) PathUtils.deleteDirectory(staging);
        } catch (IOException e) {
            // a leftover staging folder is removed by the next build
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
        }
        return out;
    }
}
