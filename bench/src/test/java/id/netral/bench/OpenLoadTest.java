package id.netral.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fixed-rate load's own HTTP client against a real HTTP server (the JDK's): answers of a known
 * length and chunked ones are read to their end, so that the next request on the same connection
 * is understood, and every request carries its token.
 */
class OpenLoadTest {
    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<Integer> connections = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            connections.add(exchange.getRemoteAddress().getPort());
            String query = exchange.getRequestURI().getQuery();
            // lines in the body: a client that lost its place in it would take one for a chunk's size or a status
            byte[] body = ("{\"q\":\"" + query + "\"}\r\n").repeat(2000).getBytes(StandardCharsets.UTF_8);
            int status = query.contains("missing") ? 404 : 200;
            // 0: chunked, as Quarkus sends a page of employees; otherwise the length
            exchange.sendResponseHeaders(status, query.contains("chunked") ? 0 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int from = 0; from < body.length; from += 3000) {
                    out.write(body, from, Math.min(3000, body.length - from));
                    out.flush();
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsEveryAnswerToItsEndOnOneConnection() throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/employees?q=";
        OpenLoad.Latencies latencies = OpenLoad.run(OpenLoad.get(n -> base + (n % 2 == 0 ? "chunked" : "sized") + n, "Bearer t"), 40, 1, 1);

        assertThat(latencies.requests()).isEqualTo(40);
        assertThat(seen).hasSize(40).contains("/api/v1/employees?q=chunked0 Bearer t", "/api/v1/employees?q=sized39 Bearer t");
        assertThat(connections).as("client ports").containsOnly(connections.get(0));
        assertThat(latencies.p99Millis()).isPositive().isLessThanOrEqualTo(latencies.maxMillis());
    }

    @Test
    void anAnswerOtherThan200FailsTheLoad() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/employees?q=";
        assertThatThrownBy(() -> OpenLoad.run(OpenLoad.get(n -> base + (n == 3 ? "missing" : "sized"), "Bearer t"), 20, 2, 1))
                .hasStackTraceContaining("answered 404");
    }

    @Test
    void aConnectionReadsChunksAndLengthsAlike() throws Exception {
        try (OpenLoad.Connection connection = new OpenLoad.Connection(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))) {
            for (String q : List.of("chunked", "sized", "chunked", "missing", "sized")) {
                assertThat(connection.get(URI.create("http://127.0.0.1/x?q=" + q), "Bearer t")).isEqualTo(q.equals("missing") ? 404 : 200);
            }
        }
        assertThat(connections).containsOnly(connections.get(0));
    }
}
