package id.netral.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>
 * The requests go out on bare keep-alive HTTP/1.1 connections ({@link Connection}), not through
 * Java's HttpClient: on this machine's two cores the client shares the CPU with the service and its
 * PostgreSQL, and HttpClient spent 1.6-2.0 ms of CPU on a name search's answer, more than
 * roster-service itself, against 0.2-0.3 ms for these connections and 0.05 for wrk (bench/HISTORY.md,
 * 2026-12-07): half a core at the rates measured, taken from what is measured.
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

    /** The n-th request: a GET of {@code url.apply(n)} (all on one host and port) with the bearer token. */
    record Get(IntFunction<String> url, String bearer) {
    }

    /**
     * Sends {@code rate} requests per second for {@code seconds} on {@code connections} threads, each
     * with its own connection, the n-th request due at start + n / rate; fails on an answer other than 200.
     */
    static Latencies run(Get get, double rate, int connections, int seconds) throws Exception {
        long start = System.nanoTime() + Duration.ofMillis(100).toNanos();
        long interval = (long) (1e9 / rate);
        long total = (long) (rate * seconds);
        AtomicLong next = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        List<Future<long[]>> results = new ArrayList<>();
        try {
            for (int t = 0; t < connections; t++) {
                results.add(threads.submit(() -> {
                    long[] latencies = new long[(int) total];
                    int count = 0;
                    try (Connection connection = new Connection(URI.create(get.url().apply(0)))) {
                        for (long n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                            long due = start + n * interval;
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                            URI uri = URI.create(get.url().apply((int) n));
                            int status = connection.get(uri, get.bearer());
                            if (status != 200) {
                                throw new IllegalStateException(uri + " answered " + status);
                            }
                            latencies[count++] = System.nanoTime() - due;
                        }
                    }
                    return Arrays.copyOf(latencies, count);
                }));
            }
            long[] all = results.stream().flatMapToLong(f -> {
                try {
                    return Arrays.stream(f.get());
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

    /** GETs of the URL with the bearer token. */
    static Get get(IntFunction<String> url, String bearer) {
        return new Get(url, bearer);
    }

    /**
     * One keep-alive HTTP/1.1 connection and as much of the protocol as a GET's answer needs: the
     * status, then the body skipped by its Content-Length or its chunks, so that the next request can go.
     */
    static final class Connection implements Closeable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final String host;

        Connection(URI uri) throws IOException {
            socket = new Socket(uri.getHost(), uri.getPort());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            out = new BufferedOutputStream(socket.getOutputStream());
            host = uri.getHost() + ":" + uri.getPort();
        }

        /** Sends the GET, reads the answer to its end, and gives its status. */
        int get(URI uri, String bearer) throws IOException {
            String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + bearer + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            int status = Integer.parseInt(line().substring(9, 12));
            long length = 0;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String name = header.substring(0, Math.max(0, header.indexOf(':'))).strip().toLowerCase(Locale.ROOT);
                String value = header.substring(header.indexOf(':') + 1).strip();
                if (name.equals("content-length")) {
                    length = Long.parseLong(value);
                } else if (name.equals("transfer-encoding")) {
                    chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                }
            }
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers, if any, up to the empty line that ends the answer
                }
            } else {
                skip(length);
            }
            return status;
        }

        private long chunkSize() throws IOException {
            String line = line();
            int extension = line.indexOf(';');
            return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).strip(), 16);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("the server closed the connection mid-answer");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped > 0) {
                    left -= skipped;
                } else if (in.read() < 0) {
                    throw new EOFException("the server closed the connection mid-answer");
                } else {
                    left--;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
