package id.netral.devstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.netral.common.testing.Poll;
import id.netral.common.testing.WebhookReceiver;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The walk-through of the README as the suite runs it: the roster knows the account, Bawaslu files
 * a finding with case-service, which asks roster and rules over HTTP with the service token that
 * {@code ./netral up} gives it, and answers with the person, the PPK and the classification; the
 * region's portal, subscribed with notification-service, receives the signed webhook.
 */
class CaseIntakeEndToEndTest {

    @Test
    void aFindingAboutAnAccountIsResolvedAndClassifiedAcrossTheSuite() {
        Suite suite = SharedSuite.get();
        String roster = suite.url(ServiceSpec.SUITE.get(0));
        String cases = suite.url(ServiceSpec.SUITE.get(2));
        RosterFixture.employeeWithAccount(roster, SharedSuite.token("bkpp", "34.04"), "PEMKAB-E2E", "34.04", "198503122010011077",
                "https://www.instagram.com/budi.e2e/");

        WebhookReceiver portal = WebhookReceiver.start();
        String notification = suite.url(ServiceSpec.SUITE.get(3));
        portal.verifyWith(given().baseUri(notification).header("Authorization", SharedSuite.token("portal", "34.04"))
                .contentType("application/json").body(Map.of("url", portal.url(), "events", List.of("case.registered"), "regionCode", "34.04"))
                .post("/api/v1/subscriptions").then().statusCode(201).extract().path("secret"));

        String id = given().baseUri(cases).header("Authorization", SharedSuite.token("bawaslu", "34.04")).contentType("application/json")
                .body(Map.of("source", "FINDING", "election", "PILKADA_2024", "reported", Map.of("accountUrl",
                        "https://m.instagram.com/Budi.E2E?igsh=x"), "act", "SOCIAL_MEDIA_LIKE",
                        "occurredAt", "2024-10-30T09:15:00+07:00", "place", "Instagram",
                        "evidence", List.of(Map.of("kind", "URL", "url", "https://www.instagram.com/p/E2E/"))))
                .post("/api/v1/cases").then().statusCode(201)
                .body("status", equalTo("REGISTERED")).body("resolution", equalTo("RESOLVED"))
                .body("reported.person.nip", equalTo("198503122010011077")).body("reported.person.ppkName", equalTo("Bupati Sleman"))
                .body("classification.verdict", equalTo("VIOLATION")).body("catalogVersion", equalTo(3)).extract().path("id");

        try (portal) {
            WebhookReceiver.Received hook = Poll.until(portal::received, r -> !r.isEmpty(), Duration.ofSeconds(60)).get(0);
            assertThat(hook.verified()).as("signature verified with the subscription's secret").isTrue();
            assertThat(JsonPath.from(hook.body()).getString("data.caseId")).isEqualTo(id);
            assertThat(JsonPath.from(hook.body()).getString("type")).isEqualTo("case.registered");
        }
    }
}
