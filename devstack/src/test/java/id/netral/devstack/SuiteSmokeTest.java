package id.netral.devstack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts the suite exactly as {@code ./netral up} does (built service jars, one embedded
 * PostgreSQL, four JVMs) and talks to every service over real HTTP with a dev token.
 */
class SuiteSmokeTest {
    private static Suite suite;

    @BeforeAll
    static void start() {
        suite = SharedSuite.get();
    }

    private static String token(String role, String region) {
        return SharedSuite.token(role, region);
    }

    @Test
    void everyServiceAnswersItsFirstEndpointWithADevToken() {
        Map<String, String> firstEndpoint = Map.of(
                "roster-service", "/api/v1/regions",
                "rules-service", "/api/v1/sources",
                "case-service", "/api/v1/deadline-rules",
                "notification-service", "/api/v1/event-types");
        for (ServiceSpec spec : ServiceSpec.SUITE) {
            given().baseUri(suite.url(spec)).header("Authorization", token("bawaslu", "34.04"))
                    .when().get(firstEndpoint.get(spec.name()))
                    .then().statusCode(200)
                    .body("total", greaterThan(0));
            given().baseUri(suite.url(spec))
                    .when().get(firstEndpoint.get(spec.name()))
                    .then().statusCode(401);
        }
    }

    @Test
    void healthAndDocsAreServedByEveryService() {
        for (ServiceSpec spec : ServiceSpec.SUITE) {
            given().baseUri(suite.url(spec)).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().baseUri(suite.url(spec)).when().get("/q/openapi?format=json").then().statusCode(200);
            given().baseUri(suite.url(spec)).when().get("/q/metrics").then().statusCode(200);
        }
    }

    @Test
    void tokensFromTheDevKeyAreRegionScoped() {
        ServiceSpec roster = ServiceSpec.SUITE.get(0);
        given().baseUri(suite.url(roster)).header("Authorization", token("bkpp", "34.04"))
                .when().get("/api/v1/regions/13.02")
                .then().statusCode(404);
    }
}
