package org.khotin.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.BindException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PreviewServerTest {
    @ParameterizedTest
    @CsvSource(value = {
            "/, index.html", "/vi/, vi/index.html", "/vi/tu-khoa/dang/, vi/tu-khoa/dang/index.html",
            "/assets/site.css, assets/site.css", "/vi/%C4%91, vi/đ",
            "/../etc/passwd, ''", "/%2e%2e/etc/passwd, ''", "/vi/%2E%2E/%2e%2e/x, ''", "/vi/..%2f..%2fx, ''",
            "//etc/passwd, ''", "/vi/..%5c..%5cx, ''", "/./vi/, ''", "relative, ''", "/a%00b, ''"}, emptyValue = "")
    void pathsThatLeaveTheSiteAreRefused(String request, String file) {
        assertThat(PreviewServer.sitePath(request)).isEqualTo(file);
    }

    @Test
    void servesTheLastGoodBuildWithLiveReloadAnd404ForTheRest() throws Exception {
        try (PreviewServer server = new PreviewServer(0)) {
            server.publish(Map.of("vi/index.html", "<!DOCTYPE html><body><h1>Trang chủ</h1></body>".getBytes(StandardCharsets.UTF_8),
                    "404.html", "<!DOCTYPE html><body>Không có</body>".getBytes(StandardCharsets.UTF_8),
                    "vi/2024/05/a/cau-480.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            // a photo's copy, as a browser must be told it is one
            HttpResponse<byte[]> photo = client.send(HttpRequest.newBuilder(URI.create(base + "/vi/2024/05/a/cau-480.jpg")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/vi/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<h1>Trang chủ</h1><script src=\"/__khotin/live.js\"></script></body>");
            // a folder without its final slash is sent on to it, query and all, as static hosts do
            HttpResponse<String> bare = client.send(HttpRequest.newBuilder(URI.create(base + "/vi?q=c%E1%BA%A7u")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(bare.statusCode()).isEqualTo(301);
            assertThat(bare.headers().firstValue("Location")).hasValue("/vi/?q=c%E1%BA%A7u");
            HttpResponse<String> missing = client.send(HttpRequest.newBuilder(URI.create(base + "/%2e%2e/secret")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("Không có");
            server.fail(List.of("content/vi/a.md:3:7: error: impossible date"));
            assertThat(client.send(HttpRequest.newBuilder(URI.create(base + "/vi/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).contains("Trang chủ");
        }
    }

    @Test
    void openPagesAreToldWhichFilesChangedSoOnlyThoseReload() throws Exception {
        byte[] home = "<!DOCTYPE html><p>Trang chủ".getBytes(StandardCharsets.UTF_8);
        try (PreviewServer server = new PreviewServer(0)) {
            server.publish(Map.of("vi/index.html", home, "vi/a/index.html", new byte[] {1}, "assets/site.css", new byte[] {2}));
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<java.io.InputStream> stream = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/__khotin/events")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            java.io.BufferedReader events = new java.io.BufferedReader(
                    new java.io.InputStreamReader(stream.body(), StandardCharsets.UTF_8));
            assertThat(nextData(events, "hello")).isEqualTo("{}");

            // Equal bytes in a new array are no change; the edited page is.
            server.publish(Map.of("vi/index.html", home.clone(), "vi/a/index.html", new byte[] {9}, "assets/site.css", new byte[] {2}));
            assertThat(nextData(events, "reload")).isEqualTo("{\"pages\":[\"vi/a/index.html\"]}");
            server.update(Map.of("search/vi/w/0.json", new byte[] {5})); // data: no page reloads
            server.update(Map.of("vi/b/index.html", new byte[] {3}));
            assertThat(nextData(events, "reload")).isEqualTo("{\"pages\":[\"vi/b/index.html\"]}");
            // A style sheet concerns every page.
            server.publish(Map.of("vi/index.html", home, "vi/a/index.html", new byte[] {9}, "vi/b/index.html", new byte[] {3},
                    "search/vi/w/0.json", new byte[] {5}, "assets/site.css", new byte[] {4}));
            assertThat(nextData(events, "reload")).isEqualTo("{\"all\":true}");
        }
    }

    @Test
    void theSearchIndexIsServedBesideLaterPagesAndAnEditUntilTheNextBuild() throws Exception {
        try (PreviewServer server = new PreviewServer(0)) {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port() + "/";
            server.publish(Map.of("vi/a/index.html", bytes("bài A"), "vi/b/index.html", bytes("bài B")));
            server.publishSearch(Map.of("search/vi/manifest.json", bytes("{\"version\":\"1\"}")));
            server.update(Map.of("vi/a/index.html", bytes("bài A đã sửa")));
            assertThat(get(client, base + "vi/a/")).contains("bài A đã sửa");

            // the next build's pages: the edit gives way to them, a page no longer built is gone, the index stays
            server.publish(Map.of("vi/a/index.html", bytes("bài A, bản dựng mới")));
            assertThat(get(client, base + "vi/a/")).contains("bài A, bản dựng mới");
            assertThat(client.send(HttpRequest.newBuilder(URI.create(base + "vi/b/")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
            assertThat(get(client, base + "search/vi/manifest.json")).isEqualTo("{\"version\":\"1\"}");

            server.publishSearch(Map.of("search/vi/manifest.json", bytes("{\"version\":\"2\"}")));
            assertThat(get(client, base + "search/vi/manifest.json")).isEqualTo("{\"version\":\"2\"}");
            assertThat(get(client, base + "vi/a/")).contains("bài A, bản dựng mới");
        }
    }

    @Test
    void theFilesThatChangedAreThoseOfTheLayersReplaced() {
        byte[] page = bytes("trang");
        PreviewServer.Layers built = new PreviewServer.Layers(Map.of("search/d/0.json", bytes("0")),
                Map.of("vi/index.html", page, "vi/a/index.html", bytes("a")), Map.of());
        PreviewServer.Layers edited = new PreviewServer.Layers(built.search(), built.pages(),
                Map.of("vi/a/index.html", bytes("a2")));
        assertThat(PreviewServer.changedFiles(built, edited)).containsExactly("vi/a/index.html");
        // the full build after the edit: the same bytes for the edited page, one page gone, one new
        PreviewServer.Layers rebuilt = new PreviewServer.Layers(built.search(),
                Map.of("vi/index.html", page, "vi/a/index.html", bytes("a2"), "vi/c/index.html", bytes("c")), Map.of());
        assertThat(PreviewServer.changedFiles(edited, rebuilt)).containsExactly("vi/c/index.html");
        PreviewServer.Layers fewer = new PreviewServer.Layers(built.search(), Map.of("vi/index.html", page), Map.of());
        assertThat(PreviewServer.changedFiles(rebuilt, fewer)).containsExactly("vi/a/index.html", "vi/c/index.html");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The data line of the next event of this kind (pings skipped). */
    private static String nextData(java.io.BufferedReader events, String kind) throws java.io.IOException {
        for (String line; (line = events.readLine()) != null; ) {
            if (line.equals("event: " + kind)) return events.readLine().substring("data: ".length());
        }
        throw new AssertionError("stream ended before a '" + kind + "' event");
    }

    @Test
    void oneConnectionCarriesRequestsInTurnAndMalformedOnesAreRefused() throws Exception {
        try (PreviewServer server = new PreviewServer(0)) {
            server.publish(Map.of("vi/index.html", bytes("<p>Trang chủ"), "assets/site.css", bytes("p{}")));
            // two requests sent at once on a kept-alive connection (a query string is no part of the file), then close
            String both = rawExchange(server.port(), "GET /vi/?q=%C4%91 HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\n\r\n"
                    + "GET /assets/site.css HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n");
            assertThat(both).startsWith("HTTP/1.1 200 OK\r\n").contains("Trang chủ")
                    .contains("</script>HTTP/1.1 200 OK\r\nContent-Type: text/css; charset=utf-8\r\n").endsWith("p{}");
            // HTTP/1.0 closes after the answer unless asked otherwise
            assertThat(rawExchange(server.port(), "GET /vi/ HTTP/1.0\r\n\r\n")).contains("Connection: close");
            assertThat(rawExchange(server.port(), "GARBAGE\r\n\r\n")).startsWith("HTTP/1.1 400 ");
            assertThat(rawExchange(server.port(), "GET /vi/ HTTP/2.0\r\n\r\n")).startsWith("HTTP/1.1 400 ");
            // a head that fills 64 KB without ending (exactly, so that no unread byte turns the close into a reset)
            String start = "GET /vi/ HTTP/1.1\r\nCookie: ";
            String huge = start + "a".repeat(64 * 1024 - start.length());
            assertThat(rawExchange(server.port(), huge)).startsWith("HTTP/1.1 431 ");
        }
    }

    @Test
    void aFloodOfSlowClientsDoesNotLockOutARealRequest() throws Exception {
        List<java.net.Socket> slow = new java.util.ArrayList<>();
        try (PreviewServer server = new PreviewServer(0)) {
            server.publish(Map.of("vi/index.html", bytes("<p>Trang chủ")));
            for (int i = 0; i < NonBlockingHttpServer.MAX_CONNECTIONS + 20; i++) {
                java.net.Socket s = new java.net.Socket("127.0.0.1", server.port());
                s.getOutputStream().write("GET / HTTP/1.1\r\nHo".getBytes(StandardCharsets.US_ASCII));
                slow.add(s);
            }
            // the oldest slow clients make room: the request is answered now, not when their 20 s are up
            long start = System.nanoTime();
            assertThat(rawExchange(server.port(), "GET /vi/ HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n")).contains("Trang chủ");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        } finally {
            for (java.net.Socket s : slow) s.close();
        }
    }

    @Test
    void onlyRequestsAddressedToThisMachineAreAnsweredSoARebindingPageCannotReadDrafts() throws Exception {
        try (PreviewServer server = new PreviewServer(0)) {
            server.publish(Map.of("vi/index.html", bytes("<p>Bản nháp")));
            int port = server.port();
            for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1:" + (port + 1), "localhost.evil.example:" + port,
                    "127.0.0.2:" + port)) {
                String answer = rawExchange(port, "GET /vi/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
                assertThat(answer).as(host).startsWith("HTTP/1.1 403 ").contains("localhost:" + port).doesNotContain("Bản nháp");
            }
            // the live-reload channel is no exception
            assertThat(rawExchange(port, "GET /__khotin/events HTTP/1.1\r\nHost: evil.example:" + port + "\r\n\r\n"))
                    .startsWith("HTTP/1.1 403 ");
            // HTTP/1.1 requires a Host; HTTP/1.0 clients may omit it
            assertThat(rawExchange(port, "GET /vi/ HTTP/1.1\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400 ");
            for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LOCALHOST:" + port)) {
                assertThat(rawExchange(port, "GET /vi/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"))
                        .as(host).startsWith("HTTP/1.1 200 ").contains("Bản nháp");
            }
        }
    }

    @Test
    void aVideoIsServedInTheSpansAPlayerAsksForWithItsType() throws Exception {
        byte[] video = new byte[1000];
        for (int i = 0; i < video.length; i++) video[i] = (byte) i;
        try (PreviewServer server = new PreviewServer(0)) {
            server.publish(Map.of("vi/a/khai-mac.mp4", video, "vi/a/khai-mac.vtt", bytes("WEBVTT\n")));
            HttpClient client = HttpClient.newHttpClient();
            String url = "http://127.0.0.1:" + server.port() + "/vi/a/khai-mac.mp4";
            HttpResponse<byte[]> whole = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(whole.statusCode()).isEqualTo(200);
            assertThat(whole.headers().firstValue("Content-Type")).hasValue("video/mp4");
            assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
            for (String[] ask : new String[][] {{"bytes=0-", "0-999", "0"}, {"bytes=100-199", "100-199", "100"},
                    {"bytes=900-5000", "900-999", "900"}, {"bytes=-10", "990-999", "990"}}) {
                HttpResponse<byte[]> span = client.send(HttpRequest.newBuilder(URI.create(url)).header("Range", ask[0]).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(span.statusCode()).as(ask[0]).isEqualTo(206);
                assertThat(span.headers().firstValue("Content-Range")).as(ask[0]).hasValue("bytes " + ask[1] + "/1000");
                int first = Integer.parseInt(ask[2]);
                assertThat(span.body()).as(ask[0]).isEqualTo(java.util.Arrays.copyOfRange(video, first, Integer.parseInt(ask[1].split("-")[1]) + 1));
            }
            HttpResponse<byte[]> beyond = client.send(HttpRequest.newBuilder(URI.create(url)).header("Range", "bytes=1000-").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(beyond.statusCode()).isEqualTo(416);
            assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */1000");
            // several spans at once: the whole file, as the standard allows
            assertThat(client.send(HttpRequest.newBuilder(URI.create(url)).header("Range", "bytes=0-1,5-6").build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body()).isEqualTo(video);
            HttpResponse<String> captions = client.send(HttpRequest.newBuilder(URI.create(url.replace(".mp4", ".vtt"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(captions.headers().firstValue("Content-Type")).hasValue("text/vtt; charset=utf-8");
        }
    }

    /** Sends the bytes as written and reads until the server closes the connection. */
    private static String rawExchange(int port, String request) throws java.io.IOException {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            s.setSoTimeout(5_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPortInUseIsReported() throws Exception {
        try (PreviewServer first = new PreviewServer(0)) {
            assertThatThrownBy(() -> new PreviewServer(first.port())).isInstanceOf(BindException.class);
        }
    }
}
