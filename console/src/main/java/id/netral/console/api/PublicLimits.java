package id.netral.console.api;

import id.netral.console.client.ApiProblem;
import id.netral.console.config.ConsoleConfig;
import id.netral.console.domain.RateLimit;
import id.netral.console.domain.Texts;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The limits on what anyone may do without signing in (netral.console.public-limits.*), per client
 * address. Behind the cluster's Gateway the connection comes from the Gateway, which appends the
 * address it saw to X-Forwarded-For; with {@code netral.console.trusted-proxy-hops} proxies in front,
 * the address read is that many entries from the right, so what a client writes into the header
 * itself (to the left) is never believed. Signed-in officers are not limited here.
 */
@ApplicationScoped
public class PublicLimits {

    /** What a stranger does. */
    public enum Use { REPORT, TRACKING, CHECKS }

    private final Map<Use, RateLimit> limits = new EnumMap<>(Use.class);
    private final int hops;

    @Inject
    PublicLimits(ConsoleConfig config) {
        ConsoleConfig.PublicLimits c = config.publicLimits();
        hops = config.trustedProxyHops();
        limits.put(Use.REPORT, new RateLimit(c.reports(), c.reportEvery(), c.maxAddresses()));
        limits.put(Use.TRACKING, new RateLimit(c.trackings(), c.trackingEvery(), c.maxAddresses()));
        limits.put(Use.CHECKS, new RateLimit(c.checks(), c.checkEvery(), c.maxAddresses()));
    }

    /** One use by the request's client: empty when allowed, else how long until it would be. */
    public Optional<Duration> take(Use use, HttpServerRequest request) {
        var peer = request.remoteAddress();
        String address = clientAddress(peer == null ? "unknown" : peer.hostAddress(), request.headers().getAll("X-Forwarded-For"), hops);
        return limits.get(use).take(address, System.nanoTime());
    }

    /**
     * Who the client is: with no proxy trusted, the connection's peer; with {@code hops}, the entry of
     * X-Forwarded-For (all its headers in order, comma-separated) that the farthest trusted proxy
     * appended. Fewer entries than hops: the request did not come through them, the peer is used.
     */
    static String clientAddress(String peer, List<String> forwardedFor, int hops) {
        if (hops <= 0 || forwardedFor == null || forwardedFor.isEmpty()) {
            return peer;
        }
        List<String> entries = forwardedFor.stream().flatMap(h -> java.util.Arrays.stream(h.split(","))).map(String::strip)
                .filter(e -> !e.isEmpty()).toList();
        return entries.size() < hops ? peer : entries.get(entries.size() - hops);
    }

    /** The page's problem for a refused use, with when to try again (whole seconds, rounded up). */
    static ApiProblem tooMany(Texts texts, Duration wait) {
        return new ApiProblem(429, texts.get("tooManyRequests").toString(), texts.format("tooManyRequestsDetail", String.valueOf(seconds(wait))), List.of());
    }

    /** The Retry-After header's value. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
