package org.khotin.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (recursively, including ones created later) and single files, and calls back once per
 * burst of changes: editors save a file in several steps, so events are gathered for a short quiet period.
 * The callback gets the files that changed, or an empty set when the system lost track (an overflow).
 */
public final class SiteWatcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 80;

    private final WatchService watcher = FileSystems.getDefault().newWatchService();
    private final List<Path> files;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    public SiteWatcher(List<Path> folders, List<Path> files, Consumer<Set<Path>> onChange) throws IOException {
        this.files = files.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.onChange = onChange;
        for (Path folder : folders) registerTree(folder);
        for (Path file : this.files) register(file.getParent());
        thread = new Thread(this::loop, "khotin-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) register(dir);
        }
    }

    private void register(Path dir) throws IOException {
        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Burst burst = new Burst();
                handle(key, burst);
                // Gather the rest of the burst before rebuilding.
                for (WatchKey more; (more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
                    handle(more, burst);
                }
                if (burst.lostTrack) onChange.accept(Set.of());
                else if (!burst.changed.isEmpty()) onChange.accept(Set.copyOf(burst.changed));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** What one burst of events touched. */
    private static final class Burst {
        final Set<Path> changed = new TreeSet<>();
        boolean lostTrack;
    }

    private void handle(WatchKey key, Burst burst) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                burst.lostTrack = true; // overflow: something changed, we do not know what
                continue;
            }
            Path changed = dir.resolve(name).toAbsolutePath().normalize();
            String fileName = name.getFileName().toString();
            if (fileName.startsWith(".") || fileName.endsWith("~") || fileName.endsWith(".swp")) continue;
            boolean watchedFile = files.contains(changed);
            boolean inWatchedFolder = files.stream().noneMatch(f -> f.getParent().equals(dir)) || watchedFile;
            if (!inWatchedFolder) continue;
            burst.changed.add(changed);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    // the next build reports what cannot be read
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
