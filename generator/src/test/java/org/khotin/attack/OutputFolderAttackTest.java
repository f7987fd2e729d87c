package org.khotin.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.output.DirectorySink;
import org.khotin.testing.Fixtures;
import org.khotin.testing.TestSite;

/**
 * What a careless or hostile {@code --out} did to the files around it, and what a kill or a disk fault did to
 * {@code public/}: a build deletes only what a build wrote, and leaves the old site or the new one.
 */
class OutputFolderAttackTest {
    @TempDir
    Path dir;

    /** Every file under a folder, dot-files included, as text. */
    private static Map<String, String> files(Path folder) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(folder)) return out;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private TestSite site() {
        return TestSite.create(dir.resolve("site"), Fixtures.BILINGUAL);
    }

    @Test
    void anOutputFolderHoldingAnEditorsFileIsRefusedAndTheFileStays() {
        TestSite site = site();
        site.write("exports/bao-cao.docx", "the editor's report");
        TestSite.Run run = site.build("--out", site.root().resolve("exports").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("exports/: error: this folder is not empty and khotin did not make it")
                .contains("(bao-cao.docx)").contains("nothing was touched").contains("hint: ").contains("--force");
        assertThat(files(site.root().resolve("exports"))).containsOnlyKeys("bao-cao.docx");
    }

    @Test
    void theSitesOwnFoldersAndEverythingAboveThemAreRefusedEvenWithForce() throws IOException {
        TestSite site = site();
        Path root = site.root();
        Files.createSymbolicLink(dir.resolve("articles"), root.resolve("content"));
        Map<String, String> before = files(dir);
        for (String out : List.of(root.resolve("content").toString(), root + "/content/", root + "/content/vi/../",
                root + "/content/vi", root + "/templates", root + "/.", root.toString(), root + "/..", dir + "/articles", "/")) {
            for (boolean force : List.of(false, true)) {
                TestSite.Run run = force ? site.build("--out", out, "--force") : site.build("--out", out);
                assertThat(run.exitCode()).as(out).isEqualTo(1);
                assertThat(run.err()).as(out).contains(": error: the output folder ").contains("so nothing was touched")
                        .contains("--force does not change this").doesNotContain("\tat ");
                assertThat(files(dir)).as(out).isEqualTo(before);
            }
        }
    }

    @Test
    void forceTakesAFolderOverAfterListingWhatGoesAndKeepsItsDotFiles() {
        TestSite site = site();
        Path out = site.root().resolve("www");
        site.write("www/index.html", "a hand-made home page");
        site.write("www/cu/trang.html", "an old page");
        site.write("www/.git/HEAD", "ref: refs/heads/gh-pages\n");
        TestSite.Run run = site.build("--out", out.toString(), "--force");
        run.assertOk();
        assertThat(run.err()).contains("www/: taking over (--force): khotin did not write these 2 files; the build replaces or"
                + " deletes them (dot-files stay):\n  cu/trang.html\n  index.html\n");
        assertThat(files(out)).doesNotContainKey("cu/trang.html").containsEntry(".git/HEAD", "ref: refs/heads/gh-pages\n")
                .containsKeys("vi/index.html", ".khotin-output");
        assertThat(files(out).get("index.html")).isNotEqualTo("a hand-made home page");
        site.build("--out", out.toString()).assertOk(); // khotin's now
    }

    @Test
    void aPublicFolderFromBeforeTheMarkerNeedsForceOnceAndSaysSo() {
        TestSite site = site();
        site.build().assertOk();
        site.delete("public/.khotin-output"); // what an earlier khotin left
        Map<String, String> before = files(site.root().resolve("public"));
        TestSite.Run refused = site.build();
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("there is no .khotin-output in it").contains("a folder an older khotin built needs --force once");
        assertThat(files(site.root().resolve("public"))).isEqualTo(before);
        site.build("--force").assertOk();
        site.build().assertOk();
    }

    @Test
    void twoBuildsIntoOneFolderUnderTwoNamesCannotRunAtOnce() throws IOException {
        TestSite site = site();
        site.build().assertOk();
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), site.root().resolve("public"));
        Map<String, String> before = files(site.root().resolve("public"));
        try (DirectorySink running = new DirectorySink(site.root().resolve("public"))) {
            TestSite.Run second = site.build("--out", alias.toString());
            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.err()).contains("another build is writing this folder right now");
            running.abandon();
        }
        assertThat(files(site.root().resolve("public"))).isEqualTo(before);
        site.build("--out", alias.toString()).assertOk();
    }

    /** One paragraph (the error and its hint), exit 1, no stack trace. */
    private static void assertOneParagraph(TestSite.Run run, String... says) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains(says).doesNotContain("\tat ", "Exception");
        assertThat(run.err().lines().filter(l -> !l.startsWith("  hint: ")).count()).as(run.err()).isEqualTo(1);
    }

    @Test
    void anOutputPathThroughAFileOrOntoADeviceIsAnErrorNamingIt() {
        TestSite site = site();
        site.write("notes", "a file, not a folder");
        assertOneParagraph(site.build("--out", site.root().resolve("notes/public").toString()),
                site.root().resolve("notes") + " is a file, not a folder; nothing was written", "hint: choose a new or empty folder");
        assertOneParagraph(site.build("--out", "/dev/full"), "/dev/full/: error: this is a file, not a folder");
        assertThat(site.read("notes")).isEqualTo("a file, not a folder");
    }

    private ProcessBuilder khotin(TestSite site, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.khotin.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(site.root().toFile()).redirectErrorStream(true);
    }

    /** A write the system refuses (here a file-size limit, as a full disk would) ends in a message; public/ stays. */
    @Test
    void aWriteTheSystemRefusesEndsInAMessageAndLeavesPublicAsItWas() throws Exception {
        TestSite site = site();
        site.build().assertOk();
        Map<String, String> before = files(site.root().resolve("public"));
        site.write("content/vi/2021/01/moi.md", "---\ntitle: Bài mới\ndate: 2021-01-01\n---\n" + "Một đoạn văn dài. ".repeat(6000));
        // 64 KB: the JVM starts, but the new article's page is larger
        List<String> command = concat(List.of("sh", "-c", "ulimit -f 64 && exec \"$@\"", "sh"), khotin(site, "build", "--quiet").command());
        Process p = new ProcessBuilder(command).directory(site.root().toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isEqualTo(1);
        assertThat(output).containsPattern("public/: error: cannot write \\S+: File too large; public/ was left as it was\n")
                .contains("hint: this user may not write files that large (see ulimit -f)").doesNotContain("\tat ");
        assertThat(files(site.root().resolve("public"))).isEqualTo(before);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * kill -9 of a real build, while it renders and as it puts the new site in place: the folder is the old site
     * or the new one (or, only between the two renames, missing with the new one complete beside it), and the
     * next build leaves no trace of the killed one.
     */
    @Test
    void aBuildKilledAtAnyMomentLeavesTheOldSiteOrTheNewOne() throws Exception {
        TestSite site = site();
        for (int i = 0; i < 120; i++) {
            site.write(String.format(java.util.Locale.ROOT, "content/vi/2019/%02d/bai-%d.md", 1 + i % 12, i),
                    "---\ntitle: Bài số " + i + "\ndate: 2019-" + String.format(java.util.Locale.ROOT, "%02d", 1 + i % 12)
                            + "-01\nkeywords: [Tỉnh ủy]\n---\nNội dung bài " + i + ".\n");
        }
        Path out = site.root().resolve("public");
        Path reference = dir.resolve("reference");
        site.build().assertOk();
        Map<String, String> oldSite = files(out);
        site.write("content/vi/2021/01/moi.md", "---\ntitle: Bài mới\ndate: 2021-01-01\nkeywords: [Tỉnh ủy]\n---\nMới.\n");
        site.delete("content/vi/2019/01/bai-0.md");
        site.build("--out", reference.toString()).assertOk();
        Map<String, String> newSite = files(reference);
        assertThat(newSite).isNotEqualTo(oldSite);

        Runnable backToTheOldSite = () -> {
            site.write("content/vi/2019/01/bai-0.md", "---\ntitle: Bài số 0\ndate: 2019-01-01\nkeywords: [Tỉnh ủy]\n---\nNội dung bài 0.\n");
            site.delete("content/vi/2021/01/moi.md");
            site.build().assertOk();
            assertThat(files(out)).isEqualTo(oldSite);
            site.write("content/vi/2021/01/moi.md", "---\ntitle: Bài mới\ndate: 2021-01-01\nkeywords: [Tỉnh ủy]\n---\nMới.\n");
            site.delete("content/vi/2019/01/bai-0.md");
        };
        long start = System.nanoTime();
        assertThat(khotin(site, "build", "--quiet").start().waitFor()).isZero();
        long whole = System.nanoTime() - start;
        assertThat(files(out)).isEqualTo(newSite);
        backToTheOldSite.run();

        Predicate<Path> commitStarted = root -> Stream.of(".public.new", ".public.commit").anyMatch(n -> Files.exists(root.resolve(n)));
        Map<String, Predicate<Path>> moments = new TreeMap<>(Map.of(
                "1 at 70% of a build's time", root -> false,
                "2 at 95% of a build's time", root -> false,
                "3 as the new site is complete or a commit is journaled", commitStarted));
        Map<String, Double> at = Map.of("1 at 70% of a build's time", 0.7, "2 at 95% of a build's time", 0.95);
        for (Map.Entry<String, Predicate<Path>> moment : moments.entrySet()) {
            long killAt = System.nanoTime() + (long) (whole * at.getOrDefault(moment.getKey(), 2.0));
            Process p = khotin(site, "build", "--quiet").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            while (p.isAlive() && !moment.getValue().test(site.root()) && System.nanoTime() < killAt) Thread.onSpinWait();
            p.destroyForcibly(); // SIGKILL
            p.waitFor();
            if (Files.exists(out)) {
                assertThat(files(out)).as(moment.getKey()).isIn(oldSite, newSite);
            } else {
                assertThat(files(site.root().resolve(".public.new"))).as(moment.getKey()).isEqualTo(newSite);
            }
            new DirectorySink(out).abandon(); // what the next build does first
            assertThat(files(out)).as(moment.getKey()).isIn(oldSite, newSite);
            assertThat(Stream.of(".public.new", ".public.staging", ".public.commit")
                    .filter(n -> Files.exists(site.root().resolve(n)))).as(moment.getKey()).isEmpty();
            backToTheOldSite.run();
        }
    }
}
