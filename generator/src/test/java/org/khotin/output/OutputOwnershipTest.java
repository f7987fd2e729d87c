package org.khotin.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.khotin.output.Folders.build;
import static org.khotin.output.Folders.leftoversOf;
import static org.khotin.output.Folders.put;
import static org.khotin.output.Folders.snapshot;
import static org.khotin.output.Folders.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build deletes or replaces only files a build wrote, unless told to take a folder over. */
class OutputOwnershipTest {
    @TempDir
    Path dir;

    @Test
    void aFolderWithSomeoneElsesFilesIsRefusedBeforeAnythingIsTouched() throws IOException {
        Path out = dir.resolve("mine");
        put(out.resolve("notes.txt"), "my notes");
        put(out.resolve("drafts/plan.md"), "a plan");
        Map<String, String> before = snapshot(out);
        assertThatThrownBy(() -> new DirectorySink(out)).isInstanceOfSatisfying(DirectorySink.NotOurs.class, e -> {
            assertThat(e.files()).containsExactly("drafts/plan.md", "notes.txt");
            assertThat(e.getMessage()).contains("not empty and khotin did not make it").contains("2 files (drafts/plan.md, notes.txt)")
                    .contains("nothing was touched");
            assertThat(e.hint()).contains("--force");
        });
        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(leftoversOf(out)).isFalse();
    }

    @Test
    void aFileThatLooksLikeTheMarkerButIsNotDoesNotMakeAFolderKhotins() throws IOException {
        Path out = dir.resolve("mine");
        put(out.resolve(".khotin-output"), "index.html\n");
        put(out.resolve("index.html"), "my page");
        assertThatThrownBy(() -> new DirectorySink(out)).isInstanceOf(DirectorySink.NotOurs.class);
        assertThat(snapshot(out)).containsEntry("index.html", "my page");
    }

    @Test
    void aFolderHoldingOnlyDotFilesIsTakenAndTheyStay() throws IOException {
        Path out = dir.resolve("checkout");
        put(out.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        put(out.resolve(".nojekyll"), "");
        build(new DirectorySink(out), Map.of("index.html", "home"));
        assertThat(snapshot(out)).containsEntry(".git/HEAD", "ref: refs/heads/gh-pages\n").containsEntry(".nojekyll", "")
                .containsEntry("index.html", "home").containsKey(".khotin-output");
    }

    @Test
    void theMarkerListsWhatTheBuildWroteAndALaterBuildDeletesOnlyThose() throws IOException {
        Path out = dir.resolve("public");
        build(new DirectorySink(out), Map.of("index.html", "home", "old/index.html", "old"));
        assertThat(Files.readString(out.resolve(".khotin-output"))).endsWith("\nindex.html\nold/index.html\n");
        build(new DirectorySink(out), Map.of("index.html", "home 2"));
        assertThat(snapshot(out).keySet()).containsExactly(".khotin-output", "index.html");

        put(out.resolve("cv.pdf"), "an editor's file");
        assertThatThrownBy(() -> new DirectorySink(out)).isInstanceOfSatisfying(DirectorySink.NotOurs.class, e -> {
            assertThat(e.getMessage()).isEqualTo("this folder holds 1 file khotin did not write (cv.pdf); a build would replace"
                    + " or delete them, so nothing was touched");
            assertThat(e.hint()).isEqualTo("move them out of " + out + "/, or build with --force to let them go");
        });
        assertThat(snapshot(out)).containsEntry("cv.pdf", "an editor's file");
    }

    @Test
    void aFileSomeoneLeftDeepInsideAMarkedFolderStopsTheCommitAndStays() throws IOException {
        Path out = dir.resolve("public");
        build(new DirectorySink(out), Map.of("index.html", "home", "2024/01/story/index.html", "story"));
        put(out.resolve("2024/01/story/photo.jpg"), "an editor's photo");
        put(out.resolve("drafts/plan.md"), "a plan");
        Map<String, String> before = snapshot(out);
        assertThatThrownBy(() -> new DirectorySink(out)).isInstanceOfSatisfying(DirectorySink.NotOurs.class,
                e -> assertThat(e.files()).containsExactly("drafts/plan.md"));
        Files.delete(out.resolve("drafts/plan.md"));
        Files.delete(out.resolve("drafts"));
        try (DirectorySink sink = new DirectorySink(out)) {
            write(sink, Map.of("index.html", "home 2"));
            assertThatThrownBy(sink::commit).isInstanceOfSatisfying(DirectorySink.NotOurs.class, e -> {
                assertThat(e.getMessage()).isEqualTo("this folder holds 1 file khotin did not write (2024/01/story/photo.jpg);"
                        + " a build would replace or delete them, so nothing was replaced");
                assertThat(e.hint()).contains("--force");
            });
        }
        before.remove("drafts/plan.md");
        before.remove("drafts/");
        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void takingOverListsWhatGoesThenReplacesOrDeletesItAndKeepsDotFiles() throws IOException {
        Path out = dir.resolve("old-site");
        put(out.resolve("index.html"), "someone's home page");
        put(out.resolve("about/index.html"), "about");
        put(out.resolve(".git/HEAD"), "ref\n");
        DirectorySink sink = DirectorySink.takingOver(out);
        assertThat(sink.takenOver()).containsExactly("about/index.html", "index.html");
        build(sink, Map.of("index.html", "khotin's home page"));
        assertThat(snapshot(out).keySet()).containsExactly(".git/HEAD", ".khotin-output", "index.html");
        assertThat(snapshot(out)).containsEntry("index.html", "khotin's home page");
        // now the folder is khotin's: no --force needed
        assertThat(new DirectorySink(out).takenOver()).isEmpty();
    }

    @Test
    void aTakeOverOfABuildThatFailsTouchesNothing() throws IOException {
        Path out = dir.resolve("old-site");
        put(out.resolve("index.html"), "someone's home page");
        Map<String, String> before = snapshot(out);
        try (DirectorySink sink = DirectorySink.takingOver(out)) {
            sink.write("index.html", "khotin's".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sink.abandon();
        }
        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(leftoversOf(out)).isFalse();
    }

    @Test
    void aFileThatAppearsDuringTheBuildStopsTheCommitBeforeItTouchesAnything() throws IOException {
        Path out = dir.resolve("public");
        build(new DirectorySink(out), Map.of("index.html", "home"));
        try (DirectorySink sink = new DirectorySink(out)) {
            write(sink, Map.of("index.html", "home 2"));
            put(out.resolve("report.docx"), "saved here by mistake, mid-build");
            assertThatThrownBy(sink::commit).isInstanceOf(OutputFailure.class)
                    .hasMessage("1 file khotin did not write appeared here during the build (report.docx); nothing was replaced");
        }
        assertThat(snapshot(out)).containsEntry("index.html", "home").containsEntry("report.docx", "saved here by mistake, mid-build");
        assertThat(leftoversOf(out)).isFalse();
    }

    @Test
    void aFileWhereTheFolderShouldBeOrAboveItIsSaidPlainly() throws IOException {
        Path file = dir.resolve("a-file");
        put(file, "text");
        assertThatThrownBy(() -> new DirectorySink(file)).isInstanceOf(OutputFailure.class)
                .hasMessage("this is a file, not a folder; nothing was written");
        assertThatThrownBy(() -> new DirectorySink(file.resolve("public"))).isInstanceOf(OutputFailure.class)
                .hasMessage(file + " is a file, not a folder; nothing was written");
        assertThat(Files.readString(file)).isEqualTo("text");
        assertThat(List.of(dir.toFile().list())).containsExactly("a-file");
    }
}
