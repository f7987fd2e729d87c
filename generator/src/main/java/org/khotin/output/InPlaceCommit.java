package org.khotin.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.khotin.output.DirectorySink.Step;
import org.khotin.output.DirectorySink.Steps;

/**
 * A commit into the output folder itself (when it is a mount point, so no sibling folder can be swapped in):
 * the moves and deletions are written down in a journal first, so that a build stopped halfway is finished by
 * the next one before anything else.
 */
final class InPlaceCommit {
    private final String shown;
    private final Path destination;
    private final Path journal;
    private final Steps steps;
    /** Whether the destination changed; empty until the moves started. */
    private Boolean touched;

    InPlaceCommit(String shown, Path destination, Path journal, Steps steps) {
        this.shown = shown;
        this.destination = destination;
        this.journal = journal;
        this.steps = steps;
    }

    Optional<Boolean> touched() {
        return Optional.ofNullable(touched);
    }

    /** Moves the staged files of {@code source} into place and deletes {@code removals}, journal first. */
    void run(Path source, List<String> moves, List<String> removals) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("from " + source);
        lines.addAll(moves);
        lines.add("");
        lines.addAll(removals);
        try {
            steps.before(Step.JOURNAL, "");
            Path pending = journal.resolveSibling(journal.getFileName() + ".tmp");
            Files.write(pending, lines, StandardCharsets.UTF_8);
            OutputFiles.move(pending, journal);
        } catch (IOException e) {
            throw OutputFailure.of(shown, "cannot write " + journal, e, "nothing was replaced");
        }
        Applied done = new Applied();
        try {
            apply(source, moves, removals, done);
        } catch (IOException e) {
            touched = done.any();
            if (!done.any()) {
                try {
                    Files.delete(journal);
                } catch (IOException ignored) {
                    // the next build finds the journal and finishes the commit
                }
                throw OutputFailure.of(shown, "cannot " + done.failed, e, "nothing was replaced");
            }
            throw new OutputFailure(shown, "cannot " + done.failed + ": " + OutputFailure.reason(e) + ". This folder is half updated: "
                    + done.describe(moves, removals) + " (all listed in " + journal + ")",
                    OutputFailure.hint(e, shown) + "; the next build finishes this update before anything else", e);
        }
        touched = true;
        Files.delete(journal);
        OutputFiles.deleteTree(source);
    }

    /** How far an in-place commit got. */
    private static final class Applied {
        int moved;
        int deleted;
        String failed = "";

        boolean any() {
            return moved > 0 || deleted > 0;
        }

        String describe(List<String> moves, List<String> removals) {
            return "replaced " + moved + " of " + OutputFiles.count(moves.size(), "changed file") + " (" + OutputFiles.names(moves.subList(0, moved))
                    + "), not " + OutputFiles.names(moves.subList(moved, moves.size())) + "; deleted " + deleted + " of "
                    + OutputFiles.count(removals.size(), "file") + " the build no longer makes (" + OutputFiles.names(removals.subList(0, deleted))
                    + "), not " + OutputFiles.names(removals.subList(deleted, removals.size()));
        }
    }

    /** Finishes the in-place commit a stopped or failed build wrote down; then the destination is the new site. */
    void finishJournal() throws IOException {
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        Path source = destination.getParent().resolve("." + destination.getFileName() + ".staging"); // the journal of khotin 0.1
        if (!lines.isEmpty() && lines.get(0).startsWith("from ")) {
            source = Path.of(lines.get(0).substring("from ".length()));
            lines = lines.subList(1, lines.size());
        }
        int split = lines.indexOf("");
        List<String> moves = split < 0 ? lines : lines.subList(0, split);
        List<String> removals = split < 0 ? List.of() : lines.subList(split + 1, lines.size());
        Applied done = new Applied();
        try {
            apply(source, moves, removals, done);
        } catch (IOException e) {
            throw new OutputFailure(shown, "this folder is half updated by an earlier build that was stopped or failed, and"
                    + " finishing that update failed: cannot " + done.failed + ": " + OutputFailure.reason(e) + " (what is left to do"
                    + " is listed in " + journal + ")", OutputFailure.hint(e, shown), e);
        }
        Files.delete(journal);
        if (Files.exists(source)) OutputFiles.deleteTree(source);
    }

    /** Moves staged files into place and deletes dropped ones; safe to run again after an interruption. */
    private void apply(Path source, List<String> moves, List<String> removals, Applied done) throws IOException {
        for (String path : moves) {
            done.failed = "replace " + path;
            Path from = source.resolve(path);
            Path to = destination.resolve(path);
            steps.before(Step.MOVE, path);
            if (Files.exists(from)) { // else moved before an interruption
                Files.createDirectories(to.getParent());
                try {
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            done.moved++;
        }
        Set<Path> emptied = new TreeSet<>();
        for (String path : removals) {
            done.failed = "delete " + path;
            Path file = destination.resolve(path);
            steps.before(Step.DELETE, path);
            Files.deleteIfExists(file);
            done.deleted++;
            for (Path f = file.getParent(); f != null && f.startsWith(destination) && !f.equals(destination); f = f.getParent()) {
                emptied.add(f);
            }
        }
        // Deepest first, so a folder emptied of folders goes too.
        for (Path folder : new TreeSet<>(emptied).descendingSet()) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException e) {
                // still holds files of this build, or someone's dot-files
            }
        }
    }
}
