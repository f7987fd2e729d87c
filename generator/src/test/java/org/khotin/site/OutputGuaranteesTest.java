package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import java.util.TreeSet;
import org.khotin.output.DirectorySink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.Fixtures;
import org.khotin.testing.TestSite;

/** Determinism, atomic output and sub-path safety. */
class OutputGuaranteesTest {
    @TempDir
    Path dir;

    /** The output folder holds exactly the files it held, byte for byte. */
    private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build("--out", dir.resolve("one").toString()).assertOk();
        site.build("--out", dir.resolve("two").toString()).assertOk();
        Map<String, byte[]> one = site.snapshot("one");
        Map<String, byte[]> two = site.snapshot("two");
        assertThat(one.keySet()).isEqualTo(two.keySet()).hasSizeGreaterThan(10);
        one.forEach((path, bytes) -> assertThat(two.get(path)).as(path).isEqualTo(bytes));
    }

    /**
     * Some orders (Map.of, hash seeds) change from one JVM run to the next only, so build in two processes:
     * one single-threaded, one with four threads, since parallel stages must not change a byte either. The
     * single-threaded one runs in an Arabic (Egypt) locale, whose digits are not ASCII: the machine's locale
     * must not reach URLs, dates or page numbers.
     */
    @Test
    void buildsInTwoProcessesOneSingleThreadedAreByteIdentical() throws Exception {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        for (String out : List.of("one", "two")) {
            String threads = out.equals("one") ? "0" : "4"; // 0: no worker threads, the caller does all
            String language = out.equals("one") ? "ar" : "en";
            String country = out.equals("one") ? "EG" : "GB";
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.util.concurrent.ForkJoinPool.common.parallelism=" + threads,
                    "-Duser.language=" + language, "-Duser.country=" + country,
                    "-cp", System.getProperty("java.class.path"), "org.khotin.cli.Main", "build", "--quiet",
                    "--out", dir.resolve(out).toString())
                    .directory(site.root().toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(output).isZero();
        }
        Map<String, byte[]> one = site.snapshot("one");
        Map<String, byte[]> two = site.snapshot("two");
        assertThat(one.keySet()).isEqualTo(two.keySet()).hasSizeGreaterThan(10);
        one.forEach((path, bytes) -> assertThat(new String(two.get(path), StandardCharsets.UTF_8)).as(path)
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
    }

    /** A heap too small for the archive ends with a message saying so and what to do, and publishes nothing. */
    @Test
    void runningOutOfMemoryIsReportedWithAHintAndLeavesThePreviousOutputAsItWas() throws Exception {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build().assertOk();
        Map<String, byte[]> before = site.snapshot("public");
        // One article of 48 MB cannot even be read into a 32 MB heap.
        site.write("content/vi/2021/01/lon.md", "---\ntitle: Bài rất dài\ndate: 2021-01-01\n---\n"
                + "Đoạn văn dài. ".repeat(3_500_000));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-cp", System.getProperty("java.class.path"), "org.khotin.cli.Main", "build", "--quiet")
                .directory(site.root().toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isEqualTo(1);
        assertThat(output).contains("khotin: out of memory").contains("heap limit of").contains("KHOTIN_JAVA_OPTS=-Xmx")
                .doesNotContain("\tat ");
        assertSameFiles(before, site.snapshot("public"));
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputExactlyAsItWas() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build().assertOk();
        Map<String, byte[]> before = site.snapshot("public");
        site.write("content/vi/2020/03/chua-dich.md", "---\ntitle: Hỏng\ndate: 2020-13-01\n---\n");
        site.write("content/vi/2021/01/moi.md", "---\ntitle: Bài mới\ndate: 2021-01-01\n---\n");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("was left as it was");
        assertSameFiles(before, site.snapshot("public"));
        assertThat(Files.exists(dir.resolve(".public.staging"))).isFalse();
    }

    @Test
    void aBuildStartedWhileAnotherWritesTheSameFolderIsRefusedAndLeavesItAlone() throws Exception {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build().assertOk();
        Map<String, byte[]> before = site.snapshot("public");
        site.write("content/vi/2021/01/moi.md", "---\ntitle: Bài mới\ndate: 2021-01-01\n---\nMới.\n");
        try (org.khotin.output.DirectorySink running = new org.khotin.output.DirectorySink(dir.resolve("public"))) {
            running.write("vi/index.html", "the other build's page".getBytes(StandardCharsets.UTF_8));
            TestSite.Run second = site.build();
            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.err()).contains("another build is writing").contains("was left as it was");
            assertThat(site.snapshot("public").keySet()).isEqualTo(before.keySet());
            running.abandon();
        }
        assertThat(site.snapshot("public").get("vi/index.html")).isEqualTo(before.get("vi/index.html"));
        site.build().assertOk(); // once the other build is over
        assertThat(site.exists("public/vi/2021/01/bai-moi/index.html")).isTrue();
    }

    @Test
    void aBuildKilledWhileWritingLeavesTheOutputAsItWas() throws Exception {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build().assertOk();
        Map<String, byte[]> before = site.snapshot("public");
        // What a kill before the commit leaves: staging half-written, no journal.
        site.write(".public.staging/vi/index.html", "half");
        site.write("content/vi/2020/03/chua-dich.md", "---\ntitle: Hỏng\n---\n");
        assertThat(site.build().exitCode()).isEqualTo(1);
        assertThat(site.snapshot("public").keySet()).isEqualTo(before.keySet());
        assertThat(site.read("public/vi/index.html")).isEqualTo(new String(before.get("vi/index.html"), StandardCharsets.UTF_8));
        assertThat(Files.exists(dir.resolve(".public.staging"))).isFalse();
    }

    @Test
    void aBuildKilledDuringItsCommitIsFinishedByTheNextOne() throws Exception {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build().assertOk();
        // What a kill during the commit leaves: the journal, one staged page not moved yet, one removal not done.
        site.write(".public.staging/vi/index.html", "new home");
        site.write(".public.commit", "vi/index.html\nvi/gone.html\n\nvi/old.html\n");
        site.write("public/vi/old.html", "stale");
        site.write("content/vi/2020/03/chua-dich.md", "---\ntitle: Hỏng\n---\n");
        assertThat(site.build().exitCode()).isEqualTo(1);
        assertThat(site.read("public/vi/index.html")).isEqualTo("new home");
        assertThat(site.exists("public/vi/old.html")).isFalse();
        assertThat(Files.exists(dir.resolve(".public.commit"))).isFalse();
        assertThat(Files.exists(dir.resolve(".public.staging"))).isFalse();
    }

    @Test
    void aRebuildOfUnchangedContentWritesNoFileAndAnEditOnlyWhatShowsIt() throws Exception {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build().assertOk();
        FileTime past = FileTime.fromMillis(1_000_000_000_000L);
        Set<String> files = DirectorySink.list(dir.resolve("public"));
        for (String f : files) Files.setLastModifiedTime(dir.resolve("public").resolve(f), past);

        site.build().assertOk();
        for (String f : files) assertThat(Files.getLastModifiedTime(dir.resolve("public").resolve(f))).as(f).isEqualTo(past);

        String article = "content/en/2019/01/review.md";
        site.write(article, site.read(article).replace("Paragraph one.", "Paragraph one, edited."));
        site.build().assertOk();
        Set<String> touched = new TreeSet<>();
        for (String f : files) {
            if (!Files.getLastModifiedTime(dir.resolve("public").resolve(f)).equals(past)) touched.add(f);
        }
        assertThat(touched).contains("en/2019/01/review-of-2018/index.html")
                .doesNotContain("vi/2020/03/bai-chua-dich/index.html", "assets/site.css", "vi/index.html");
    }

    @Test
    void staleFilesOfAnEarlierBuildDisappearButADeployCheckoutStays() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build().assertOk();
        site.write("public/.git/HEAD", "ref: refs/heads/gh-pages\n");
        site.assertExists("public/vi/2020/03/bai-chua-dich/index.html");
        site.delete("content/vi/2020/03/chua-dich.md");
        site.build().assertOk();
        assertThat(site.exists("public/vi/2020/03/bai-chua-dich/index.html")).isFalse();
        assertThat(site.read("public/.git/HEAD")).isEqualTo("ref: refs/heads/gh-pages\n");
    }

    @Test
    void everyInternalLinkIsRelativeAndResolvesInsideTheOutput() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build().assertOk();
        List<String> problems = new ArrayList<>();
        for (String file : site.files("public")) {
            if (!file.endsWith(".html") || file.equals("404.html")) continue;
            Document doc = Jsoup.parse(site.read("public/" + file));
            for (Element el : doc.select("a[href], link[href], img[src], script[src]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (url.startsWith("https://") || url.startsWith("http://") || url.startsWith("mailto:")) continue;
                if (url.startsWith("/")) {
                    problems.add(file + ": root-relative link " + url);
                    continue;
                }
                String target = url.replaceAll("#.*$", "");
                if (target.isEmpty()) continue;
                Path resolved = dir.resolve("public").resolve(file).getParent().resolve(target).normalize();
                if (Files.isDirectory(resolved)) resolved = resolved.resolve("index.html");
                if (!resolved.startsWith(dir.resolve("public")) || !Files.isRegularFile(resolved)) {
                    problems.add(file + ": broken link " + url);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theNotFoundPageUsesOnlyAbsoluteLinks() {
        TestSite site = TestSite.create(dir, Fixtures.BILINGUAL);
        site.build().assertOk();
        Document doc = Jsoup.parse(site.read("public/404.html"));
        assertThat(doc.select("a[href]").eachAttr("href"))
                .containsExactly("https://example.org/archive/vi/", "https://example.org/archive/en/");
        assertThat(doc.select("link[rel=stylesheet]")).isEmpty();
    }
}
