package id.netral.cases.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import id.netral.cases.testing.NeighboursResource;
import id.netral.common.testing.Poll;
import id.netral.common.testing.TcpProxy;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Which neighbour is down, by name, at {@code /q/health/group/neighbours}; while case-service itself
 * stays ready (it takes reports with roster down: they wait as PENDING), so a neighbour's outage
 * does not take it out of the load balancer. Before: no check named a neighbour anywhere.
 */
@QuarkusTest
@WithTestResource(NeighboursResource.class)
class NeighbourHealthTest {
    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @Test
    void aNeighbourDownIsNamedWhileThisServiceStaysReady() {
        given().get(health + "/group/neighbours").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks[0].data.roster", equalTo("UP")).body("checks[0].data.rules", equalTo("UP"))
                .body("checks[0].data.notification", equalTo("UP"));

        TcpProxy roster = NeighboursResource.neighbours().rosterProxy();
        roster.cutOff();
        try {
            given().get(health + "/group/neighbours").then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks[0].name", equalTo("neighbours")).body("checks[0].data.roster", startsWith("DOWN: "))
                    .body("checks[0].data.rules", equalTo("UP")).body("checks[0].data.notification", equalTo("UP"));
            given().get(health + "/ready").then().statusCode(200);
        } finally {
            roster.restore();
        }
        Poll.until(() -> given().get(health + "/group/neighbours").statusCode(), status -> status == 200, Duration.ofSeconds(20));
    }

    @Test
    void theNeighboursAreNotPartOfReadiness() {
        given().get(health + "/ready").then().statusCode(200).body("checks.name", not(hasItem("neighbours")));
    }
}
