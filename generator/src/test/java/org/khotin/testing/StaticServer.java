package org.khotin.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Serves a built site from 127.0.0.1 under a path prefix (such as {@code /archive/}), the way a static
 * host does: folders answer with their index.html, missing files with 404.html and status 404.
 * Remembers every request that failed, so tests can assert that nothing was missing.
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "xml", "application/xml; charset=utf-8",
            "svg", "image/svg+xml", "json", "application/json", "txt", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final Path root;
    private final String prefix;
    private final List<String> failures = new ArrayList<>();

    public StaticServer(Path root, String prefix) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.prefix = prefix;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The site's address, ending in '/': {@code http://127.0.0.1:PORT/archive/}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    public synchronized void clearFailures() {
        failures.clear();
    }

    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
        Path file = null;
        if (path.startsWith(prefix) && !path.contains("..")) {
            Path candidate = root.resolve(path.substring(prefix.length())).normalize();
            if (candidate.startsWith(root)) {
                if (Files.isDirectory(candidate)) candidate = candidate.resolve("index.html");
                if (Files.isRegularFile(candidate)) file = candidate;
            }
        }
        int status = 200;
        if (file == null) {
            synchronized (this) {
                failures.add(path);
            }
            status = 404;
            file = root.resolve("404.html");
        }
        byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
