package id.netral.roster.api;

import static id.netral.roster.api.Fixtures.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.netral.common.testing.DatabaseBehindProxyResource;
import id.netral.common.testing.Poll;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL unreachable (every pooled connection closed, new ones refused): reads and writes answer
 * 503 problem+json with Retry-After, as a client should retry, never 500; and the service serves
 * again by itself once the database is back. Before: 500 internal-error, no Retry-After.
 */
@QuarkusTest
@WithTestResource(DatabaseBehindProxyResource.class)
class DatabaseOutageTest {

    @Test
    void anUnreachableDatabaseIs503WithRetryAfterAndServiceResumesWhenItIsBack() {
        admin().get("/api/v1/agencies").then().statusCode(200);
        DatabaseBehindProxyResource.proxy().cutOff();
        try {
            admin().get("/api/v1/agencies").then().statusCode(503).contentType(startsWith("application/problem+json"))
                    .header("Retry-After", "5").body("status", equalTo(503)).body("type", equalTo("urn:netral:problem:unavailable"));
            admin().body(Map.of("code", "OUTAGE", "name", "Saat padam", "regionCode", "34.04",
                    "ppk", Map.of("name", "Bupati", "office", "Bupati"))).post("/api/v1/agencies").then().statusCode(503)
                    .header("Retry-After", "5");
        } finally {
            DatabaseBehindProxyResource.proxy().restore();
        }
        Poll.until(() -> admin().get("/api/v1/agencies").statusCode(), status -> status == 200, Duration.ofSeconds(30));
    }
}
