package id.netral.roster.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.Poll;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A client hanging up halfway through its request body is routine (a closed tab, a load generator
 * stopping); it must not be logged as an unexpected error of the service, which buried real ones
 * under stack traces. The shared problem mappers serve every service; the roster stands for them.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AbandonedRequestTest {

    @Test
    void aBodyCutOffByTheClientIsNoErrorOfTheService() throws Exception {
        Logger mappers = Logger.getLogger("id.netral.common.api.ProblemMappers");
        Level before = mappers.getLevel();
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        mappers.setLevel(Level.FINE);
        mappers.addHandler(capture);
        try {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/employees HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: " + TestTokens.bearer(Roles.BKPP, "34.04") + "\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"nip\":\"1985")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(200); // let the service start reading the body before the hang-up
            }
            Poll.until(() -> records.stream().anyMatch(r -> r.getMessage().contains("Request abandoned")), done -> done,
                    Duration.ofSeconds(10));
            assertThat(records).noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue());
        } finally {
            mappers.removeHandler(capture);
            mappers.setLevel(before);
        }
    }
}
