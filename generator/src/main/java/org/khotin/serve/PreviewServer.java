package org.khotin.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Serves the last good build from memory on 127.0.0.1 only, with live reload: HTML pages get a small
 * script that listens on {@code /__khotin/events} (server-sent events) and reloads the page when a
 * rebuild changed it, or shows the build's errors over the page when it failed. Paths that try to leave the site
 * ({@code ..}, encoded or not, backslashes, absolute paths) get 404.
 */
public final class PreviewServer implements AutoCloseable {
    private static final String LIVE_SCRIPT = "<script src=\"/__khotin/live.js\"></script>";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "xml", "application/xml; charset=utf-8",
            "svg", "image/svg+xml", "json", "application/json; charset=utf-8", "txt", "text/plain; charset=utf-8");

    /** Beyond this many changed files, open pages are simply all told to reload. */
    private static final int MAX_LISTED_CHANGES = 1000;

    private final HttpServer server;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final byte[] liveJs;
    private volatile Map<String, byte[]> site = Map.of();
    private volatile List<String> errors = List.of();

    /** @throws java.net.BindException when the port is taken */
    public PreviewServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "khotin-serve");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
            liveJs = in.readAllBytes();
        }
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A successful build: serve it, clear any error overlay, reload the open pages that changed. */
    public synchronized void publish(Map<String, byte[]> files) {
        replace(Map.copyOf(files));
    }

    /** Pages made ahead of a full build (an edited article): served at once beside the rest of the site. */
    public synchronized void update(Map<String, byte[]> pages) {
        Map<String, byte[]> next = new HashMap<>(site);
        next.putAll(pages);
        replace(Map.copyOf(next));
    }

    private void replace(Map<String, byte[]> next) {
        Map<String, byte[]> before = site;
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

    static List<String> changedFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
        java.util.Set<String> all = new java.util.TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        List<String> changed = new ArrayList<>();
        for (String f : all) {
            byte[] a = before.get(f);
            byte[] b = after.get(f);
            if (a != b && (a == null || b == null || !Arrays.equals(a, b))) changed.add(f);
        }
        return changed;
    }

    /** A failed build: keep serving the last good site and show the errors over it. */
    public void fail(List<String> messages) {
        errors = List.copyOf(messages);
        broadcast("errors", json(errors));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath.equals("/__khotin/events")) {
                events(exchange);
                return;
            }
            if (rawPath.equals("/__khotin/live.js")) {
                send(exchange, 200, "text/javascript; charset=utf-8", liveJs);
                return;
            }
            String path = sitePath(rawPath);
            byte[] body = path.isEmpty() ? null : site.get(path);
            if (body == null && !path.isEmpty() && !path.endsWith(".html")) body = site.get(path + "/index.html");
            int status = 200;
            if (body == null) {
                status = 404;
                path = "404.html";
                body = site.getOrDefault("404.html", "<!DOCTYPE html><title>404</title><p>Not found".getBytes(StandardCharsets.UTF_8));
            }
            String ext = path.substring(path.lastIndexOf('.') + 1);
            if (ext.equals("html")) body = withLiveReload(body);
            send(exchange, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
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

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        listeners.add(out);
        try {
            write(out, "hello", "{}");
            if (!errors.isEmpty()) write(out, "errors", json(errors));
            while (listeners.contains(out)) {
                Thread.sleep(15_000);
                write(out, "ping", "{}");
            }
        } catch (IOException | InterruptedException e) {
            listeners.remove(out);
        }
    }

    private void broadcast(String event, String data) {
        for (OutputStream out : listeners) {
            try {
                write(out, event, data);
            } catch (IOException e) {
                listeners.remove(out);
            }
        }
    }

    private static void write(OutputStream out, String event, String data) throws IOException {
        synchronized (out) {
            out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static String json(List<String> lines) {
        try {
            return new ObjectMapper().writeValueAsString(lines);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        listeners.clear();
        server.stop(0);
    }
}
