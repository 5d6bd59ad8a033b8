package id.netral.notification.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.netral.common.error.Failures;
import id.netral.common.error.InvalidValueException;
import id.netral.notification.config.NotificationConfig;
import id.netral.notification.app.Dispatch;
import id.netral.notification.domain.WebhookPolicy;
import id.netral.notification.domain.WebhookSignature;
import id.netral.notification.domain.WebhookUrl;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one webhook the Standard Webhooks way: body {@code {"type","timestamp","data"}}, headers
 * {@code webhook-id} (the event's id, the same on every retry and replay, so receivers can drop
 * repeats), {@code webhook-timestamp} (this attempt, Unix seconds) and {@code webhook-signature}.
 * Right before sending, the target's name is resolved and every address checked
 * ({@link WebhookUrl#target}), and the connection goes to the address that was checked while the
 * Host header and TLS (SNI and certificate) keep the name: a name that resolves inward between
 * the check and the connection reaches nothing. Redirects are never followed. Runs on Vert.x's
 * client, a bounded pool of connections per receiver. Never throws: every outcome becomes a
 * {@link Dispatch.Result}.
 */
@ApplicationScoped
public class WebhookSender {
    static final String USER_AGENT = "Netral-Webhooks/1";
    /** Connections kept open to one receiver at most; a pass's deliveries to it queue for them. */
    static final int CONNECTIONS_PER_RECEIVER = 32;
    private static final JsonFactory JSON = new JsonFactory();

    @Inject
    NotificationConfig config;

    @Inject
    WebhookPolicy policy;

    @Inject
    Vertx vertx;

    private volatile HttpClient http;

    public CompletableFuture<Dispatch.Result> send(Dispatch.Due due) {
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);
        long t0 = System.nanoTime();
        WebhookUrl url;
        try {
            url = WebhookUrl.stored(due.url(), policy);
        } catch (InvalidValueException refused) {
            return CompletableFuture.completedFuture(new Dispatch.Result(due, started, null, 0, refused.reason().english()));
        }
        // resolving may block: on a worker, not on the event loop
        Future<InetAddress> target = vertx.executeBlocking(() -> url.target(policy), false);
        return target.compose(address -> post(url, address, due, started))
                .transform(done -> {
                    int latency = (int) ((System.nanoTime() - t0) / 1_000_000);
                    if (done.succeeded()) {
                        int status = done.result();
                        boolean ok = status >= 200 && status < 300;
                        return Future.succeededFuture(new Dispatch.Result(due, started, status, latency, ok ? null : "HTTP " + status));
                    }
                    Throwable cause = done.cause();
                    // Netty's connect failures are subclasses of the JDK's: name the JDK's, as the delivery log always did
                    String error = cause instanceof InvalidValueException invalid ? invalid.reason().english()
                            : cause instanceof java.net.ConnectException ? "ConnectException: " + cause.getMessage() : Failures.describe(cause);
                    return Future.succeededFuture(new Dispatch.Result(due, started, null, latency, error));
                }).toCompletionStage().toCompletableFuture();
    }

    private Future<Integer> post(WebhookUrl url, InetAddress address, Dispatch.Due due, OffsetDateTime now) {
        URI uri = url.uri();
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        String body = body(due);
        long timestamp = now.toEpochSecond();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setHost(url.host()).setPort(port).setSsl(https)
                .setURI(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery())
                .setTimeout(config.webhooks().timeout().toMillis())
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", USER_AGENT)
                .putHeader("webhook-id", due.eventId().toString())
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", WebhookSignature.header(due.eventId().toString(), timestamp, body, due.secrets()));
        return client().request(request)
                .compose(sent -> sent.send(body))
                // read the answer to its end so the connection goes back to the pool
                .compose(response -> response.body().map(ignored -> response.statusCode()));
    }

    /**
     * The Standard Webhooks body, written by Jackson: the type and timestamp escaped as JSON
     * strings, the event's data (stored as the JSON text notification-service took in) copied as
     * it is, without a parse and a second serialisation per delivery.
     */
    static String body(Dispatch.Due due) {
        StringWriter out = new StringWriter(due.data().length() + 96);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", due.type());
            json.writeStringField("timestamp", DateTimeFormatter.ISO_INSTANT.format(due.occurredAt()));
            json.writeFieldName("data");
            json.writeRawValue(due.data());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    private HttpClient client() {
        if (http == null) {
            synchronized (this) {
                if (http == null) {
                    http = vertx.createHttpClient(new HttpClientOptions()
                            .setConnectTimeout((int) config.webhooks().timeout().toMillis())
                            .setMaxPoolSize(CONNECTIONS_PER_RECEIVER).setKeepAlive(true)
                            // the TLS name is the host's, although the connection goes to a checked address
                            .setVerifyHost(true).setForceSni(true).setTrustAll(false));
                }
            }
        }
        return http;
    }

    @PreDestroy
    void stop() {
        if (http != null) {
            http.close();
        }
    }
}
