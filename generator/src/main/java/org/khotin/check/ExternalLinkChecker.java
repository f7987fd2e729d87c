package org.khotin.check;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Asks each external URL once (HEAD, then GET if HEAD is refused), a few at a time, with a timeout. */
public final class ExternalLinkChecker {
    private final HttpClient client;
    private final Duration timeout;

    public ExternalLinkChecker(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** URL → why it failed; links that answered 2xx/3xx are left out. */
    public Map<String, String> failures(List<String> urls) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String url : urls) results.add(pool.submit(() -> probe(url)));
            Map<String, String> failures = new TreeMap<>();
            for (int i = 0; i < urls.size(); i++) {
                try {
                    String why = results.get(i).get();
                    if (!why.isEmpty()) failures.put(urls.get(i), why);
                } catch (Exception e) {
                    failures.put(urls.get(i), e.toString());
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    private String probe(String url) {
        try {
            URI uri = URI.create(url);
            int status = send(uri, "HEAD");
            if (status == 405 || status == 403 || status == 501) status = send(uri, "GET");
            return status < 400 ? "" : "HTTP " + status;
        } catch (IllegalArgumentException e) {
            return "not a valid URL";
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private int send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "khotin-check").build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
