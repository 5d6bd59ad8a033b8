package id.netral.notification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.standardwebhooks.Webhook;
import id.netral.common.security.Roles;
import id.netral.notification.testing.NotificationTestResource;
import id.netral.common.testing.Poll;
import id.netral.common.testing.TestTokens;
import id.netral.common.testing.WebhookReceiver;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Webhooks end to end: an event comes in, a real receiver gets it signed, retried, logged, replayed. */
@QuarkusTest
@WithTestResource(NotificationTestResource.class)
class WebhookTest extends WebhookTestSupport {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aFailedDeliveryIsRetriedAndSucceedsUnderTheSameIdWithAVerifiableSignature() {
        try (WebhookReceiver receiver = WebhookReceiver.start().answer(500)) {
            String region = freshRegion();
            JsonPath sub = subscribe(Roles.PORTAL, region, receiver.url(), "case.registered").statusCode(201).extract().jsonPath();
            receiver.verifyWith(sub.getString("secret"));
            assertThat(sub.getString("secret")).startsWith("whsec_");
            UUID event = UUID.randomUUID();
            publish(event, "case.registered", region, Map.of("caseId", "c-1", "status", "REGISTERED")).statusCode(201)
                    .body("deliveries", equalTo(1));

            Poll.until(receiver::received, r -> r.size() == 2, PATIENCE);
            List<WebhookReceiver.Received> got = receiver.received();
            assertThat(got).extracting(WebhookReceiver.Received::answered).containsExactly(500, 200);
            assertThat(got).allSatisfy(r -> {
                assertThat(r.id()).isEqualTo(event.toString());
                assertThat(r.verified()).as("signature verified by the Standard Webhooks library").isTrue();
                assertThat(r.signature()).startsWith("v1,");
            });
            JsonPath body = JsonPath.from(got.get(1).body());
            assertThat(body.getString("type")).isEqualTo("case.registered");
            assertThat(body.getString("data.caseId")).isEqualTo("c-1");

            JsonPath delivery = Poll.until(() -> deliveries(Roles.PORTAL, region, "event", event.toString()),
                    d -> "SUCCEEDED".equals(d.getString("items[0].status")), PATIENCE);
            assertThat(delivery.getList("items")).hasSize(1);
            assertThat(delivery.getList("items[0].attempts.statusCode")).containsExactly(500, 200);
            assertThat(delivery.getString("items[0].attempts[0].error")).isEqualTo("HTTP 500");
            assertThat(delivery.getInt("items[0].attempts[1].latencyMs")).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void theSameEventTwiceIsStoredOnceAndAnotherBodyUnderItsIdIsAConflict() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String region = freshRegion();
            receiver.verifyWith(subscribe(Roles.PORTAL, region, receiver.url(), "case.overdue").extract().path("secret"));
            UUID event = UUID.randomUUID();
            Map<String, Object> data = Map.of("caseId", "c-2", "dueOn", "2024-10-11");
            Instant at = Instant.parse("2024-10-12T01:00:00.123456789Z");
            publish(event, "case.overdue", at, region, data).statusCode(201);
            publish(event, "case.overdue", at, region, data).statusCode(200).body("id", equalTo(event.toString())).body("deliveries", equalTo(1));
            publish(event, "case.overdue", at, region, Map.of("caseId", "c-3")).statusCode(409)
                    .contentType(startsWith("application/problem+json"));
            publish(event, "case.overdue", at.plusSeconds(1), region, data).statusCode(409)
                    .contentType(startsWith("application/problem+json"));
            Poll.until(receiver::received, r -> r.size() == 1, PATIENCE);
            sleep(1500);
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void eventsReachOnlySubscriptionsOfTheirTypeAndOfARegionCoveringTheirs() {
        try (WebhookReceiver province = WebhookReceiver.start(); WebhookReceiver regency = WebhookReceiver.start();
                WebhookReceiver other = WebhookReceiver.start(); WebhookReceiver otherType = WebhookReceiver.start()) {
            String provinceCode = freshProvince();
            province.verifyWith(subscribe(Roles.PORTAL, provinceCode, province.url(), "case.registered").extract().path("secret"));
            regency.verifyWith(subscribeWith(Roles.PORTAL, provinceCode, regency.url(), null, provinceCode + ".04", "case.registered").extract().path("secret"));
            other.verifyWith(subscribeWith(Roles.PORTAL, provinceCode, other.url(), null, provinceCode + ".05", "case.registered").extract().path("secret"));
            otherType.verifyWith(subscribe(Roles.PORTAL, provinceCode, otherType.url(), "case.overdue").extract().path("secret"));

            publish(UUID.randomUUID(), "case.registered", provinceCode + ".04.01", Map.of("caseId", "c-4")).body("deliveries", equalTo(2));
            Poll.until(() -> province.received().size() + regency.received().size(), n -> n == 2, PATIENCE);
            sleep(1500);
            assertThat(other.received()).isEmpty();
            assertThat(otherType.received()).isEmpty();
        }
    }

    @Test
    void aDeliveryAndEverythingSinceAPointCanBeReplayed() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String region = freshRegion();
            JsonPath sub = subscribe(Roles.PORTAL, region, receiver.url(), "case.registered", "case.status-changed").extract().jsonPath();
            receiver.verifyWith(sub.getString("secret"));
            Instant before = Instant.now();
            UUID first = UUID.randomUUID();
            publish(first, "case.registered", region, Map.of("caseId", "c-5"));
            publish(UUID.randomUUID(), "case.status-changed", region, Map.of("caseId", "c-5", "to", "UNDER_REVIEW"));
            Poll.until(receiver::received, r -> r.size() == 2, PATIENCE);
            String delivery = Poll.until(() -> deliveries(Roles.PORTAL, region, "event", first.toString()),
                    d -> "SUCCEEDED".equals(d.getString("items[0].status")), PATIENCE).getString("items[0].id");

            as(Roles.PORTAL, region).post("/api/v1/deliveries/" + delivery + "/replay").then().statusCode(202)
                    .body("replayOf", equalTo(delivery)).body("status", equalTo("PENDING"));
            Poll.until(receiver::received, r -> r.size() == 3, PATIENCE);
            assertThat(receiver.received().get(2).id()).isEqualTo(first.toString());

            as(Roles.PORTAL, region).queryParam("since", before.toString()).post("/api/v1/subscriptions/" + sub.getString("id") + "/replay")
                    .then().statusCode(202).body("deliveries", equalTo(2));
            Poll.until(receiver::received, r -> r.size() == 5, PATIENCE);
            assertThat(receiver.received()).allSatisfy(r -> assertThat(r.verified()).isTrue());

            as(Roles.PORTAL, region).queryParam("since", "yesterday").post("/api/v1/subscriptions/" + sub.getString("id") + "/replay")
                    .then().statusCode(422).body("errors[0].field", equalTo("since"));
            as(Roles.PORTAL, region).queryParam("since", Instant.now().plusSeconds(3600).toString())
                    .post("/api/v1/subscriptions/" + sub.getString("id") + "/replay").then().statusCode(422);
            as(Roles.PORTAL, region).post("/api/v1/deliveries/" + UUID.randomUUID() + "/replay").then().statusCode(404);
        }
    }

    @Test
    void aSubscriptionThatKeepsFailingGoesDeadAndIsPausedAndItsOwnerHearsOfIt() {
        try (WebhookReceiver receiver = WebhookReceiver.start().otherwise(503); WebhookReceiver watcher = WebhookReceiver.start()) {
            String region = freshRegion();
            String id = subscribe(Roles.PORTAL, region, receiver.url(), "case.registered").extract().path("id");
            watcher.verifyWith(subscribe(Roles.ADMIN, "*", watcher.url(), "subscription.paused").extract().path("secret"));
            UUID event = UUID.randomUUID();
            publish(event, "case.registered", region, Map.of("caseId", "c-6"));

            JsonPath dead = Poll.until(() -> deliveries(Roles.PORTAL, region, "event", event.toString()),
                    d -> "DEAD".equals(d.getString("items[0].status")), PATIENCE);
            assertThat(dead.getList("items[0].attempts")).hasSize(4);
            assertThat(receiver.received()).hasSize(4);
            as(Roles.PORTAL, region).get("/api/v1/subscriptions/" + id).then().statusCode(200)
                    .body("status", equalTo("PAUSED")).body("pausedReason", startsWith("Pengiriman"));
            Poll.until(watcher::received, r -> r.stream().anyMatch(x -> x.body().contains(id)), PATIENCE);
            // and its owner finds a notice in the inbox
            assertThat(as(Roles.PORTAL, region).queryParam("kind", "SUBSCRIPTION_PAUSED").queryParam("size", 500).get("/api/v1/inbox")
                    .then().statusCode(200).extract().jsonPath().getList("items.body", String.class)).anyMatch(b -> b.contains(id));

            // while paused, new events wait; resuming sends them
            receiver.otherwise(200);
            UUID held = UUID.randomUUID();
            publish(held, "case.registered", region, Map.of("caseId", "c-7"));
            sleep(1500);
            assertThat(receiver.received()).hasSize(4);
            as(Roles.PORTAL, region).post("/api/v1/subscriptions/" + id + "/resume").then().statusCode(200).body("status", equalTo("ACTIVE"));
            Poll.until(receiver::received, r -> r.stream().anyMatch(x -> x.id().equals(held.toString())), PATIENCE);
        }
    }

    @Test
    void duringARotationBothSecretsSignAndAfterItOnlyTheNewOne() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String region = freshRegion();
            JsonPath sub = subscribe(Roles.PORTAL, region, receiver.url(), "case.registered").extract().jsonPath();
            String old = sub.getString("secret");
            JsonPath rotated = as(Roles.PORTAL, region).contentType("application/json").body(Map.of("overlap", "PT1H"))
                    .post("/api/v1/subscriptions/" + sub.getString("id") + "/secret").then().statusCode(200)
                    .body("previousSecretValidUntil", org.hamcrest.Matchers.notNullValue()).extract().jsonPath();
            String fresh = rotated.getString("secret");
            assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
            as(Roles.PORTAL, region).get("/api/v1/subscriptions/" + sub.getString("id")).then().body("secret", nullValue());

            receiver.verifyWith(old);
            publish(UUID.randomUUID(), "case.registered", region, Map.of("caseId", "c-8"));
            WebhookReceiver.Received got = Poll.until(receiver::received, r -> r.size() == 1, PATIENCE).get(0);
            assertThat(got.verified()).as("the old secret still verifies").isTrue();
            assertThat(verifies(fresh, got)).as("the new secret verifies").isTrue();
            assertThat(got.signature().split(" ")).hasSize(2);

            as(Roles.PORTAL, region).contentType("application/json").body(Map.of("overlap", "PT0S"))
                    .post("/api/v1/subscriptions/" + sub.getString("id") + "/secret").then().statusCode(200);
            as(Roles.PORTAL, region).contentType("application/json").body(Map.of("overlap", "P8D"))
                    .post("/api/v1/subscriptions/" + sub.getString("id") + "/secret").then().statusCode(422);
            as(Roles.PORTAL, region).contentType("application/json").body(Map.of("secret", "hunter2"))
                    .post("/api/v1/subscriptions/" + sub.getString("id") + "/secret").then().statusCode(422)
                    .body("errors[0].field", equalTo("secret"));
        }
    }

    @Test
    void aChosenSecretIsKeptAndAMalformedOneRefused() {
        String secret = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'k');
        subscribeWith(Roles.PORTAL, "34.04", "https://portal.example.go.id/hook", secret, "34.04", "case.registered").statusCode(201)
                .body("secret", equalTo(secret));
        subscribeWith(Roles.PORTAL, "34.04", "https://portal.example.go.id/hook", "whsec_c2hvcnQ=", "34.04", "case.registered").statusCode(422)
                .body("errors[0].field", equalTo("secret"));
    }

    @Test
    void privateAndPlainHttpAddressesAreRefused() {
        for (String url : List.of("https://10.1.2.3/hook", "https://192.168.1.10/hook", "https://172.16.0.5/hook",
                "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/hook", "https://[fd00::1]/hook",
                "https://0.0.0.0/hook", "http://93.184.216.34/hook", "ftp://portal.example.go.id/hook", "https://user:pw@portal.example.go.id/",
                "http://unresolvable.invalid/hook", "not a url")) {
            subscribe(Roles.PORTAL, "34.04", url, "case.registered").statusCode(422)
                    .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("url"));
        }
        subscribe(Roles.PORTAL, "34.04", "https://portal.example.go.id/hook", "case.registered").statusCode(201);
    }

    @Test
    void subscriptionsAreLimitedToTheCallersRegion() {
        subscribeWith(Roles.PORTAL, "34.04", "https://portal.example.go.id/hook", null, "34", "case.registered").statusCode(422)
                .body("errors[0].field", equalTo("regionCode"));
        subscribeWith(Roles.PORTAL, "34.04", "https://portal.example.go.id/hook", null, "34.05", "case.registered").statusCode(422);
        String id = subscribeWith(Roles.PORTAL, "34.04", "https://portal.example.go.id/hook", null, "34.04.01", "case.registered")
                .statusCode(201).extract().path("id");
        as(Roles.PORTAL, "34").get("/api/v1/subscriptions/" + id).then().statusCode(200);
        as(Roles.PORTAL, "34.05").get("/api/v1/subscriptions/" + id).then().statusCode(404);
        as(Roles.PORTAL, "34.05").delete("/api/v1/subscriptions/" + id).then().statusCode(404);
        assertThat(as(Roles.PORTAL, "34.05").get("/api/v1/subscriptions?size=500").then().extract().jsonPath().getList("items.id"))
                .doesNotContain(id);
        assertThat(as(Roles.PORTAL, "34").get("/api/v1/subscriptions?size=500").then().extract().jsonPath().getList("items.id"))
                .contains(id);
        as(Roles.PORTAL, "34.04").delete("/api/v1/subscriptions/" + id).then().statusCode(204);
        as(Roles.PORTAL, "34.04").get("/api/v1/subscriptions/" + id).then().statusCode(404);
    }

    @Test
    void badBodiesAreProblems() {
        subscribe(Roles.PORTAL, "34.04", "https://portal.example.go.id/hook", "case.nothing").statusCode(422)
                .body("errors[0].field", equalTo("events"));
        as(Roles.PORTAL, "34.04").contentType("application/json").body(Map.of("url", "https://portal.example.go.id/hook",
                "events", List.of(), "regionCode", "34.04")).post("/api/v1/subscriptions").then().statusCode(400)
                .body("errors[0].field", equalTo("events"));
        as(Roles.PORTAL, "34.04").contentType("application/json").body("{").post("/api/v1/subscriptions").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        as(Roles.SERVICE, "*").contentType("application/json").body(Map.of("type", "case.registered")).post("/api/v1/events")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        publish(UUID.randomUUID(), "case.invented", "34.04", Map.of()).statusCode(422).body("errors[0].field", equalTo("type"));
        as(Roles.SERVICE, "*").contentType("application/json").body(Map.of("id", UUID.randomUUID().toString(), "type", "case.registered",
                "occurredAt", Instant.now().toString(), "regionCode", "Sleman", "data", Map.of())).post("/api/v1/events")
                .then().statusCode(400).body("errors[0].field", equalTo("regionCode"));
        as(Roles.PORTAL, "34.04").get("/api/v1/subscriptions/" + UUID.randomUUID()).then().statusCode(404);
        as(Roles.PORTAL, "34.04").get("/api/v1/deliveries/" + UUID.randomUUID()).then().statusCode(404);
        as(Roles.ADMIN, "*").get("/api/v1/events/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static boolean verifies(String secret, WebhookReceiver.Received r) {
        try {
            new Webhook(secret).verify(r.body(), Map.of("webhook-id", List.of(r.id()), "webhook-timestamp", List.of(r.timestamp()),
                    "webhook-signature", List.of(r.signature())));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
