package id.netral.roster.api;

import static id.netral.roster.api.Fixtures.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.common.testing.DatabaseBehindProxyResource;
import id.netral.common.testing.Poll;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL unreachable (every pooled connection closed, new ones refused): reads and writes answer
 * 503 problem+json with Retry-After, as a client should retry, never 500; and the service serves
 * again by itself once the database is back; readiness says DOWN and names the database meanwhile.
 * Before: 500 internal-error, no Retry-After.
 */
@QuarkusTest
@WithTestResource(DatabaseBehindProxyResource.class)
class DatabaseOutageTest {
    @TestHTTPResource(value = "/health", management = true)
    URL health;

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
            // readiness names the failing dependency, so an operator sees why the pod left the load balancer
            given().get(health + "/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'Database connections health check' }.data.'<default>'", startsWith("Unable to execute"));
        } finally {
            DatabaseBehindProxyResource.proxy().restore();
        }
        Poll.until(() -> admin().get("/api/v1/agencies").statusCode(), status -> status == 200, Duration.ofSeconds(30));
        given().get(health + "/ready").then().statusCode(200);
    }

    /** What the outage answers is documented: every operation of the OpenAPI document lists 503 with Retry-After. */
    @Test
    void everyOperationDocumentsTheOutageAnswer() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString())
                .path("paths");
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
                    continue;
                }
                operations++;
                JsonNode unavailable = operation.getValue().path("responses").path("503");
                assertThat(unavailable.path("headers").has("Retry-After"))
                        .as(operation.getKey().toUpperCase() + " " + path.getKey() + " documents 503 with Retry-After").isTrue();
            }
        }
        assertThat(operations).isGreaterThan(20);
    }
}
