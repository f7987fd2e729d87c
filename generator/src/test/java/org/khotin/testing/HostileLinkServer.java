package org.khotin.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on 127.0.0.1 that answers external-link checks the ways careless or hostile sites do: redirect
 * loops, endless redirects, redirects to {@code file:}, {@code javascript:} and cloud metadata addresses, HEAD
 * refused and then a stalled GET. Every request is recorded; closing it interrupts the stalled answers.
 */
public final class HostileLinkServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "hostile-link-server");
        t.setDaemon(true);
        return t;
    });
    private final List<String> requests = new ArrayList<>();

    public HostileLinkServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    /** {@code http://127.0.0.1:port} followed by the path. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** "METHOD /path?query" of every request so far. */
    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        synchronized (this) {
            requests.add(method + " " + path + (query == null ? "" : "?" + query));
        }
        try (exchange) {
            switch (path) {
                case "/ok" -> exchange.sendResponseHeaders(200, -1);
                case "/gone" -> exchange.sendResponseHeaders(404, -1);
                case "/loop-a" -> redirect(exchange, "/loop-b");
                case "/loop-b" -> redirect(exchange, url("/loop-a"));
                case "/endless" -> redirect(exchange, "/endless?" + (query == null ? 1 : Integer.parseInt(query) + 1));
                case "/to-ok" -> redirect(exchange, "ok");
                case "/to-file" -> redirect(exchange, "file:///etc/passwd");
                case "/to-ftp" -> redirect(exchange, "ftp://127.0.0.1/x");
                case "/to-javascript" -> redirect(exchange, "javascript:alert(1)");
                case "/to-metadata" -> redirect(exchange, "http://169.254.169.254/latest/meta-data/");
                case "/head-refused-body-stalls" -> {
                    if (method.equals("HEAD")) {
                        exchange.sendResponseHeaders(405, -1);
                    } else {
                        exchange.sendResponseHeaders(200, 1_000_000);
                        OutputStream body = exchange.getResponseBody();
                        body.write("<!DOCTYPE html><p>".getBytes());
                        body.flush();
                        stall();
                    }
                }
                case "/head-refused-headers-stall" -> {
                    if (method.equals("HEAD")) {
                        exchange.sendResponseHeaders(405, -1);
                    } else {
                        stall();
                    }
                }
                default -> exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void stall() {
        try {
            Thread.sleep(600_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
        server.stop(0);
    }
}
