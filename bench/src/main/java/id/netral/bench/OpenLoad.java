package id.netral.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Load at a fixed rate, for figures whose goal is a latency: requests are due on a schedule
 * (rate per second, spread over a fixed number of connections), and each latency counts from when
 * the request was due, not from when a free connection sent it. A closed loop (wrk without -R,
 * which Debian's wrk lacks; wrk2 is not packaged) waits for a slow answer before it sends the next
 * request, so the requests that would have queued behind it are never measured: coordinated
 * omission, which hides exactly the stalls a p99 is meant to show.
 */
final class OpenLoad {
    private OpenLoad() {
    }

    /** Latencies at a fixed rate: percentiles in ms, and how many requests were sent. */
    record Latencies(double rate, int connections, double p50Millis, double p99Millis, double maxMillis, long requests) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f req/s over %d connections: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%,d requests, "
                    + "latency from when each was due)", rate, connections, p50Millis, p99Millis, maxMillis, requests);
        }
    }

    /**
     * Sends {@code rate} requests per second for {@code seconds} on {@code connections} threads, each
     * with its own connection, the n-th request due at start + n / rate; fails on an answer other than 200.
     */
    static Latencies run(IntFunction<HttpRequest> request, double rate, int connections, int seconds) throws Exception {
        long start = System.nanoTime() + Duration.ofMillis(100).toNanos();
        long interval = (long) (1e9 / rate);
        long total = (long) (rate * seconds);
        AtomicLong next = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        List<Future<long[]>> results = new ArrayList<>();
        try {
            for (int t = 0; t < connections; t++) {
                results.add(threads.submit(() -> {
                    // one client per thread: one connection each, as wrk's -c
                    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    long[] latencies = new long[(int) total];
                    int count = 0;
                    for (long n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                        long due = start + n * interval;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        HttpResponse<Void> response = client.send(request.apply((int) n), HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
                        }
                        latencies[count++] = System.nanoTime() - due;
                    }
                    return java.util.Arrays.copyOf(latencies, count);
                }));
            }
            long[] all = results.stream().flatMapToLong(f -> {
                try {
                    return java.util.Arrays.stream(f.get());
                } catch (Exception e) {
                    throw new IllegalStateException("open-loop load failed", e);
                }
            }).sorted().toArray();
            return new Latencies(rate, connections, millis(all, 0.50), millis(all, 0.99), all[all.length - 1] / 1e6, all.length);
        } finally {
            threads.shutdownNow();
        }
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /** A request built for the n-th slot: GET of the URL with the bearer token. */
    static IntFunction<HttpRequest> get(IntFunction<String> url, String bearer) {
        return n -> HttpRequest.newBuilder(URI.create(url.apply(n))).header("Authorization", bearer).timeout(Duration.ofSeconds(30)).build();
    }
}
