package org.khotin.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.serve.PreviewServer;
import org.khotin.serve.PreviewSession;
import org.khotin.site.BuildOptions;
import org.khotin.testing.TestSite;

/**
 * What a hostile or careless user tried on {@code khotin serve} and {@code khotin import}, and on any command's
 * failure: every attempt ends in a clear message (never a Java stack trace), correct output, or a refusal.
 */
class ServeAndImportAttackTest {
    /** Any line of a Java stack trace. */
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|Exception:|Error:");
    /** Characters that break XML feeds and have no place in Markdown. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    @TempDir
    Path dir;

    // --- serve: ports ---------------------------------------------------------------------------------

    @Test
    void aPortOutOfRangeOrInUseEndsInOneErrorAndAHint() throws IOException {
        TestSite site = TestSite.create(dir, "-- content/vi/.keep --\n");
        String config = site.root().resolve("site-config.yml").toString();
        for (String port : List.of("99999", "0", "-1", "65536")) {
            TestSite.Run run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> TestSite.run("serve", "--config", config, "--port", port));
            assertThat(run.exitCode()).as(port).isEqualTo(2);
            assertThat(run.err().lines().toList()).as(port).hasSize(2);
            assertThat(run.err()).as(port).contains("--port must be from 1 to 65535, not " + port).contains("  hint: ");
        }
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            String port = String.valueOf(taken.getLocalPort());
            TestSite.Run run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> TestSite.run("serve", "--config", config, "--port", port));
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().lines().toList()).hasSize(2);
            assertThat(run.err()).contains("port " + port + " on 127.0.0.1 is already in use").contains("  hint: ");
            assertThat(run.err()).doesNotContainPattern(STACK_TRACE);
        }
    }

    // --- any command: file system failures ----------------------------------------------------------

    @Test
    void aFileWhereAFolderMustBeIsNamedWithAHintNotAStackTrace() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder\n");
        Path input = Files.writeString(dir.resolve("in.txt"), ARTICLE);

        TestSite.Run imported = TestSite.run("import", input.toString(), "--into", file.resolve("content").toString());
        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.err()).isEqualTo(file.resolve("content") + ": error: not a folder: a part of the path is a file"
                + System.lineSeparator() + "  hint: check the path: one of its folders is a file" + System.lineSeparator());
        assertThat(imported.out()).doesNotContain("FileSystemException");

        TestSite.Run tooLong = TestSite.run("import", input.toString(), "--into", dir.resolve("x".repeat(300)).toString());
        assertThat(tooLong.exitCode()).isEqualTo(1);
        assertThat(tooLong.err()).contains(": error: the file name is too long").contains("  hint: choose a shorter name");
        assertThat(tooLong.out()).doesNotContain("FileSystemException");

        // 'khotin new' into a site whose content folder is a file: this used to end in a stack trace
        TestSite site = TestSite.create(dir.resolve("site"), "-- content --\nnot a folder\n");
        TestSite.Run created = TestSite.run("new", "Tin mới", "--config", site.root().resolve("site-config.yml").toString());
        assertThat(created.exitCode()).isEqualTo(1);
        assertThat(created.err()).doesNotContainPattern(STACK_TRACE)
                // Java 17 names the article's folder below it, Java 25 the first folder it could not make
                .contains(site.root().resolve("content") + "/vi").contains(": error: not a folder")
                .contains("  hint: ");
        assertThat(created.err().lines().count()).isEqualTo(2);

        // with --debug (before or after the command) the trace is there for a bug report
        TestSite.Run debug = TestSite.run("new", "Tin mới", "--debug", "--config", site.root().resolve("site-config.yml").toString());
        assertThat(debug.exitCode()).isEqualTo(1);
        assertThat(debug.err()).contains(": error: not a folder").containsPattern(STACK_TRACE);
    }

    // --- serve: methods, slow clients, bugs ----------------------------------------------------------

    @Test
    void onlyGetAndHeadAreAnsweredEveryOtherMethodGets405WithAllow() throws IOException {
        try (PreviewServer server = new PreviewServer(0)) {
            server.publish(Map.of("vi/index.html", "<!DOCTYPE html><p>Trang chủ".getBytes(StandardCharsets.UTF_8)));
            for (String method : List.of("POST", "PUT", "DELETE", "TRACE", "PATCH", "CONNECT", "PROPFIND")) {
                String answer = exchange(server.port(), method + " /vi/ HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nContent-Length: 2\r\n\r\nab");
                assertThat(answer).as(method).startsWith("HTTP/1.1 405 ").contains("\r\nAllow: GET, HEAD, OPTIONS\r\n")
                        .doesNotContain("Trang chủ");
            }
            String get = exchange(server.port(), "GET /vi/ HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n");
            assertThat(get).startsWith("HTTP/1.1 200 ").contains("Trang chủ");
            String head = exchange(server.port(), "HEAD /vi/ HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n");
            assertThat(head).startsWith("HTTP/1.1 200 ").contains("Content-Length: ").doesNotContain("Trang chủ");
            String options = exchange(server.port(), "OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n");
            assertThat(options).startsWith("HTTP/1.1 204 ").contains("\r\nAllow: GET, HEAD, OPTIONS\r\n");
        }
    }

    @Test
    void slowConnectionsHoldNoThreadAndAreCutOffAfterTheTimeout() throws Exception {
        Duration timeout = Duration.ofMillis(800);
        try (PreviewServer server = new PreviewServer(0, timeout)) {
            server.publish(Map.of("vi/index.html", "<!DOCTYPE html><p>Trang chủ".getBytes(StandardCharsets.UTF_8)));
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 50; i++) {
                    Socket s = new Socket("127.0.0.1", server.port());
                    // half a request head, and then nothing: each such client used to hold a thread forever
                    s.getOutputStream().write(("GET /vi/ HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nX-Slow-" + i + ": ").getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    slow.add(s);
                }
                Thread.sleep(200);
                assertThat(ManagementFactory.getThreadMXBean().getThreadCount()).isLessThanOrEqualTo(threadsBefore + 2);

                long start = System.nanoTime();
                String page = exchange(server.port(), "GET /vi/ HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n");
                assertThat(page).startsWith("HTTP/1.1 200 ").contains("Trang chủ");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

                for (Socket s : slow) {
                    s.setSoTimeout((int) timeout.multipliedBy(6).toMillis());
                    try {
                        String rest = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                        assertThat(rest).satisfiesAnyOf(r -> assertThat(r).isEmpty(), r -> assertThat(r).startsWith("HTTP/1.1 408 "));
                    } catch (SocketTimeoutException e) {
                        throw new AssertionError("a slow connection was still open after " + timeout.multipliedBy(6), e);
                    }
                }
            } finally {
                for (Socket s : slow) s.close();
            }
        }
    }

    @Test
    void aBugInABuildIsShownInThePreviewWhichGoesOn() throws Exception {
        TestSite site = TestSite.create(dir, "-- content/vi/.keep --\n");
        StringWriter log = new StringWriter();
        try (PreviewSession session = new PreviewSession(site.root(), site.root().resolve("site-config.yml"),
                problems -> {
                    throw new IllegalStateException("a bug while reading the configuration");
                }, BuildOptions.defaults(), 0, new PrintWriter(log, true), new PrintWriter(log, true))) {
            session.start();
            assertThat(log.toString()).contains("khotin: error: internal error: java.lang.IllegalStateException: "
                    + "a bug while reading the configuration (please report this with the command you ran)")
                    .doesNotContainPattern("(?m)^\\s+at ");
            String events = readFor(session.port(), "GET /__khotin/events HTTP/1.1\r\nHost: 127.0.0.1:" + session.port() + "\r\n\r\n", Duration.ofMillis(500));
            assertThat(events).contains("event: errors").contains("internal error");
        }
    }

    // --- import -------------------------------------------------------------------------------------

    static final String ARTICLE = "Tổng kết công tác Tổ chức xây dựng Đảng năm 2018\n\nThứ 7, 05.01.2019 | 15:52:32\n\n"
            + "Chiều 4-1, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị Tổng kết công tác tổ chức xây dựng Đảng năm 2018.\n\n"
            + "Năm 2018, cán bộ, công chức ngành Tổ chức xây dựng Đảng đã chủ động tham mưu.\n\nPhạm Ngọc\n";
    static final String ARTICLE_PATH = "vi/2019/01/tong-ket-cong-tac-to-chuc-xay-dung-dang-nam-2018.md";

    @Test
    void importForceNeverOverwritesAnEditorsChangesToTheImportBesideAnEditedFile() throws IOException {
        Path input = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Path content = dir.resolve("content");
        Path article = content.resolve(ARTICLE_PATH);
        Path beside = content.resolve(ARTICLE_PATH + ".import");
        assertThat(importInto(content, input).exitCode()).isZero();
        Files.writeString(article, Files.readString(article).replace("Phạm Ngọc", "Phạm Ngọc (biên tập)"));

        // the editor's article stays; the fresh import goes beside it
        TestSite.Run forced = importInto(content, input, "--force");
        assertThat(forced.out()).contains("kept (edited by hand)").contains("fresh import written to");
        assertThat(Files.readString(beside)).contains("author: Phạm Ngọc\n");

        // while nobody touched it, a changed input refreshes the file beside
        Files.writeString(input, ARTICLE.replace("tham mưu.", "tham mưu tích cực."));
        assertThat(importInto(content, input, "--force").out()).contains("fresh import written to");
        assertThat(Files.readString(beside)).contains("tham mưu tích cực.");

        // an editor merging the two by hand works in the file beside: a later --force leaves it alone
        String merging = Files.readString(beside).replace("Năm 2018, cán bộ", "Năm 2018 (đã đối chiếu), cán bộ");
        Files.writeString(beside, merging);
        Files.writeString(input, ARTICLE.replace("tham mưu.", "tham mưu rất tích cực."));
        TestSite.Run again = importInto(content, input, "--force");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("kept (edited by hand)").contains("was edited by hand too, so the fresh import was not written");
        assertThat(Files.readString(beside)).isEqualTo(merging);
        assertThat(Files.readString(article)).contains("Phạm Ngọc (biên tập)");
    }

    @Test
    void controlCharactersNeverReachTheMarkdownAndTheReportSaysSo() throws IOException {
        // U+0001 from a broken export, a vertical tab (Word's line break), a form feed, NEL and a C1 control
        String text = ARTICLE.replace("Chiều 4-1, Ban", "Chiều 4-1,\u0001 Ban")
                .replace("năm 2018.\n", "năm 2018.\u000BĐây là dòng mới.\u000C\u0085\u0090\u007F\n");
        Path txt = Files.writeString(dir.resolve("word\u0001.txt"), text); // a file name can hold one too
        // the same from character references in HTML, and windows-1252 quotes in a page declared ISO-8859-1
        String html = "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"><title>x</title></head><body><article>"
                + "<h1>Tin &#1;v&#11;&#x85;n h&#x7F;oa</h1><p>Ng&agrave;y 05/01/2019</p>"
                + "<p>\u0093Trich d\u00ABn\u0094 m&#2;&#xC;o&#x9F;t \u0002c&#x0B;&#x0C;ai.</p></article></body></html>";
        byte[] htmlBytes = html.getBytes(StandardCharsets.ISO_8859_1);
        htmlBytes[html.indexOf('\u0093')] = (byte) 0x93;
        htmlBytes[html.indexOf('\u0094')] = (byte) 0x94;
        Path page = Files.write(dir.resolve("page.html"), htmlBytes);

        Path content = dir.resolve("content");
        TestSite.Run run = importInto(content, txt, page.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("warning: control characters removed: U+0001 ×1, U+000B ×1, U+000C ×1, U+007F ×1, "
                + "U+0085 ×1, U+0090 ×1 (vertical tabs, form feeds and line separators made line breaks)");
        assertThat(run.out()).contains("  warning: encoding converted from windows-1252\n  warning: control characters removed: U+0001");

        List<Path> written;
        try (var walk = Files.walk(content)) {
            written = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(written).hasSize(2);
        for (Path md : written) {
            // not even escaped in YAML: the build would read it back as the character itself
            assertThat(CONTROL.matcher(Files.readString(md)).find()).as(md.toString()).isFalse();
            assertThat(Files.readString(md)).as(md.toString()).doesNotContain("\\u00").doesNotContain("\\x");
        }
        String fromText = Files.readString(content.resolve(ARTICLE_PATH));
        assertThat(fromText).contains("\nsource_file: word.txt\n");
        // the vertical tab broke the line: the sentence after it is not glued to the one before
        assertThat(fromText).contains("Chiều 4-1, Ban Tổ chức").contains("năm 2018.\n").contains("Đây là dòng mới.");
        Optional<Path> fromHtml = written.stream().filter(p -> !p.endsWith(ARTICLE_PATH)).findFirst();
        assertThat(Files.readString(fromHtml.orElseThrow())).contains("\n“Trich d«n” m").contains("title: Tin v");
    }

    private TestSite.Run importInto(Path content, Path input, String... more) {
        List<String> args = new ArrayList<>(List.of("import", input.toString()));
        args.addAll(List.of(more));
        args.addAll(List.of("--into", content.toString(), "--quiet"));
        return TestSite.run(args.toArray(String[]::new));
    }

    // --- raw HTTP on 127.0.0.1 ----------------------------------------------------------------------

    /** Sends a request as written and reads the answer until the server closes the connection (5 s at most). */
    private static String exchange(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Sends a request and reads what arrives within {@code wait} (for a stream that stays open). */
    private static String readFor(int port, String request, Duration wait) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            s.setSoTimeout((int) wait.toMillis());
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) got.write(buffer, 0, n);
            } catch (SocketTimeoutException e) {
                // the stream stays open: what came so far is the answer
            }
            return got.toString(StandardCharsets.UTF_8);
        }
    }
}
