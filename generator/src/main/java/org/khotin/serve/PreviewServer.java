package org.khotin.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.khotin.serve.NonBlockingHttpServer.Reply;

/**
 * Serves the last good build from memory on 127.0.0.1 only, with live reload: HTML pages get a small
 * script that listens on {@code /__khotin/events} (server-sent events) and reloads the page when a
 * rebuild changed it, or shows the build's errors over the page when it failed. Paths that try to leave the site
 * ({@code ..}, encoded or not, backslashes, absolute paths) get 404. Only GET and HEAD are answered, by one
 * thread, and a client that does not send its request within the timeout is cut off
 * ({@link NonBlockingHttpServer}).
 */
public final class PreviewServer implements AutoCloseable {
    private static final String LIVE_SCRIPT = "<script src=\"/__khotin/live.js\"></script>";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("gz", "application/gzip"),
            Map.entry("jpg", "image/jpeg"), Map.entry("png", "image/png"), Map.entry("gif", "image/gif"),
            Map.entry("mp4", "video/mp4"), Map.entry("m4v", "video/mp4"), Map.entry("webm", "video/webm"),
            Map.entry("ogv", "video/ogg"), Map.entry("mov", "video/quicktime"), Map.entry("mp3", "audio/mpeg"),
            Map.entry("m4a", "audio/mp4"), Map.entry("aac", "audio/aac"), Map.entry("oga", "audio/ogg"),
            Map.entry("ogg", "audio/ogg"), Map.entry("opus", "audio/ogg"), Map.entry("wav", "audio/wav"),
            Map.entry("flac", "audio/flac"), Map.entry("vtt", "text/vtt; charset=utf-8"));

    /** Beyond this many changed files, open pages are simply all told to reload. */
    private static final int MAX_LISTED_CHANGES = 1000;

    /** How long a client may take to send a request head, or to take an answer's next bytes. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final byte[] liveJs;
    private final NonBlockingHttpServer server;
    private volatile Layers site = Layers.EMPTY;
    private volatile List<String> errors = List.of();

    /** @throws java.net.BindException when the port is taken */
    public PreviewServer(int port) throws IOException {
        this(port, REQUEST_TIMEOUT);
    }

    /** @param requestTimeout see {@link #REQUEST_TIMEOUT} */
    public PreviewServer(int port, Duration requestTimeout) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
            liveJs = in.readAllBytes();
        }
        server = new NonBlockingHttpServer(port, requestTimeout, this::answer);
    }

    public int port() {
        return server.port();
    }

    /**
     * What the preview serves, each layer over the ones below it: the search index, the last full build's
     * pages, and pages made ahead of the next full build. A rebuild replaces one layer and leaves the others
     * as they are, so publishing it costs no copy of the whole site.
     */
    record Layers(Map<String, byte[]> search, Map<String, byte[]> pages, Map<String, byte[]> edits) {
        static final Layers EMPTY = new Layers(Map.of(), Map.of(), Map.of());

        byte[] get(String path) {
            byte[] bytes = edits.get(path);
            if (bytes == null) bytes = pages.get(path);
            return bytes != null ? bytes : search.get(path);
        }
    }

    /**
     * A successful build's pages: serve them beside the last search index published, clear any error
     * overlay, reload the open pages that changed. The map is taken as it is: no one may change it afterwards.
     */
    public synchronized void publish(Map<String, byte[]> pages) {
        replace(new Layers(site.search(), pages, Map.of()));
    }

    /** A new search index, made after the pages: it replaces the last one. Taken as it is, as {@link #publish}. */
    public synchronized void publishSearch(Map<String, byte[]> index) {
        replace(new Layers(index, site.pages(), site.edits()));
    }

    /** Files made ahead of a full build (an edited article's pages): served at once beside the rest of the site. */
    public synchronized void update(Map<String, byte[]> files) {
        Map<String, byte[]> edits = new HashMap<>(site.edits());
        edits.putAll(files);
        replace(new Layers(site.search(), site.pages(), edits));
    }

    private void replace(Layers next) {
        Layers before = site;
        boolean clearsOverlay = !errors.isEmpty();
        site = next;
        errors = List.of();
        List<String> changed = changedFiles(before, next);
        // A page reloads only when it changed itself, so an editor's other tabs stay where they are. A changed
        // style sheet or script, or an overlay to clear, concerns every page; data (search index, feeds) none.
        List<String> pages = changed.stream().filter(f -> f.endsWith(".html")).toList();
        boolean everything = clearsOverlay || pages.size() > MAX_LISTED_CHANGES
                || changed.stream().anyMatch(f -> f.endsWith(".css") || f.endsWith(".js"));
        if (everything) {
            broadcast("reload", "{\"all\":true}");
        } else if (!pages.isEmpty()) {
            broadcast("reload", "{\"pages\":" + json(pages) + "}");
        }
    }

    /**
     * The files added, removed or changed between two versions of the site, sorted. Only a file that a
     * replaced layer holds in another array than before, or holds no more, can have changed.
     */
    static List<String> changedFiles(Layers before, Layers after) {
        Set<String> changed = new TreeSet<>();
        List<List<Map<String, byte[]>>> layers = List.of(List.of(before.search(), after.search()),
                List.of(before.pages(), after.pages()), List.of(before.edits(), after.edits()));
        for (List<Map<String, byte[]>> layer : layers) {
            Map<String, byte[]> was = layer.get(0);
            Map<String, byte[]> is = layer.get(1);
            if (was == is) continue;
            is.forEach((f, bytes) -> {
                if (was.get(f) != bytes && changed(before.get(f), after.get(f))) changed.add(f);
            });
            for (String f : was.keySet()) {
                if (!is.containsKey(f) && changed(before.get(f), after.get(f))) changed.add(f);
            }
        }
        return List.copyOf(changed);
    }

    /** A rebuild hands on the same array for a file it did not make again, so most files compare at once. */
    private static boolean changed(byte[] before, byte[] after) {
        return before != after && (before == null || after == null || !Arrays.equals(before, after));
    }

    /** Whether a build has been published: there is a last good site to keep serving. */
    public boolean servesASite() {
        return site != Layers.EMPTY;
    }

    /** A failed build: keep serving the last good site and show the errors over it. */
    public void fail(List<String> messages) {
        errors = List.copyOf(messages);
        broadcast("errors", json(errors));
    }

    /** The answer to a GET (or HEAD) of a request target. */
    private Reply answer(String target) {
        int query = target.indexOf('?');
        String rawPath = query < 0 ? target : target.substring(0, query);
        if (rawPath.equals("/__khotin/events")) {
            String opening = event("hello", "{}") + (errors.isEmpty() ? "" : event("errors", json(errors)));
            return Reply.eventStream(opening.getBytes(StandardCharsets.UTF_8));
        }
        if (rawPath.equals("/__khotin/live.js")) return Reply.of(200, "text/javascript; charset=utf-8", liveJs);
        String path = sitePath(rawPath);
        byte[] body = path.isEmpty() ? null : site.get(path);
        // a folder asked for without its final slash: its page's relative links would miss by a folder
        if (body == null && !path.isEmpty() && !path.endsWith(".html") && site.get(path + "/index.html") != null) {
            return Reply.movedTo(rawPath + "/" + (query < 0 ? "" : target.substring(query)));
        }
        int status = 200;
        if (body == null) {
            status = 404;
            path = "404.html";
            body = site.get("404.html");
            if (body == null) body = "<!DOCTYPE html><title>404</title><p>Not found".getBytes(StandardCharsets.UTF_8);
        }
        String ext = path.substring(path.lastIndexOf('.') + 1);
        if (ext.equals("html")) body = withLiveReload(body);
        return Reply.of(status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }

    /** The site-relative file a request asks for, or "" when it tries to leave the site. */
    static String sitePath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.startsWith("//")) return "";
        String decoded;
        try {
            decoded = URI.create("http://x" + rawPath).getPath();
        } catch (IllegalArgumentException e) {
            return "";
        }
        if (decoded.contains("\\") || decoded.contains("\0")) return "";
        for (String segment : decoded.split("/")) {
            if (segment.equals("..") || segment.equals(".")) return "";
        }
        String path = decoded.substring(1);
        if (path.isEmpty() || path.endsWith("/")) path += "index.html";
        return path;
    }

    private byte[] withLiveReload(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        page = end < 0 ? page + LIVE_SCRIPT : page.substring(0, end) + LIVE_SCRIPT + page.substring(end);
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private void broadcast(String event, String data) {
        server.sendEvent(event(event, data).getBytes(StandardCharsets.UTF_8));
    }

    private static String event(String event, String data) {
        return "event: " + event + "\ndata: " + data + "\n\n";
    }

    private static String json(List<String> lines) {
        try {
            return new ObjectMapper().writeValueAsString(lines);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
