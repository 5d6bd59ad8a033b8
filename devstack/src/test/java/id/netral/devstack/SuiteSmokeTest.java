package id.netral.devstack;

import static org.assertj.core.api.Assertions.assertThat;
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
    void healthAndMetricsAnswerOnlyOnTheManagementPortDocsOnTheApiPort() {
        for (ServiceSpec spec : ServiceSpec.SUITE) {
            given().baseUri(suite.managementUrl(spec)).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().baseUri(suite.managementUrl(spec)).when().get("/q/metrics").then().statusCode(200);
            given().baseUri(suite.url(spec)).when().get("/q/openapi?format=json").then().statusCode(200);
            // before: /q/metrics answered anyone on the API port, without a token
            given().baseUri(suite.url(spec)).when().get("/q/metrics").then().statusCode(404);
            given().baseUri(suite.url(spec)).when().get("/q/health/ready").then().statusCode(404);
        }
    }

    @Test
    void requestsRefusedBeforeRoutingCreateNoSeriesOfTheirOwn() {
        ServiceSpec cases = ServiceSpec.SUITE.get(2);
        for (int i = 0; i < 5; i++) {
            given().baseUri(suite.url(cases)).header("Authorization", "Bearer not-a-token")
                    .get("/api/v1/cases/" + java.util.UUID.randomUUID()).then().statusCode(401);
        }
        String metrics = given().baseUri(suite.managementUrl(cases)).get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics.lines().filter(line -> line.startsWith("http_server_requests")))
                .as("only route templates and Quarkus' own labels").noneMatch(line -> line.matches(".*uri=\"[^\"]*[0-9a-f]{8}-[0-9a-f]{4}.*"));
    }

    @Test
    void tokensFromTheDevKeyAreRegionScoped() {
        ServiceSpec roster = ServiceSpec.SUITE.get(0);
        given().baseUri(suite.url(roster)).header("Authorization", token("bkpp", "34.04"))
                .when().get("/api/v1/regions/13.02")
                .then().statusCode(404);
    }
}
