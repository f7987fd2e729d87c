package org.khotin.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.khotin.output.Folders.build;
import static org.khotin.output.Folders.leftoversOf;
import static org.khotin.output.Folders.put;
import static org.khotin.output.Folders.snapshot;
import static org.khotin.output.Folders.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.khotin.output.DirectorySink.Step;
import org.khotin.output.DirectorySink.Strategy;

/** The commit: the folder is the old site or the new one, whatever stops or fails, and an unchanged site is not rewritten. */
class DirectorySinkCommitTest {
    @TempDir
    Path dir;

    /** The build before OLD: what the previous generation holds when NEW is committed over OLD. */
    private static final Map<String, String> OLDER = new TreeMap<>(Map.of("a.html", "older a", "keep.html", "same",
            "gone.html", "gone", "sub/x.html", "older x", "older.html", "older", "sub/deep/y.html", "old y"));
    private static final Map<String, String> OLD = new TreeMap<>(Map.of("a.html", "old a", "keep.html", "same",
            "gone.html", "gone", "sub/x.html", "old x", "sub/deep/y.html", "old y"));
    private static final Map<String, String> NEW = new TreeMap<>(Map.of("a.html", "new a", "keep.html", "same",
            "new.html", "new", "sub/x.html", "new x", "fresh/z.html", "z"));

    /** Stops a sink where it is, as kill -9 would: nothing after it runs. */
    private static final class Killed extends Error {
        Killed() {
            super("killed", null, false, false);
        }
    }

    /** A folder built from OLDER, then OLD, with a deploy checkout's dot-files in it. */
    private Path oldSite(String name) throws IOException {
        Path out = dir.resolve(name);
        build(new DirectorySink(out), OLDER);
        build(new DirectorySink(out), OLD);
        put(out.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        Files.createDirectories(out.resolve(".git/refs/tags"));
        Files.createSymbolicLink(out.resolve(".git/current"), Path.of("HEAD"));
        put(out.resolve("sub/.htaccess"), "Options -Indexes\n");
        return out;
    }

    private Map<String, String> oldSnapshot() throws IOException {
        return snapshot(oldSite("reference-old"));
    }

    private Map<String, String> newSnapshot() throws IOException {
        Path out = oldSite("reference-new");
        build(new DirectorySink(out), NEW);
        return snapshot(out);
    }

    /** How often a commit from OLD to NEW passes each step. */
    private Map<Step, Integer> stepCounts(Strategy strategy) throws IOException {
        Map<Step, Integer> counts = new EnumMap<>(Step.class);
        Path out = oldSite("count-" + strategy);
        build(new DirectorySink(out, false, strategy, (step, path) -> counts.merge(step, 1, Integer::sum)), NEW);
        return counts;
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void aKillAtAnyStepLeavesTheOldSiteOrTheNewOneOnceTheNextBuildOpensTheFolder(Strategy strategy) throws IOException {
        Map<String, String> before = oldSnapshot();
        Map<String, String> after = newSnapshot();
        assertThat(before).isNotEqualTo(after).containsKeys(".git/HEAD", ".git/current", ".git/refs/tags/", "sub/.htaccess");
        int cases = 0;
        for (Map.Entry<Step, Integer> step : stepCounts(strategy).entrySet()) {
            for (int k = 0; k < step.getValue(); k++) {
                String at = strategy + " " + step.getKey() + " #" + k;
                Path out = oldSite("kill-" + strategy + "-" + step.getKey() + "-" + k);
                AtomicInteger seen = new AtomicInteger();
                int kill = k;
                DirectorySink sink = new DirectorySink(out, false, strategy, (s, p) -> {
                    if (s == step.getKey() && seen.getAndIncrement() == kill) throw new Killed();
                });
                assertThatThrownBy(() -> {
                    write(sink, NEW);
                    sink.commit();
                }).as(at).isInstanceOf(Killed.class);
                sink.releaseAsIfKilled();
                Map<String, String> now = snapshot(out);
                now.keySet().removeIf(f -> f.startsWith(".khotin-staging/")); // a mount point's staging, no page of the site
                if (strategy == Strategy.DETECT) {
                    // what a web server sees until the next build: never a mix
                    if (Files.exists(out)) assertThat(now).as(at).isIn(before, after);
                    else assertThat(step.getKey()).as(at + ": only between the two renames is the folder missing").isEqualTo(Step.PUT_NEW_IN_PLACE);
                } else if (!now.equals(before) && !now.equals(after)) {
                    assertThat(out.resolveSibling("." + out.getFileName() + ".commit")).as(at + ": a half state is journaled").exists();
                }
                new DirectorySink(out).abandon(); // the next build opens the folder
                assertThat(snapshot(out)).as(at).isIn(before, after);
                assertThat(leftoversOf(out)).as(at).isFalse();
                cases++;
            }
        }
        assertThat(cases).isGreaterThan(10);
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void aStepThatFailsLeavesTheOldSiteOrSaysWhatWasReplacedAndTheNextBuildFinishes(Strategy strategy) throws IOException {
        Map<String, String> before = oldSnapshot();
        Map<String, String> after = newSnapshot();
        for (Map.Entry<Step, Integer> step : stepCounts(strategy).entrySet()) {
            for (int k = 0; k < step.getValue(); k++) {
                String at = strategy + " " + step.getKey() + " #" + k;
                Path out = oldSite("fail-" + strategy + "-" + step.getKey() + "-" + k);
                AtomicInteger seen = new AtomicInteger();
                int fail = k;
                DirectorySink sink = new DirectorySink(out, false, strategy, (s, p) -> {
                    if (s == step.getKey() && seen.getAndIncrement() == fail) {
                        throw new FileSystemException(p, null, "Read-only file system");
                    }
                });
                String failure = null;
                try (sink) {
                    write(sink, NEW);
                    sink.commit();
                } catch (OutputFailure e) {
                    failure = e.getMessage();
                    assertThat(e.hint()).as(at).contains("mounted read-only");
                }
                if (failure == null) {
                    // renaming the folder failed: the files moved in one by one
                    assertThat(step.getKey()).as(at).isEqualTo(Step.SET_OLD_ASIDE);
                    assertThat(snapshot(out)).as(at).isEqualTo(after);
                } else if (!sink.touched()) {
                    assertThat(failure).as(at).containsAnyOf("nothing was replaced", "was left as it was");
                    assertThat(snapshot(out)).as(at).isEqualTo(before);
                    assertThat(leftoversOf(out)).as(at).isFalse();
                } else {
                    assertThat(strategy).as(at).isEqualTo(Strategy.IN_PLACE);
                    assertThat(failure).as(at).contains("half updated").contains("replaced ").contains("deleted ");
                }
                new DirectorySink(out).abandon();
                assertThat(snapshot(out)).as(at).isIn(before, after);
                assertThat(leftoversOf(out)).as(at).isFalse();
            }
        }
    }

    @Test
    void aFileThatCannotBeReplacedInPlaceIsNamedWithWhatWasAndWasNotReplaced() throws IOException {
        Path out = oldSite("partial");
        AtomicInteger moves = new AtomicInteger();
        DirectorySink sink = new DirectorySink(out, false, Strategy.IN_PLACE, (s, p) -> {
            if (s == Step.MOVE && moves.incrementAndGet() == 3) throw new AccessDeniedException(out.resolve(p).toString());
        });
        write(sink, NEW);
        assertThatThrownBy(sink::commit).isInstanceOf(OutputFailure.class)
                .hasMessage("cannot replace new.html: permission denied. This folder is half updated: replaced 2 of 5 changed"
                        + " files (a.html, fresh/z.html), not new.html, sub/x.html, .khotin-output; deleted 0 of 2 files the build"
                        + " no longer makes (none), not gone.html, sub/deep/y.html (all listed in "
                        + out.resolveSibling(".partial.commit") + ")");
        assertThat(sink.touched()).isTrue();
        assertThat(snapshot(out)).containsEntry("a.html", "new a").containsEntry("fresh/z.html", "z").doesNotContainKey("new.html")
                .containsEntry("sub/x.html", "old x").containsEntry("gone.html", "gone");
        new DirectorySink(out).abandon(); // the next build finishes the update first
        assertThat(snapshot(out)).isEqualTo(newSnapshot());
    }

    @Test
    void aFullDiskWhileWritingNamesTheFileAndLeavesTheFolderAsItWas() throws IOException {
        Path out = oldSite("full");
        Map<String, String> before = snapshot(out);
        AtomicInteger writes = new AtomicInteger();
        DirectorySink sink = new DirectorySink(out, false, Strategy.DETECT, (s, p) -> {
            // what Java throws when write(2) fails with ENOSPC
            if (s == Step.WRITE && writes.incrementAndGet() == 2) throw new IOException("No space left on device");
        });
        try (sink) {
            assertThatThrownBy(() -> write(sink, NEW)).isInstanceOfSatisfying(OutputFailure.class, e -> {
                assertThat(e.where()).isEqualTo(out + "/");
                assertThat(e.getMessage()).isEqualTo("cannot write fresh/z.html: No space left on device; " + out + "/ was left as it was");
                assertThat(e.hint()).startsWith("free some space on the disk that holds " + out + "/");
            });
        }
        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(leftoversOf(out)).isFalse();
    }

    @Test
    void aFolderThatCannotBeLinkedFromSaysNothingWasReplaced() throws IOException {
        Path out = oldSite("denied");
        Map<String, String> before = snapshot(out);
        java.util.List<String> denied = new java.util.ArrayList<>();
        DirectorySink sink = new DirectorySink(out, false, Strategy.DETECT, (s, p) -> {
            if (s == Step.LINK) {
                denied.add(p);
                throw new AccessDeniedException(out.resolve(p).toString());
            }
        });
        try (sink) {
            write(sink, NEW);
            assertThatThrownBy(sink::commit).isInstanceOfSatisfying(OutputFailure.class, e -> {
                assertThat(e.getMessage()).isEqualTo("cannot make the new site beside this folder (at " + denied.get(0)
                        + "): permission denied; nothing was replaced");
                assertThat(e.hint()).contains("writable");
            });
        }
        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(leftoversOf(out)).isFalse();
    }

    @Test
    void anUnchangedRebuildWritesNothingAndAnEditKeepsEveryOtherFileAsItWas() throws IOException {
        Path out = oldSite("rebuild");
        FileTime past = FileTime.fromMillis(1_000_000_000_000L);
        for (String f : OLD.keySet()) Files.setLastModifiedTime(out.resolve(f), past);
        Object keepInode = Files.getAttribute(out.resolve("keep.html"), "unix:ino");
        Object gitInode = Files.getAttribute(out.resolve(".git/HEAD"), "unix:ino");
        Object folderInode = Files.getAttribute(out, "unix:ino");

        DirectorySink same = new DirectorySink(out);
        build(same, OLD);
        assertThat(same.changedPaths()).isEmpty();
        assertThat(Files.getAttribute(out, "unix:ino")).as("the folder was not replaced").isEqualTo(folderInode);
        for (String f : OLD.keySet()) assertThat(Files.getLastModifiedTime(out.resolve(f))).as(f).isEqualTo(past);

        build(new DirectorySink(out), NEW);
        assertThat(Files.getLastModifiedTime(out.resolve("keep.html"))).isEqualTo(past);
        assertThat(Files.getAttribute(out.resolve("keep.html"), "unix:ino")).as("linked, not written").isEqualTo(keepInode);
        assertThat(Files.getAttribute(out.resolve(".git/HEAD"), "unix:ino")).isEqualTo(gitInode);
        assertThat(snapshot(out)).containsEntry("a.html", "new a").doesNotContainKey("gone.html").doesNotContainKey("sub/deep/y.html")
                .containsEntry(".git/current", "-> HEAD").containsKey(".git/refs/tags/").containsEntry("sub/.htaccess", "Options -Indexes\n");
        assertThat(leftoversOf(out)).isFalse();
    }

    @Test
    void aFailedBuildThatWroteOverFilesOfThePreviousGenerationLeavesTheSiteAsItWas() throws IOException {
        Path out = oldSite("failed");
        // .failed.old holds OLDER's files, keep.html and gone.html as hard links to the site's own
        Map<String, String> before = snapshot(out);
        Map<String, String> edited = new TreeMap<>(NEW);
        edited.put("keep.html", "edited");
        edited.put("gone.html", "edited too");
        try (DirectorySink sink = new DirectorySink(out)) {
            write(sink, edited);
            sink.abandon();
        }
        assertThat(snapshot(out)).isEqualTo(before);
        build(new DirectorySink(out), edited);
        assertThat(snapshot(out)).containsEntry("keep.html", "edited").containsEntry("gone.html", "edited too");
    }

    @Test
    void aPageWhereSomeonesDotFilesKeepAFolderStopsTheCommit() throws IOException {
        Path out = oldSite("clash");
        Map<String, String> before = snapshot(out);
        try (DirectorySink sink = new DirectorySink(out)) {
            write(sink, Map.of("sub", "a page named like the folder that holds sub/.htaccess"));
            assertThatThrownBy(sink::commit).isInstanceOf(OutputFailure.class).hasMessage("the new site has a file sub where this"
                    + " folder keeps dot-files in a folder of that name; nothing was replaced");
        }
        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void everyBuildInARowGivesWhatABuildIntoAnEmptyFolderGivesWhateverThePreviousGenerationHolds() throws IOException {
        Path out = oldSite("row");
        Path previous = dir.resolve(".row.old");
        List<Map<String, String>> sites = List.of(NEW, OLD, NEW, OLDER, NEW, Map.of("keep.html/index.html", "a folder where a file was"), OLD);
        for (int i = 0; i < sites.size(); i++) {
            // what someone or something may have done to the previous generation meanwhile
            if (i == 2) put(previous.resolve("keep.html"), "changed by hand in the previous generation");
            if (i == 3) put(previous.resolve("stray/file.html"), "not from any build");
            if (i == 4) {
                Files.deleteIfExists(previous.resolve("new.html"));
                Files.createDirectories(previous.resolve("new.html/oops"));
            }
            build(new DirectorySink(out), sites.get(i));
            Path reference = dir.resolve("reference-" + i);
            build(new DirectorySink(reference), sites.get(i));
            Map<String, String> got = snapshot(out);
            got.keySet().removeIf(f -> f.startsWith(".git/") || f.equals("sub/.htaccess"));
            assertThat(got).as("build " + i).isEqualTo(snapshot(reference));
            assertThat(leftoversOf(out)).isFalse();
        }
    }

    @Test
    void twoNamesOfOneFolderShareOneLock() throws IOException {
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), out);
        try (DirectorySink first = new DirectorySink(alias)) {
            assertThatThrownBy(() -> new DirectorySink(out)).isInstanceOf(DirectorySink.Busy.class);
            assertThatThrownBy(() -> new DirectorySink(dir.resolve("alias/../site/"))).isInstanceOf(DirectorySink.Busy.class);
            first.write("index.html", new byte[] {'x'});
            first.commit();
        }
        assertThat(Files.readSymbolicLink(alias)).as("the link still names the new site").isEqualTo(out);
        assertThat(snapshot(out)).containsEntry("index.html", "x");
    }
}
