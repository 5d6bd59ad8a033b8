package id.netral.notification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.netral.common.security.Roles;
import id.netral.common.testing.Poll;
import id.netral.common.testing.WebhookReceiver;
import id.netral.notification.testing.NotificationTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Several events in one call (the outbox relay's way): each answered at its position, a refused one failing no other. */
@QuarkusTest
@WithTestResource(NotificationTestResource.class)
class EventBatchTest extends WebhookTestSupport {

    @Test
    void eachEventIsAnsweredOnItsOwnAndTheAcceptedOnesAreDelivered() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String region = freshRegion();
            subscribe(Roles.PORTAL, region, receiver.url(), "case.registered").statusCode(201);
            UUID earlier = UUID.randomUUID();
            Instant at = Instant.now();
            publish(earlier, "case.registered", at, region, Map.of("caseId", "c-1")).statusCode(201);
            UUID fresh = UUID.randomUUID();
            UUID unknown = UUID.randomUUID();
            UUID invalid = UUID.randomUUID();

            List<Map<String, Object>> events = List.of(
                    event(fresh, "case.registered", region, Map.of("caseId", "c-2")),
                    event(earlier, "case.registered", at, region, Map.of("caseId", "c-1")),
                    event(earlier, "case.registered", at, region, Map.of("caseId", "another")),
                    event(unknown, "case.vanished", region, Map.of()),
                    event(invalid, "case.registered", "Sleman", Map.of()));
            batch(events).statusCode(200)
                    .body("results.status", contains("CREATED", "DUPLICATE", "CONFLICT", "UNKNOWN_TYPE", "INVALID"))
                    .body("results.id", contains(fresh.toString(), earlier.toString(), earlier.toString(), unknown.toString(),
                            invalid.toString()))
                    .body("results[0].deliveries", equalTo(1)).body("results[0].detail", nullValue())
                    .body("results[1].deliveries", equalTo(1))
                    .body("results[2].detail", equalTo("Peristiwa " + earlier + " sudah diterima dengan isi yang berbeda"))
                    .body("results[3].detail", equalTo("jenis peristiwa 'case.vanished' tidak dikenal (lihat /api/v1/event-types)"))
                    .body("results[4].errors.field", contains("regionCode")).body("results[4].deliveries", nullValue())
                    .body("accepted", equalTo(2)).body("refused", equalTo(3));

            // refusals are said in the caller's language
            as(Roles.SERVICE, "*").header("Accept-Language", "en").contentType("application/json")
                    .body(Map.of("events", List.of(event(unknown, "case.vanished", region, Map.of())))).post("/api/v1/events/batch").then()
                    .statusCode(200).body("results[0].detail", equalTo("unknown event type 'case.vanished' (see /api/v1/event-types)"));

            as(Roles.ADMIN, "*").get("/api/v1/events/" + fresh).then().statusCode(200).body("data.caseId", equalTo("c-2"));
            as(Roles.ADMIN, "*").get("/api/v1/events/" + earlier).then().statusCode(200).body("data.caseId", equalTo("c-1"));
            as(Roles.ADMIN, "*").get("/api/v1/events/" + unknown).then().statusCode(404);
            as(Roles.ADMIN, "*").get("/api/v1/events/" + invalid).then().statusCode(404);
            // the earlier event was delivered once, when it was first published; the new one once now
            List<String> ids = Poll.until(() -> receiver.received().stream().map(WebhookReceiver.Received::id).toList(),
                    got -> got.size() == 2, Duration.ofSeconds(30));
            assertThat(ids).containsExactlyInAnyOrder(earlier.toString(), fresh.toString());
        }
    }

    @Test
    void theSameEventTwiceInOneBatchIsStoredOnce() {
        String region = freshRegion();
        UUID id = UUID.randomUUID();
        Map<String, Object> event = event(id, "case.registered", region, Map.of("caseId", "c-twice"));
        batch(List.of(event, event)).statusCode(200).body("results.status", contains("CREATED", "DUPLICATE"))
                .body("accepted", equalTo(2));
    }

    @Test
    void malformedBatchesAreRefusedWhole() {
        String region = freshRegion();
        batch(List.of()).statusCode(400).body("errors[0].field", equalTo("events"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= EventViews.MAX_BATCH; i++) {
            tooMany.add(event(UUID.randomUUID(), "case.registered", region, Map.of()));
        }
        batch(tooMany).statusCode(400).body("errors[0].field", equalTo("events"));
        List<Map<String, Object>> withNull = new ArrayList<>(Collections.singletonList(null));
        batch(withNull).statusCode(400);
        as(Roles.SERVICE, "*").contentType("application/json").body("{}").post("/api/v1/events/batch").then().statusCode(400)
                .body("errors[0].field", equalTo("events"));
        as(Roles.SERVICE, "*").contentType("application/json").body("{\"events\": 5}").post("/api/v1/events/batch").then()
                .statusCode(400);
        // nothing of a refused batch was stored
        as(Roles.ADMIN, "*").get("/api/v1/events/" + tooMany.get(0).get("id")).then().statusCode(404);
    }

    @Test
    void onlyServicesPublish() {
        List<Map<String, Object>> one = List.of(event(UUID.randomUUID(), "case.registered", freshRegion(), Map.of()));
        as(Roles.ADMIN, "*").contentType("application/json").body(Map.of("events", one)).post("/api/v1/events/batch").then()
                .statusCode(403);
        io.restassured.RestAssured.given().contentType("application/json").body(Map.of("events", one)).post("/api/v1/events/batch")
                .then().statusCode(401);
    }

    private static Map<String, Object> event(UUID id, String type, String region, Map<String, Object> data) {
        return event(id, type, Instant.now(), region, data);
    }

    private static Map<String, Object> event(UUID id, String type, Instant occurredAt, String region, Map<String, Object> data) {
        Map<String, Object> event = new HashMap<>();
        event.put("id", id.toString());
        event.put("type", type);
        event.put("occurredAt", occurredAt.toString());
        event.put("regionCode", region);
        event.put("data", data);
        return event;
    }

    private static ValidatableResponse batch(List<Map<String, Object>> events) {
        Map<String, Object> body = new HashMap<>();
        body.put("events", events);
        return as(Roles.SERVICE, "*").contentType("application/json").body(body).post("/api/v1/events/batch").then();
    }
}
