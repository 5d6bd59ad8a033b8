package id.netral.roster.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.LogCapture;
import id.netral.common.testing.Poll;
import id.netral.common.testing.TestTokens;
import id.netral.roster.app.EmployeeImports;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A client hanging up halfway through its request body is routine (a closed tab, a load generator
 * stopping); it must not be logged as an unexpected error of the service, which buried real ones
 * under stack traces. The shared problem mappers serve every service; the roster stands for them.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AbandonedRequestTest {

    @Inject
    EmployeeImports imports;

    @Test
    void aBodyCutOffByTheClientIsNoErrorOfTheService() throws Exception {
        try (LogCapture log = LogCapture.of("id.netral.common.api.ProblemMappers", Level.FINE)) {
            abandon("/api/v1/employees", "application/json", "{\"nip\":\"1985");
            // an import spools its upload before anything else: the partial file must not stay behind
            Instant start = Instant.now().minusSeconds(1);
            abandon("/api/v1/imports", "text/csv", "nip,staff_number,name,employment_type,agency_code,unit_code\n1985");
            Poll.until(() -> log.matching(r -> r.getMessage().contains("Request abandoned")).size(), count -> count == 2,
                    Duration.ofSeconds(10));
            assertThat(log.matching(r -> r.getLevel().intValue() >= Level.WARNING.intValue())).isEmpty();
            try (Stream<Path> spooled = Files.list(imports.spoolDir())) {
                assertThat(spooled.filter(file -> file.getFileName().toString().startsWith("import-"))
                        .filter(file -> modifiedAfter(file, start))).isEmpty();
            }
        }
    }

    private static boolean modifiedAfter(Path file, Instant start) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(start);
        } catch (IOException e) {
            return false; // gone meanwhile
        }
    }

    /** Sends the headers and the start of a body of 5,000 bytes, then hangs up. */
    private static void abandon(String path, String contentType, String start) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + TestTokens.bearer(Roles.BKPP, "34.04") + "\r\n"
                    + "Content-Type: " + contentType + "\r\nContent-Length: 5000\r\n\r\n" + start)
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(200); // let the service start reading the body before the hang-up
        }
    }
}
