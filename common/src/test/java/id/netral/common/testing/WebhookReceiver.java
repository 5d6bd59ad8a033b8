package id.netral.common.testing;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A portal's webhook endpoint, for real, on 127.0.0.1: it verifies every request's signature with
 * the Standard Webhooks library and the secret it was given, answers with the scripted statuses
 * (then 200), and keeps what it received.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    public record Received(String id, String timestamp, String signature, String body, boolean verified, int answered) {
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService workers = Executors.newFixedThreadPool(8, runnable -> {
        Thread thread = new Thread(runnable, "webhook-receiver");
        thread.setDaemon(true);
        return thread;
    });
    private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger fallback = new AtomicInteger(200);
    private volatile String secret;
    /** How long each request takes to answer (a receiver that is slow, or far away). */
    private volatile java.time.Duration latency = java.time.Duration.ZERO;

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.setExecutor(workers);
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, List<String>> headers = exchange.getRequestHeaders();
            boolean verified;
            try {
                new Webhook(secret).verify(body, lowerCase(headers));
                verified = true;
            } catch (Exception e) {
                verified = false;
            }
            if (!latency.isZero()) {
                java.util.concurrent.locks.LockSupport.parkNanos(latency.toNanos());
            }
            Integer scripted = script.poll();
            int status = scripted != null ? scripted : fallback.get();
            received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body, verified, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public static WebhookReceiver start() {
        try {
            return new WebhookReceiver();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> lowerCase(Map<String, List<String>> headers) {
        Map<String, List<String>> lower = new java.util.HashMap<>();
        headers.forEach((name, values) -> lower.put(name.toLowerCase(java.util.Locale.ROOT), values));
        return lower;
    }

    /** The secret signatures are checked against (the one the subscription answered with). */
    public WebhookReceiver verifyWith(String secret) {
        this.secret = secret;
        return this;
    }

    /** The next requests are answered with these statuses, in order; after them, with the fallback. */
    public WebhookReceiver answer(int... statuses) {
        for (int status : statuses) {
            script.add(status);
        }
        return this;
    }

    /** Each request is answered after this long (eight at a time), as a slow receiver would. */
    public WebhookReceiver slowly(java.time.Duration latency) {
        this.latency = latency;
        return this;
    }

    /** What every request beyond the script gets. */
    public WebhookReceiver otherwise(int status) {
        fallback.set(status);
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
