package org.khotin.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.khotin.diag.Problem;
import org.khotin.diag.SourcePos;

/**
 * Asks each external URL once (HEAD, then GET if HEAD is refused), a few at a time. Each link has one deadline
 * for everything it takes: name lookups, connections, redirects and the status line and headers of every answer
 * (a body is never read, so a server that stalls one cannot hold the check). Redirects are followed here, one by
 * one, so that loops, redirects to other schemes ({@code file:}, {@code ftp:}, {@code javascript:}) and redirects
 * into private networks (loopback, link-local such as cloud metadata, site-local) are reported instead of
 * followed. A private address is judged by the name lookup made before each request; the HTTP client looks the
 * name up again, so a name that changes its address in between is not caught.
 */
public final class ExternalLinkChecker {
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);
    static final int MAX_REDIRECTS = 10;
    private static final int PARALLEL_REQUESTS = 8;

    /** Every address but loopback, link-local, site-local, unique-local, shared (carrier-grade NAT) and multicast. */
    public static final Predicate<InetAddress> PUBLIC_ADDRESSES = a -> !isPrivate(a);
    public static final Predicate<InetAddress> ANY_ADDRESS = a -> true;

    private final HttpClient client;
    private final Duration deadline;
    private final Predicate<InetAddress> mayRequest;

    /**
     * @param deadline   the most time one link may take, redirects included
     * @param mayRequest the addresses requests may go to; a link whose host has any other is not requested (a
     *                   warning), a redirect to one is not followed (an error)
     */
    public ExternalLinkChecker(Duration deadline, Predicate<InetAddress> mayRequest) {
        this.deadline = deadline;
        this.mayRequest = mayRequest;
        this.client = HttpClient.newBuilder().connectTimeout(deadline).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** A problem for every link that failed (errors) or was not requested (warnings), positioned at the URL. */
    public List<Problem> check(List<String> urls) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_REQUESTS, daemons("khotin-link"));
        ExecutorService lookups = Executors.newCachedThreadPool(daemons("khotin-lookup"));
        try {
            List<Future<Optional<Problem>>> results = new ArrayList<>();
            for (String url : urls) results.add(pool.submit(() -> probe(url, lookups)));
            List<Problem> problems = new ArrayList<>();
            for (int i = 0; i < urls.size(); i++) {
                try {
                    results.get(i).get().ifPresent(problems::add);
                } catch (ExecutionException e) {
                    problems.add(failed(urls.get(i), e.getCause().toString()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    problems.add(failed(urls.get(i), "interrupted"));
                }
            }
            return problems.stream().sorted().toList();
        } finally {
            pool.shutdownNow();
            lookups.shutdownNow();
        }
    }

    private static ThreadFactory daemons(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** One link, with its redirects, within the deadline. */
    private Optional<Problem> probe(String url, ExecutorService lookups) {
        long end = System.nanoTime() + deadline.toNanos();
        URI uri;
        try {
            uri = withoutFragment(URI.create(url));
        } catch (IllegalArgumentException e) {
            return Optional.of(failed(url, "not a valid URL"));
        }
        List<URI> visited = new ArrayList<>();
        try {
            while (true) {
                boolean redirected = !visited.isEmpty();
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    return Optional.of(failed(url, redirected ? "redirects to a non-HTTP(S) address: " + uri : "not an HTTP(S) address"));
                }
                if (visited.contains(uri)) {
                    return Optional.of(failed(url, "redirect loop: " + chain(visited) + " → " + uri));
                }
                visited.add(uri);
                if (visited.size() > MAX_REDIRECTS + 1) {
                    return Optional.of(failed(url, "more than " + MAX_REDIRECTS + " redirects: " + chain(visited)));
                }
                if (uri.getHost() == null) return Optional.of(failed(url, "no host in " + uri));
                List<InetAddress> refused = refusedAddresses(uri.getHost(), lookups, end);
                if (!refused.isEmpty()) {
                    String addresses = refused.stream().map(InetAddress::getHostAddress).collect(Collectors.joining(", "));
                    if (!redirected) {
                        return Optional.of(Problem.warning(SourcePos.file(url), "external link not requested: its host has a private address ("
                                + addresses + ")", "readers elsewhere cannot reach it; 'check --external --allow-private' requests it anyway"));
                    }
                    return Optional.of(Problem.error(SourcePos.file(url), "external link redirects to a private address, not followed: "
                            + uri + " (" + addresses + ")", "link to a public page instead; 'check --external --allow-private' follows it"));
                }
                HttpResponse<InputStream> answer = send(uri, "HEAD", end);
                int status = answer.statusCode();
                if (status == 405 || status == 403 || status == 501) {
                    answer = send(uri, "GET", end);
                    status = answer.statusCode();
                }
                Optional<String> location = answer.headers().firstValue("Location");
                if (isRedirect(status) && location.isPresent()) {
                    uri = withoutFragment(uri.resolve(location.get().strip()));
                    continue;
                }
                if (status >= 300 && status < 400 && status != 304) {
                    return Optional.of(failed(url, "HTTP " + status + " without a Location to go to"));
                }
                if (status >= 400) {
                    return Optional.of(failed(url, "HTTP " + status + (redirected ? " at " + uri : "")));
                }
                return Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            return Optional.of(failed(url, "redirects to an invalid address after " + chain(visited) + ": " + e.getMessage()));
        } catch (TimeoutException e) {
            return Optional.of(failed(url, "no answer within " + deadline.toSeconds() + " s"
                    + (visited.size() > 1 ? " (after redirects: " + chain(visited) + ")" : "")));
        } catch (UnknownHostException e) {
            return Optional.of(failed(url, "unknown host " + e.getMessage()));
        } catch (IOException e) {
            return Optional.of(failed(url, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(failed(url, "interrupted"));
        }
    }

    private static Problem failed(String url, String why) {
        return Problem.error(SourcePos.file(url), "external link failed: " + why, "update or remove the link");
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) return uri.normalize();
        String s = uri.toString();
        return URI.create(s.substring(0, s.indexOf('#'))).normalize();
    }

    private static String chain(List<URI> uris) {
        return uris.stream().map(URI::toString).collect(Collectors.joining(" → "));
    }

    /** The addresses of the host that requests may not go to; a lookup gets what is left of the deadline. */
    private List<InetAddress> refusedAddresses(String host, ExecutorService lookups, long end)
            throws UnknownHostException, TimeoutException, InterruptedException {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return InetAddress.getAllByName(name);
            } catch (UnknownHostException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, lookups);
        try {
            InetAddress[] all = lookup.get(remaining(end), TimeUnit.NANOSECONDS);
            return Arrays.stream(all).filter(mayRequest.negate()).toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownHostException unknown) throw unknown;
            throw new UnknownHostException(name + ": " + e.getCause());
        }
    }

    /** The status line and headers of one request, within what is left of the deadline; the body is not read. */
    private HttpResponse<InputStream> send(URI uri, String method, long end)
            throws IOException, TimeoutException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(Math.max(remaining(end), 1)))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "khotin-check").build();
        CompletableFuture<HttpResponse<InputStream>> answer = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        try {
            HttpResponse<InputStream> response = answer.get(remaining(end), TimeUnit.NANOSECONDS);
            response.body().close();
            return response;
        } catch (TimeoutException | InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof java.net.http.HttpTimeoutException) throw new TimeoutException();
            if (e.getCause() instanceof IOException io) throw io;
            throw new IOException(e.getCause());
        }
    }

    private static long remaining(long end) throws TimeoutException {
        long left = end - System.nanoTime();
        if (left <= 0) throw new TimeoutException();
        return left;
    }

    /**
     * Whether an address is one readers elsewhere cannot reach, or one a check should not send requests to:
     * loopback, unspecified, link-local (169.254/16, where cloud machines answer metadata requests; fe80::/10),
     * site-local (10/8, 172.16/12, 192.168/16), unique-local (fc00::/7), shared (100.64/10), multicast.
     */
    public static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second < 128;
        }
        if (a instanceof Inet6Address) return (b[0] & 0xfe) == 0xfc;
        return false;
    }
}
