package org.khotin.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a build into a folder it owns, touching only what changed, and replaces the folder's content all at
 * once.
 *
 * <p>Ownership: the sink writes into a folder only when it is missing, empty (dot-files aside), or carries
 * the marker a build leaves ({@value OutputMarker#NAME}), which lists the files that build wrote; a later
 * build replaces or deletes only those. Any other file stops it before it touches anything ({@link NotOurs}),
 * unless it was opened to {@linkplain #takingOver take the folder over}: in a marked folder, one at the top
 * level stops it when it opens, one deeper at its commit (so that a large site is read once per build).
 * Dot-files it did not write (a deploy checkout's {@code .git}) always stay.
 *
 * <p>Two generations: beside the destination {@code name}, the folder {@code .name.old} keeps the previous
 * build, made of hard links to the same files, so it costs little room. A build writes its new and changed
 * files there (a file whose bytes are already in place is not written at all); its commit brings the rest of
 * that folder up to date with the destination (a file still linked to the destination's is left alone, others
 * are linked again or deleted, dot-files included), so only what changed since the last two builds is
 * touched, and no file is rewritten: dates stay. Then two renames swap the folders: {@code .name.old} (now
 * the new site) to {@code .name.new}, the destination to {@code .name.old}, {@code .name.new} to the
 * destination. A kill at any moment leaves the old site or the new one in place, except between the last two
 * renames, when the folder is briefly missing; the next sink opened on it puts the new one in place. A failed
 * build ({@link #abandon()}) leaves the destination as it was. Where hard links are not possible, files are
 * copied with their dates.
 *
 * <p>When the destination is a mount point, or it cannot be renamed, the changed files move in one by one
 * instead, after a journal of the moves is written, and the next sink finishes a journal it finds.
 * Pages may be written from several threads at once.
 */
public final class DirectorySink implements OutputSink {
    /** Where an in-place commit stages, inside the destination itself (it is on another disk than its parent). */
    static final String INNER_STAGING = ".khotin-staging";

    private final String shown;
    private final Path destination;
    /** Where new and changed files go: the previous generation, or (on a mount point) a folder inside the destination. */
    private final Path staging;
    /** Whether the staging folder was made by this sink, so it holds only what this build wrote. */
    private final boolean stagingNew;
    private final Path fresh;
    private final Path previous;
    private final Path journal;
    private final boolean inPlace;
    /** Files a commit may replace or delete: those the last build wrote, and those taken over. */
    private final Set<String> owned;
    /** Whether opening read the whole folder for files khotin did not write, or only its top level. */
    private final boolean checkedWhole;
    private final Instant openedAt;
    private final List<String> takenOver;
    private final Steps steps;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    /** Staging folders already created: most pages share a folder with others or a parent. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private volatile boolean open = true;
    private boolean touched;
    /** Held from opening to commit or abandon, on the real path: two builds into one folder would mix their files. */
    private final FileChannel lockFile;
    private final FileLock lock;

    /** How a commit puts the new site in place. */
    enum Strategy {
        /** By renaming folders, unless the destination is a mount point. */
        DETECT,
        /** File by file, journaled (what a mount point needs). */
        IN_PLACE
    }

    /** The steps of writing and committing that change the file system, for tests to fail or stop at. */
    enum Step { WRITE, PRUNE, LINK, COMPLETE, SET_OLD_ASIDE, PUT_NEW_IN_PLACE, JOURNAL, MOVE, DELETE }

    /**
     * Runs before each step; it may throw an {@link IOException} as the step itself might, or an {@link Error}
     * to stop the sink there as a kill would (nothing after it runs, nothing is cleaned up).
     */
    interface Steps {
        Steps NONE = (step, path) -> { };

        void before(Step step, String path) throws IOException;
    }

    /**
     * Opens a folder it owns.
     *
     * @throws Busy          when another build is writing the same folder, under whatever name
     * @throws NotOurs       when the folder holds files khotin did not write
     * @throws OutputFailure when the folder cannot be written, with the reason and a hint
     */
    public DirectorySink(Path destination) throws IOException {
        this(destination, false, Strategy.DETECT, Steps.NONE);
    }

    /** Opens any folder, taking it over: see {@link #takenOver()} for the files a commit replaces or deletes. */
    public static DirectorySink takingOver(Path destination) throws IOException {
        return new DirectorySink(destination, true, Strategy.DETECT, Steps.NONE);
    }

    DirectorySink(Path destination, boolean takeOver, Strategy strategy, Steps steps) throws IOException {
        this.shown = OutputFolder.display(destination);
        this.steps = steps;
        Path real;
        try {
            real = OutputFolder.realPath(destination);
        } catch (IOException e) {
            throw OutputFailure.of(shown, "cannot tell where this folder is", e, "nothing was written");
        }
        this.destination = real;
        Path parent = real.getParent();
        if (parent == null) {
            throw new OutputFailure(shown, "the root of the file system cannot be an output folder; nothing was written",
                    "build into a folder of its own, such as public/", null);
        }
        requireFolder(real);
        String name = real.getFileName().toString();
        this.fresh = parent.resolve("." + name + ".new");
        this.previous = parent.resolve("." + name + ".old");
        this.journal = parent.resolve("." + name + ".commit");
        Path lockPath = parent.resolve("." + name + ".lock");
        try {
            Files.createDirectories(parent);
            this.lockFile = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw OutputFailure.of(shown, "cannot create " + lockPath + ", which keeps two builds from writing here at once", e,
                    "nothing was written");
        }
        FileLock held;
        try {
            held = lockFile.tryLock();
        } catch (OverlappingFileLockException e) {
            held = null;
        }
        if (held == null) {
            lockFile.close();
            throw new Busy(shown);
        }
        this.lock = held;
        try {
            recover();
            if (Files.isDirectory(real) && !Files.isWritable(real)) {
                throw new OutputFailure(shown, "this folder is read-only, so a build cannot replace its files; it was left as it was",
                        "make it writable (chmod u+w " + shown + ") or build elsewhere with --out", null);
            }
            Optional<Set<String>> lastBuild;
            try {
                lastBuild = OutputMarker.read(real);
            } catch (IOException e) {
                throw OutputFailure.of(shown, "cannot read " + OutputMarker.NAME, e, "nothing was touched");
            }
            // A folder the last build marked is checked at its top level only, where hand-placed files land
            // (CNAME, a verification page); the commit's walk, which reads the whole folder anyway, refuses files
            // found deeper. Walking a large site twice cost a tenth of a no-op rebuild.
            this.openedAt = stampedNow(lockPath);
            this.checkedWhole = takeOver || lastBuild.isEmpty();
            ForeignFiles foreignFiles = new ForeignFiles(this.destination, this.shown);
            List<String> foreign = checkedWhole ? foreignFiles.anywhere(lastBuild.orElse(Set.of()))
                    : foreignFiles.atTop(lastBuild.get());
            if (!foreign.isEmpty() && !takeOver) throw new NotOurs(shown, lastBuild.isPresent(), foreign);
            this.owned = new HashSet<>(lastBuild.orElse(Set.of()));
            owned.addAll(foreign);
            this.takenOver = List.copyOf(foreign);
            this.inPlace = strategy == Strategy.IN_PLACE || Files.isDirectory(real) && !OutputFiles.sameDisk(real, parent);
            this.staging = inPlace ? real.resolve(INNER_STAGING) : previous;
            try {
                if (OutputFolder.present(staging) && !Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) Files.delete(staging);
                this.stagingNew = !Files.exists(staging);
                Files.createDirectories(staging);
            } catch (IOException e) {
                throw OutputFailure.of(shown, "cannot create the staging folder " + staging, e, "nothing was written");
            }
        } catch (IOException | RuntimeException e) {
            release();
            throw e;
        }
    }

    /**
     * Now, by the file system's clock: the time it stamps on the lock file when written to. A file stamped
     * earlier was there before the build opened; the kernel's coarse clock can stamp a file written after
     * {@link Instant#now()} a few milliseconds before it.
     */
    private Instant stampedNow(Path lockPath) throws IOException {
        lockFile.truncate(0);
        lockFile.write(ByteBuffer.wrap("a khotin build holds this lock while it writes its output\n".getBytes(StandardCharsets.UTF_8)), 0);
        return Files.getLastModifiedTime(lockPath).toInstant();
    }

    /** The destination must be a folder or nothing, and so must every existing folder above it. */
    private void requireFolder(Path real) throws OutputFailure {
        for (Path p = real; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (Files.isDirectory(p)) return;
                String what = p.equals(real) ? "this is a file, not a folder" : p + " is a file, not a folder";
                throw new OutputFailure(shown, what + "; nothing was written",
                        "choose a new or empty folder with --out (the default is public/)", null);
            }
        }
    }

    /** Another build (another process, or another sink in this one) is writing the destination. */
    public static final class Busy extends OutputFailure {
        Busy(String folder) {
            super(folder, "another build is writing this folder right now; it was left as it was",
                    "wait for it to finish (or stop it), then build again", null);
        }
    }

    /** The folder holds files khotin did not write, so a build would destroy someone's work. */
    public static final class NotOurs extends OutputFailure {
        private final List<String> files;

        NotOurs(String folder, boolean marked, List<String> files) {
            this(folder, marked, files, "touched");
        }

        /** @param untouched what the message says was not done: "touched" when opening, "replaced" at a commit */
        NotOurs(String folder, boolean marked, List<String> files, String untouched) {
            super(folder, marked
                    ? "this folder holds " + OutputFiles.count(files.size(), "file") + " khotin did not write (" + OutputFiles.names(files)
                            + "); a build would replace or delete them, so nothing was " + untouched
                    : "this folder is not empty and khotin did not make it (there is no " + OutputMarker.NAME
                            + " in it); a build would replace or delete its " + OutputFiles.count(files.size(), "file") + " ("
                            + OutputFiles.names(files) + "), so nothing was touched",
                    marked
                            ? "move them out of " + folder + ", or build with --force to let them go"
                            : "build into a new or empty folder (the default is public/), or take this one over with --force,"
                                    + " which first lists what goes; a folder an older khotin built needs --force once",
                    null);
            this.files = List.copyOf(files);
        }

        /** The files, sorted. */
        public List<String> files() {
            return files;
        }
    }

    /** The files khotin did not write that a commit will replace or delete, sorted; empty unless taking over. */
    public List<String> takenOver() {
        return takenOver;
    }

    /** Whether the last commit (or failed commit) changed the destination; false means it was left as it was. */
    public boolean touched() {
        return touched;
    }

    /** For tests of a kill: lets go of the folder as a killed process would, tidying nothing. */
    void releaseAsIfKilled() {
        open = false;
        release();
    }

    private void release() {
        try {
            if (lock.isValid()) lock.release();
            lockFile.close();
        } catch (IOException e) {
            // the lock goes with the process in any case
        }
    }

    /**
     * Finishes what a stopped build left: a journaled in-place commit is finished; a complete new site is put in
     * place if the folder is missing, else kept as the next build's previous generation; staging folders go.
     * The previous generation itself is never put in place: a build stopped while updating it leaves it half done.
     */
    private void recover() throws IOException {
        try {
            if (Files.exists(journal)) new InPlaceCommit(shown, destination, journal, steps).finishJournal();
            if (Files.exists(fresh)) {
                if (!Files.exists(destination)) OutputFiles.move(fresh, destination);
                else if (!Files.exists(previous)) OutputFiles.move(fresh, previous);
                else OutputFiles.deleteTree(fresh);
            }
            Path staged = destination.getParent().resolve("." + destination.getFileName() + ".staging"); // khotin 0.1's
            OutputFiles.deleteTree(staged);
            OutputFiles.deleteTree(destination.resolve(INNER_STAGING));
        } catch (IOException e) {
            throw OutputFailure.of(shown, "cannot clear up after an earlier build that was stopped", e,
                    "its leftovers are beside or in " + shown);
        }
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        claim(path);
        if (OutputFiles.sameAsInPlace(destination.resolve(path), content)) return;
        try {
            steps.before(Step.WRITE, path);
            writeNew(staging.resolve(path), content);
        } catch (IOException e) {
            throw OutputFailure.of(shown, "cannot write " + path, e, shown + " was left as it was");
        }
        changed.add(path);
    }

    @Override
    public void copy(String path, Path source) throws IOException {
        claim(path);
        try {
            if (OutputFiles.sameAsInPlace(destination.resolve(path), source)) return;
            steps.before(Step.WRITE, path);
            Path file = cleared(staging.resolve(path));
            // from a stream: a new file as the site's others are (not with the source's permissions)
            try (java.io.InputStream in = Files.newInputStream(source)) {
                Files.copy(in, file);
            }
            // its source's date, by which the next build knows it unchanged without reading it
            Files.setLastModifiedTime(file, Files.getLastModifiedTime(source));
        } catch (IOException e) {
            throw OutputFailure.of(shown, "cannot copy " + path, e, shown + " was left as it was");
        }
        changed.add(path);
    }

    private void claim(String path) {
        checkOpen();
        OutputSink.checkPath(path);
        if (path.equals(OutputMarker.NAME)) throw new IllegalArgumentException("reserved for the output marker: " + path);
        if (!written.add(path)) throw new IllegalStateException("written twice: " + path);
    }

    private void writeNew(Path file, byte[] content) throws IOException {
        Files.write(cleared(file), content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /**
     * A file of the staging folder made ready to be written as a new file: the one there may be a hard link to a
     * file of the live site, which must not change.
     */
    private Path cleared(Path file) throws IOException {
        makeFolder(file.getParent());
        try {
            Files.deleteIfExists(file);
        } catch (DirectoryNotEmptyException e) {
            OutputFiles.deleteTree(file); // an earlier site had a folder of this name
        }
        return file;
    }

    /** Makes a folder of the staging folder, deleting files of earlier sites that are in the way. */
    private void makeFolder(Path folder) throws IOException {
        if (folders.contains(folder)) return;
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            for (Path p = folder; p.startsWith(staging) && !p.equals(staging); p = p.getParent()) {
                if (!OutputFolder.present(p) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
                String rel = staging.relativize(p).toString().replace('\\', '/');
                if (changed.contains(rel)) {
                    throw new OutputFailure(shown, "the new site has a file " + rel + " where this folder keeps dot-files in a"
                            + " folder of that name; nothing was replaced", "move the dot-files out of " + shown + rel + "/", null);
                }
                Files.delete(p); // a file of an earlier site
            }
            Files.createDirectories(folder);
        }
        // added once made: a thread that sees it may write into the folder at once
        folders.add(folder);
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
            CommitPlan plan = CommitPlan.read(destination, shown, new CommitPlan.Built(written, changed, owned), checkedWhole, openedAt);
            if (plan.nothingToDo(changed)) {
                if (inPlace) OutputFiles.deleteTree(staging);
            } else if (inPlace) {
                if (plan.markerChanged()) Files.write(staging.resolve(OutputMarker.NAME), plan.marker());
                commitInPlace(plan, staging);
            } else {
                swap(plan);
            }
        } catch (IOException | RuntimeException e) {
            if (inPlace && !touched && !Files.exists(journal)) {
                try {
                    OutputFiles.deleteTree(staging);
                } catch (IOException ignored) {
                    // the next build drops what is left
                }
            }
            throw e;
        } finally {
            release();
        }
    }

    /** Brings the previous generation up to date into the whole new site, then swaps it in by renames. */
    private void swap(CommitPlan plan) throws IOException {
        String nothing = "nothing was replaced";
        String at = "";
        try {
            Set<String> wanted = new HashSet<>(plan.links());
            wanted.addAll(plan.carried());
            Set<String> kept = stagingNew ? Set.of() : prune(plan, wanted);
            for (String folder : plan.dotFolders()) makeFolder(staging.resolve(folder));
            for (String rel : wanted) {
                if (kept.contains(rel)) continue;
                at = rel;
                steps.before(Step.LINK, rel);
                linkIntoStaging(rel, plan.symlinks().contains(rel));
            }
            at = OutputMarker.NAME;
            if (plan.markerChanged()) writeNew(staging.resolve(OutputMarker.NAME), plan.marker());
            else if (!kept.contains(OutputMarker.NAME)) linkIntoStaging(OutputMarker.NAME, false);
            if (plan.exists()) OutputFiles.keepPermissions(destination, staging);
        } catch (IOException e) {
            throw OutputFailure.of(shown, "cannot make the new site beside this folder" + (at.isEmpty() ? "" : " (at " + at + ")"),
                    e, nothing);
        }
        try {
            steps.before(Step.COMPLETE, "");
            OutputFiles.move(staging, fresh);
        } catch (IOException e) {
            throw OutputFailure.of(shown, "cannot rename " + staging + " to " + fresh, e, nothing);
        }
        if (plan.exists()) {
            try {
                steps.before(Step.SET_OLD_ASIDE, "");
                OutputFiles.move(destination, previous);
            } catch (IOException e) {
                // a mount point, another disk, or a folder held open (Windows): move the files in one by one
                commitInPlace(plan, fresh);
                return;
            }
        }
        try {
            steps.before(Step.PUT_NEW_IN_PLACE, "");
            OutputFiles.move(fresh, destination);
        } catch (IOException e) {
            if (!plan.exists()) throw OutputFailure.of(shown, "cannot rename " + fresh + " to " + destination, e, nothing);
            try {
                OutputFiles.move(previous, destination);
                OutputFiles.move(fresh, previous); // the next build's previous generation again
            } catch (IOException again) {
                if (Files.exists(destination)) throw OutputFailure.of(shown, "cannot rename " + fresh + " to " + destination, e, nothing);
                touched = true;
                throw OutputFailure.of(shown, "cannot rename " + fresh + " to " + destination + ", nor put the old site back",
                        e, "this folder is missing now: the old site is in " + previous + " and the new one in " + fresh
                                + "; the next build puts the new one in place");
            }
            throw OutputFailure.of(shown, "cannot rename " + fresh + " to " + destination, e, nothing);
        }
        touched = true;
    }

    /**
     * Deletes what the staging folder holds of earlier sites that is not in the new one, and returns the files it
     * holds that already are: the same file (a hard link) as in the destination, or one with the same bytes.
     */
    private Set<String> prune(CommitPlan plan, Set<String> wanted) throws IOException {
        Set<String> kept = new HashSet<>();
        Set<Path> emptied = new HashSet<>();
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String rel = staging.relativize(file).toString().replace('\\', '/');
                if (changed.contains(rel)) return FileVisitResult.CONTINUE; // written by this build
                boolean marker = rel.equals(OutputMarker.NAME);
                boolean current = marker ? !plan.markerChanged() : wanted.contains(rel);
                if (current && OutputFiles.sameEntry(file, attrs, destination.resolve(rel))) {
                    kept.add(rel);
                } else {
                    steps.before(Step.PRUNE, rel);
                    Files.delete(file);
                    emptied.add(file.getParent());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                if (emptied.contains(dir) && !dir.equals(staging)) {
                    try {
                        Files.delete(dir);
                        emptied.add(dir.getParent());
                    } catch (DirectoryNotEmptyException stillUsed) {
                        // holds files of the new site
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return kept;
    }

    /** Links a file of the old site into the new one; copies it, with its dates, where a link cannot be made. */
    private void linkIntoStaging(String rel, boolean symlink) throws IOException {
        Path from = destination.resolve(rel);
        Path to = staging.resolve(rel);
        makeFolder(to.getParent());
        if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) OutputFiles.deleteTree(to); // an empty folder of an earlier site
        if (symlink) {
            Files.createSymbolicLink(to, Files.readSymbolicLink(from));
            return;
        }
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /**
     * Moves the changed files from {@code source} into the destination and deletes the dropped ones, after writing
     * down what it is about to do: the next sink opened finishes it if this one is stopped.
     */
    private void commitInPlace(CommitPlan plan, Path source) throws IOException {
        List<String> moves = new ArrayList<>(new TreeSet<>(changed));
        if (plan.markerChanged()) moves.add(OutputMarker.NAME); // last: the folder is the old build's until it moves
        List<String> removals = new ArrayList<>(plan.dropped());
        removals.sort(null);
        InPlaceCommit commit = new InPlaceCommit(shown, destination, journal, steps);
        try {
            commit.run(source, moves, removals);
        } finally {
            commit.touched().ifPresent(t -> touched = t);
        }
    }

    @Override
    public synchronized void abandon() {
        if (!open) return;
        open = false;
        try {
            // the previous generation may keep what this build wrote: the next commit brings it up to date
            if (inPlace) OutputFiles.deleteTree(staging);
        } catch (IOException e) {
            // a leftover staging folder is removed by the next build
        } finally {
            release();
        }
    }

    private void checkOpen() {
        if (!open) throw new IllegalStateException("sink already committed or abandoned");
    }

    private String relative(Path file) {
        return destination.relativize(file).toString().replace('\\', '/');
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
