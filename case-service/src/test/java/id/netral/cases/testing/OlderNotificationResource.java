package id.netral.cases.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * case-service's neighbours, with notification-service as a version older than its batch endpoint
 * would answer: the real notification-service behind an HTTP gateway that answers
 * {@code POST /api/v1/events/batch} 404, as a service without that route does, and forwards
 * everything else unchanged.
 */
public class OlderNotificationResource extends NeighboursResource {
    /** Batches refused and single events forwarded, since the gateway started. */
    public static final AtomicInteger BATCHES_REFUSED = new AtomicInteger();
    public static final AtomicInteger SINGLE_EVENTS = new AtomicInteger();
    private static HttpServer gateway;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new java.util.HashMap<>(super.start());
        String notification = neighbours().notificationUrl();
        HttpClient client = HttpClient.newHttpClient();
        try {
            gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        gateway.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (exchange.getRequestMethod().equals("POST") && path.equals("/api/v1/events/batch")) {
                    BATCHES_REFUSED.incrementAndGet();
                    answer(exchange, 404, "application/problem+json", "{\"status\":404,\"title\":\"Not Found\"}");
                    return;
                }
                if (exchange.getRequestMethod().equals("POST") && path.equals("/api/v1/events")) {
                    SINGLE_EVENTS.incrementAndGet();
                }
                forward(client, notification, exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        gateway.start();
        config.put("quarkus.rest-client.notification.url", "http://127.0.0.1:" + gateway.getAddress().getPort());
        return config;
    }

    private static void forward(HttpClient client, String target, HttpExchange exchange) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
        for (String header : List.of("Authorization", "Content-Type", "Accept", "Accept-Language")) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        answer(exchange, response.statusCode(), response.headers().firstValue("Content-Type").orElse("application/json"),
                new String(response.body(), StandardCharsets.UTF_8));
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void stop() {
        if (gateway != null) {
            gateway.stop(0);
        }
        super.stop();
    }
}
