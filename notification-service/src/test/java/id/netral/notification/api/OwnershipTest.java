package id.netral.notification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import id.netral.common.domain.Nip;
import id.netral.common.security.Roles;
import id.netral.common.testing.Poll;
import id.netral.common.testing.TestTokens;
import id.netral.common.testing.WebhookReceiver;
import id.netral.notification.testing.NotificationTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a caller makes is its own: a subscription and its deliveries belong to the client that
 * created it, an employee's inbox to that employee's asn token, an Idempotency-Key of a broadcast
 * to its sender; and a portal's webhooks carry NIPs masked, as its reads do.
 */
@QuarkusTest
@WithTestResource(NotificationTestResource.class)
class OwnershipTest extends WebhookTestSupport {

    @Test
    void onlyTheOwnerAndAdminsTouchASubscription() {
        String province = freshProvince();
        String region = province + ".04";
        String owner = client(Roles.PORTAL, region, "portal-sleman");
        String id = given().header("Authorization", owner).contentType("application/json")
                .body(Map.of("url", "https://portal.example.go.id/hooks", "events", java.util.List.of("case.registered"),
                        "regionCode", region))
                .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");

        // another portal of the same region, and the province's portal: the subscription is absent to them (before: 200 each)
        for (String stranger : new String[] {client(Roles.PORTAL, region, "portal-sleman-2"), client(Roles.PORTAL, province, "portal-diy")}) {
            given().header("Authorization", stranger).get("/api/v1/subscriptions/" + id).then().statusCode(404);
            given().header("Authorization", stranger).get("/api/v1/subscriptions?size=500").then().statusCode(200)
                    .body("items.id", not(org.hamcrest.Matchers.hasItem(id)));
            given().header("Authorization", stranger).queryParam("subscription", id).get("/api/v1/deliveries").then().statusCode(200)
                    .body("items", hasSize(0));
            given().header("Authorization", stranger).contentType("application/json").body("{}")
                    .post("/api/v1/subscriptions/" + id + "/secret").then().statusCode(404);
            given().header("Authorization", stranger).post("/api/v1/subscriptions/" + id + "/pause").then().statusCode(404);
            given().header("Authorization", stranger).queryParam("since", "2024-01-01T00:00:00Z")
                    .post("/api/v1/subscriptions/" + id + "/replay").then().statusCode(404);
            given().header("Authorization", stranger).delete("/api/v1/subscriptions/" + id).then().statusCode(404);
        }
        given().header("Authorization", owner).get("/api/v1/subscriptions/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().header("Authorization", client(Roles.ADMIN, "*", "admin-1")).post("/api/v1/subscriptions/" + id + "/pause").then()
                .statusCode(200).body("status", equalTo("PAUSED"));
        given().header("Authorization", owner).post("/api/v1/subscriptions/" + id + "/resume").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void anEmployeesInboxOpensOnlyToItsAsnToken() {
        String nip = "198503122010011" + String.format("%03d", (int) (Math.random() * 999) + 1);
        publish(UUID.randomUUID(), "takedown.requested", "34.04", Map.of("caseId", UUID.randomUUID().toString(), "employeeKey", nip,
                "url", "https://www.instagram.com/p/TAG9/")).statusCode(201);
        String item = given().header("Authorization", TestTokens.token().subject(nip).roles(Roles.ASN).region(null).bearer())
                .get("/api/v1/inbox").then().statusCode(200).body("items", hasSize(1)).extract().path("items[0].id");
        // a portal of another region whose subject equals the NIP (before: read and acknowledged the employee's notice)
        String lookalike = client(Roles.PORTAL, "33.16", nip);
        given().header("Authorization", lookalike).get("/api/v1/inbox").then().statusCode(200).body("items", hasSize(0));
        given().header("Authorization", lookalike).post("/api/v1/inbox/" + item + "/acknowledge").then().statusCode(404);
        given().header("Authorization", lookalike).post("/api/v1/inbox/" + item + "/read").then().statusCode(404);
    }

    @Test
    void aPortalsWebhooksCarryNipsMaskedAnAdminsWhole() throws Exception {
        String region = freshRegion();
        String nip = "198503122010011004";
        try (WebhookReceiver portal = WebhookReceiver.start(); WebhookReceiver admin = WebhookReceiver.start()) {
            portal.verifyWith(subscribe(Roles.PORTAL, region, portal.url(), "case.registered").statusCode(201).extract().path("secret"));
            admin.verifyWith(subscribe(Roles.ADMIN, region, admin.url(), "case.registered").statusCode(201).extract().path("secret"));
            publish(UUID.randomUUID(), "case.registered", region, Map.of("caseId", "c-mask", "employeeKey", nip,
                    "reporter", Map.of("name", "Warga"))).statusCode(201);
            Poll.until(() -> portal.received().size() + admin.received().size(), n -> n == 2, Duration.ofSeconds(30));
            JsonPath toPortal = new JsonPath(portal.received().get(0).body());
            assertThat(portal.received().get(0).verified()).isTrue();
            assertThat(toPortal.getString("data.employeeKey")).isEqualTo(Nip.mask(nip));
            assertThat(toPortal.getMap("data")).doesNotContainKey("reporter");
            assertThat(new JsonPath(admin.received().get(0).body()).getString("data.employeeKey")).isEqualTo(nip);
        }
    }

    @Test
    void aRetriedBroadcastSendsNothingAgain() {
        String sender = client(Roles.BKPP, "34.04", "bkpp-sleman");
        Map<String, Object> body = Map.of("title", "Imbauan netralitas", "body", "Isi", "audience", Map.of("agencyCode", "AG-IDEM"));
        String key = "broadcast-" + UUID.randomUUID();
        String id = broadcast(sender, body, key).statusCode(202).extract().path("id");
        broadcast(sender, body, key).statusCode(200).body("id", equalTo(id));
        broadcast(sender, Map.of("title", "Lain", "body", "Isi", "audience", Map.of("agencyCode", "AG-IDEM")), key).statusCode(409)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        // the same key from another sender is another key
        broadcast(client(Roles.BKPP, "34.04", "bkpp-sleman-2"), body, key).statusCode(202).body("id", not(equalTo(id)));
        given().header("Authorization", sender).get("/api/v1/broadcasts?size=500").then().statusCode(200)
                .body("items.findAll { it.title == 'Imbauan netralitas' && it.audience.agencyCode == 'AG-IDEM' }", hasSize(2));
    }

    @Test
    void anEventIdIsItsPublishers() {
        Map<String, Object> event = Map.of("id", UUID.randomUUID().toString(), "type", "case.registered",
                "occurredAt", "2024-10-30T02:15:00Z", "regionCode", freshRegion(), "data", Map.of("caseId", "c-own"));
        String caseService = client(Roles.SERVICE, "*", "case-service");
        given().header("Authorization", caseService).contentType("application/json").body(event).post("/api/v1/events").then()
                .statusCode(201);
        given().header("Authorization", caseService).contentType("application/json").body(event).post("/api/v1/events").then()
                .statusCode(200);
        // another publisher sending the same id and body learns nothing of it and stores nothing
        given().header("Authorization", client(Roles.SERVICE, "*", "other-service")).contentType("application/json").body(event)
                .post("/api/v1/events").then().statusCode(409).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
    }

    private static io.restassured.response.ValidatableResponse broadcast(String authorization, Map<String, Object> body, String key) {
        RequestSpecification request = given().header("Authorization", authorization).contentType("application/json").body(body);
        return request.header("Idempotency-Key", key).post("/api/v1/broadcasts").then();
    }

    private static String client(String role, String region, String subject) {
        return TestTokens.token().roles(role).region(region).subject(subject).bearer();
    }
}
