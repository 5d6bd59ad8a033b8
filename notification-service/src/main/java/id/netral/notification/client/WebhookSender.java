package id.netral.notification.client;

import id.netral.common.error.Failures;
import id.netral.common.error.InvalidValueException;
import id.netral.notification.config.NotificationConfig;
import id.netral.notification.domain.Dispatch;
import id.netral.notification.domain.WebhookSignature;
import id.netral.notification.domain.WebhookUrl;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends one webhook the Standard Webhooks way: body {@code {"type","timestamp","data"}}, headers
 * {@code webhook-id} (the event's id, the same on every retry and replay, so receivers can drop
 * repeats), {@code webhook-timestamp} (this attempt, Unix seconds) and {@code webhook-signature}.
 * The target's addresses are checked again right before sending, so a name that now resolves into
 * a private network is refused. Never throws: every outcome becomes a {@link Dispatch.Result}.
 */
@ApplicationScoped
public class WebhookSender {
    static final String USER_AGENT = "Netral-Webhooks/1";

    @Inject
    NotificationConfig config;

    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "webhook-sender");
        thread.setDaemon(true);
        return thread;
    });
    private volatile HttpClient http;

    public CompletableFuture<Dispatch.Result> send(Dispatch.Due due) {
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);
        long t0 = System.nanoTime();
        return CompletableFuture.supplyAsync(() -> request(due, started), executor)
                .thenCompose(request -> client().sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .handle((response, failure) -> {
                    int latency = (int) ((System.nanoTime() - t0) / 1_000_000);
                    if (failure == null) {
                        boolean ok = response.statusCode() >= 200 && response.statusCode() < 300;
                        return new Dispatch.Result(due, started, response.statusCode(), latency, ok ? null : "HTTP " + response.statusCode());
                    }
                    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                    String error = cause instanceof InvalidValueException invalid ? invalid.reason().english()
                            : Failures.describe(cause);
                    return new Dispatch.Result(due, started, null, latency, error);
                });
    }

    private HttpRequest request(Dispatch.Due due, OffsetDateTime now) {
        WebhookUrl url = WebhookUrl.stored(due.url());
        try {
            url.checkAddresses(url.resolve(), config.webhooks().allowLoopbackHttp());
        } catch (java.net.UnknownHostException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
        String body = "{\"type\":\"" + due.type() + "\",\"timestamp\":\"" + DateTimeFormatter.ISO_INSTANT.format(due.occurredAt())
                + "\",\"data\":" + due.data() + "}";
        long timestamp = now.toEpochSecond();
        return HttpRequest.newBuilder(url.uri()).timeout(config.webhooks().timeout())
                .header("content-type", "application/json")
                .header("user-agent", USER_AGENT)
                .header("webhook-id", due.eventId().toString())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(due.eventId().toString(), timestamp, body, due.secrets()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpClient client() {
        if (http == null) {
            synchronized (this) {
                if (http == null) {
                    // no redirects: a 3xx could point a delivery into a private network after the address check
                    http = HttpClient.newBuilder().connectTimeout(config.webhooks().timeout()).followRedirects(HttpClient.Redirect.NEVER)
                            .version(HttpClient.Version.HTTP_1_1).executor(executor).build();
                }
            }
        }
        return http;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
