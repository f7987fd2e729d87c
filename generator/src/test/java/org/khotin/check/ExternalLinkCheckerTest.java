package org.khotin.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.khotin.diag.Problem;
import org.khotin.testing.HostileLinkServer;

/** {@code check --external} against a server on 127.0.0.1 that misbehaves. */
class ExternalLinkCheckerTest {
    /** Private addresses refused, except the test server's own. */
    private static final Predicate<InetAddress> PUBLIC_AND_TEST_SERVER =
            a -> a.getHostAddress().equals("127.0.0.1") || !ExternalLinkChecker.isPrivate(a);

    private static String report(List<Problem> problems) {
        return problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
    }

    @Test
    @Timeout(60)
    void redirectLoopsEndlessRedirectsAndOtherSchemesAreReported() {
        try (HostileLinkServer server = new HostileLinkServer()) {
            List<Problem> problems = new ExternalLinkChecker(Duration.ofSeconds(10), PUBLIC_AND_TEST_SERVER).check(List.of(
                    server.url("/ok"), server.url("/to-ok"), server.url("/gone"), server.url("/loop-a"), server.url("/endless"),
                    server.url("/to-file"), server.url("/to-ftp"), server.url("/to-javascript")));
            String report = report(problems);
            assertThat(problems).allMatch(Problem::isError).hasSize(6);
            assertThat(report).doesNotContain(server.url("/ok:")).doesNotContain(server.url("/to-ok:"))
                    .contains(server.url("/gone") + ": error: external link failed: HTTP 404")
                    .contains(server.url("/loop-a") + ": error: external link failed: redirect loop: " + server.url("/loop-a")
                            + " → " + server.url("/loop-b") + " → " + server.url("/loop-a"))
                    .contains(server.url("/endless") + ": error: external link failed: more than 10 redirects")
                    .contains(server.url("/to-file") + ": error: external link failed: redirects to a non-HTTP(S) address: file:///etc/passwd")
                    .contains(server.url("/to-ftp") + ": error: external link failed: redirects to a non-HTTP(S) address: ftp://127.0.0.1/x")
                    .contains(server.url("/to-javascript") + ": error: external link failed: redirects to a non-HTTP(S) address: javascript:alert(1)");
            assertThat(server.requests()).filteredOn(r -> r.startsWith("HEAD /endless")).hasSize(11);
        }
    }

    @Test
    @Timeout(60)
    void aRedirectIntoAPrivateNetworkIsNotFollowedAndAPrivateLinkNotRequested() {
        try (HostileLinkServer server = new HostileLinkServer()) {
            List<Problem> followed = new ExternalLinkChecker(Duration.ofSeconds(10), PUBLIC_AND_TEST_SERVER)
                    .check(List.of(server.url("/to-metadata")));
            assertThat(report(followed)).isEqualTo(server.url("/to-metadata")
                    + ": error: external link redirects to a private address, not followed: http://169.254.169.254/latest/meta-data/"
                    + " (169.254.169.254)\n  hint: link to a public page instead; 'check --external --allow-private' follows it");

            List<Problem> skipped = new ExternalLinkChecker(Duration.ofSeconds(10), ExternalLinkChecker.PUBLIC_ADDRESSES)
                    .check(List.of(server.url("/ok")));
            assertThat(report(skipped)).isEqualTo(server.url("/ok")
                    + ": warning: external link not requested: its host has a private address (127.0.0.1)\n"
                    + "  hint: readers elsewhere cannot reach it; 'check --external --allow-private' requests it anyway");
            assertThat(server.requests()).containsExactly("HEAD /to-metadata");
        }
    }

    @Test
    @Timeout(60)
    void oneDeadlineCoversEveryRequestOfALinkAndNoBodyIsWaitedFor() {
        try (HostileLinkServer server = new HostileLinkServer()) {
            long start = System.nanoTime();
            List<Problem> problems = new ExternalLinkChecker(Duration.ofSeconds(2), ExternalLinkChecker.ANY_ADDRESS)
                    .check(List.of(server.url("/head-refused-body-stalls"), server.url("/head-refused-headers-stall")));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            // the stalled body does not matter: the answer was 200; the stalled headers fail at the deadline
            assertThat(report(problems)).isEqualTo(server.url("/head-refused-headers-stall")
                    + ": error: external link failed: no answer within 2 s\n  hint: update or remove the link");
            assertThat(took).isLessThan(Duration.ofSeconds(8));
            assertThat(server.requests()).contains("HEAD /head-refused-body-stalls", "GET /head-refused-body-stalls",
                    "HEAD /head-refused-headers-stall", "GET /head-refused-headers-stall");
        }
    }

    @Test
    void privateAddressesAreThoseReadersElsewhereCannotReach() throws UnknownHostException {
        for (String a : List.of("127.0.0.1", "127.8.8.8", "::1", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
                "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.255.255", "fe80::1", "fd00:ec2::254", "fc00::1",
                "::ffff:127.0.0.1", "::ffff:10.0.0.1", "224.0.0.1", "ff02::1", "0.1.2.3")) {
            assertThat(ExternalLinkChecker.isPrivate(InetAddress.getByName(a))).as(a).isTrue();
        }
        for (String a : List.of("8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "100.63.255.255", "14.225.0.1",
                "2001:4860:4860::8888", "2402:800::1")) {
            assertThat(ExternalLinkChecker.isPrivate(InetAddress.getByName(a))).as(a).isFalse();
        }
    }
}
