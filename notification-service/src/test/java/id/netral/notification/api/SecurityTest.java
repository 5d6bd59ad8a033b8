package id.netral.notification.api;

import static id.netral.common.testing.SecurityTable.delete;
import static id.netral.common.testing.SecurityTable.get;
import static id.netral.common.testing.SecurityTable.post;

import id.netral.common.security.Roles;
import id.netral.notification.testing.NotificationTestResource;
import id.netral.common.testing.Poll;
import id.netral.common.testing.HostileInput;
import id.netral.common.testing.SecurityTable;
import id.netral.common.testing.TestTokens;
import id.netral.common.testing.WebhookReceiver;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Who may call what in notification-service, as one table (see {@link SecurityTable}). */
@QuarkusTest
@WithTestResource(NotificationTestResource.class)
class SecurityTest {
    static final WebhookReceiver RECEIVER = WebhookReceiver.start();

    @AfterAll
    static void stop() {
        RECEIVER.close();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpoint() {
        String subscription = WebhookTest.subscribe(Roles.PORTAL, "34.04", RECEIVER.url(), "case.registered").statusCode(201)
                .extract().path("id");
        UUID event = UUID.randomUUID();
        WebhookTest.publish(event, "case.registered", "34.04", Map.of("caseId", "c-s")).statusCode(201);
        String delivery = Poll.until(() -> WebhookTest.deliveries(Roles.ADMIN, "*", "event", event.toString()),
                d -> "SUCCEEDED".equals(d.getString("items[0].status")), Duration.ofSeconds(30)).getString("items[0].id");
        WebhookTest.publish(UUID.randomUUID(), "case.overdue", "34.04", Map.of("caseId", UUID.randomUUID().toString(), "status",
                "UNDER_REVIEW", "deadline", "BAWASLU_REVIEW", "dueOn", "2024-10-11", "responsible", "bawaslu")).statusCode(201);
        String notice = WebhookTest.as(Roles.BAWASLU, "34.04").queryParam("kind", "OVERDUE").get("/api/v1/inbox").then().statusCode(200)
                .extract().path("items[0].id");
        // a takedown request for the tests' token subject, so that an ASN token of the table may acknowledge it
        WebhookTest.publish(UUID.randomUUID(), "takedown.requested", "34.04", Map.of("caseId", UUID.randomUUID().toString(),
                "employeeKey", "test-user")).statusCode(201);
        String takedown = WebhookTest.as(Roles.ASN, "34.04").queryParam("kind", "TAKEDOWN").get("/api/v1/inbox").then().statusCode(200)
                .extract().path("items[0].id");
        String broadcast = WebhookTest.as(Roles.BKPP, "34.04").contentType("application/json").body(Map.of("title", "Imbauan",
                "body", "Isi", "audience", Map.of("agencyCode", "NO-SUCH-AGENCY"))).post("/api/v1/broadcasts").then().statusCode(202)
                .extract().path("id");
        String newSubscription = "{\"url\": \"https://portal.example.go.id/hook\", \"events\": [\"case.registered\"], \"regionCode\": \"34.04\"}";
        return SecurityTable.tests(
                get("/api/v1/event-types").allows(Roles.PORTAL, "34.04", 200),
                get("/api/v1/event-types/case.registered").allows(Roles.PORTAL, "34.04", 200),
                post("/api/v1/events").json(() -> "{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"case.registered\", \"occurredAt\": \""
                        + Instant.now() + "\", \"regionCode\": \"34.04\", \"data\": {}}")
                        .allows(Roles.SERVICE, "*", 201).forbids(Roles.PORTAL).forbids(Roles.ADMIN).forbids(Roles.BAWASLU),
                post("/api/v1/events/batch").json(() -> "{\"events\": [{\"id\": \"" + UUID.randomUUID() + "\", \"type\": "
                        + "\"case.registered\", \"occurredAt\": \"" + Instant.now() + "\", \"regionCode\": \"34.04\", \"data\": {}}]}")
                        .allows(Roles.SERVICE, "*", 200).forbids(Roles.PORTAL).forbids(Roles.ADMIN).forbids(Roles.BAWASLU),
                get("/api/v1/events/" + event).allows(Roles.ADMIN, "*", 200).allows(Roles.SERVICE, "*", 200).forbids(Roles.PORTAL)
                        .hides(Roles.ADMIN, "35"),
                post("/api/v1/subscriptions").json(newSubscription).allows(Roles.PORTAL, "34.04", 201).allows(Roles.ADMIN, "*", 201)
                        .forbids(Roles.BAWASLU).forbids(Roles.SERVICE).forbids(Roles.BKPP),
                get("/api/v1/subscriptions").allows(Roles.PORTAL, "34.04", 200).allows(Roles.ADMIN, "*", 200).forbids(Roles.BKN),
                get("/api/v1/subscriptions/" + subscription).allows(Roles.PORTAL, "34.04", 200).allows(Roles.PORTAL, "34", 200)
                        .hides(Roles.PORTAL, "35").hides(Roles.PORTAL, "34.05").forbids(Roles.BAWASLU),
                delete("/api/v1/subscriptions/{new}", () -> "/api/v1/subscriptions/" + WebhookTest.subscribe(Roles.PORTAL, "34.04",
                        "https://portal.example.go.id/hook", "case.registered").extract().path("id"))
                        .allows(Roles.PORTAL, "34.04", 204).hides(Roles.PORTAL, "35").forbids(Roles.BAWASLU),
                post("/api/v1/subscriptions/" + subscription + "/secret").json("{\"overlap\": \"PT1H\"}")
                        .allows(Roles.PORTAL, "34.04", 200).hides(Roles.PORTAL, "35").forbids(Roles.PPK),
                post("/api/v1/subscriptions/" + subscription + "/pause").allows(Roles.PORTAL, "34.04", 200).hides(Roles.PORTAL, "35")
                        .forbids(Roles.BAWASLU),
                post("/api/v1/subscriptions/" + subscription + "/resume").allows(Roles.PORTAL, "34.04", 200).hides(Roles.PORTAL, "35")
                        .forbids(Roles.BAWASLU),
                post("/api/v1/subscriptions/" + subscription + "/replay").query("since", Instant.now().plusSeconds(-60).toString())
                        .allows(Roles.PORTAL, "34.04", 202).hides(Roles.PORTAL, "35").forbids(Roles.SERVICE),
                get("/api/v1/deliveries").allows(Roles.PORTAL, "34.04", 200).allows(Roles.ADMIN, "*", 200).forbids(Roles.BKPP),
                get("/api/v1/deliveries/" + delivery).allows(Roles.PORTAL, "34.04", 200).hides(Roles.PORTAL, "35").forbids(Roles.BAWASLU),
                get("/api/v1/inbox").allows(Roles.ASN, "34.04", 200).allows(Roles.BAWASLU, "34.04", 200).allows(Roles.PORTAL, "34", 200)
                        .forbids(Roles.SERVICE),
                post("/api/v1/inbox/" + notice + "/read").allows(Roles.BAWASLU, "34.04", 200).allows(Roles.BAWASLU, "34", 200)
                        .hides(Roles.BAWASLU, "35").hides(Roles.PPK, "34.04").hides(Roles.ASN, "34.04").forbids(Roles.SERVICE),
                post("/api/v1/inbox/" + takedown + "/acknowledge").allows(Roles.ASN, "34.04", 200).forbids(Roles.SERVICE),
                get("/api/v1/emails").allows(Roles.ADMIN, "*", 200).allows(Roles.ADMIN, "34.04", 200).forbids(Roles.PORTAL)
                        .forbids(Roles.BAWASLU).forbids(Roles.SERVICE),
                post("/api/v1/broadcasts").json("{\"title\": \"Imbauan\", \"body\": \"Isi\", \"audience\": {\"agencyCode\": \"X\"}}")
                        .allows(Roles.BAWASLU, "34.04", 202).allows(Roles.BKPP, "34.04", 202).allows(Roles.ADMIN, "*", 202)
                        .forbids(Roles.PORTAL).forbids(Roles.BKN).forbids(Roles.PPK).forbids(Roles.SERVICE).forbids(Roles.ASN),
                get("/api/v1/broadcasts").allows(Roles.BKPP, "34.04", 200).forbids(Roles.PORTAL),
                get("/api/v1/broadcasts/" + broadcast).allows(Roles.BKPP, "34.04", 200).allows(Roles.BAWASLU, "34", 200)
                        .hides(Roles.BKPP, "35").hides(Roles.BAWASLU, "34.05").forbids(Roles.PORTAL).forbids(Roles.ASN),
                get("/api/v1/broadcasts/" + broadcast + "/acknowledgements").allows(Roles.BKPP, "34.04", 200).hides(Roles.BKPP, "35")
                        .forbids(Roles.PPK),
                get("/api/v1/notices").query("caseId", UUID.randomUUID().toString()).allows(Roles.BAWASLU, "34.04", 200)
                        .allows(Roles.BKN, "*", 200).allows(Roles.PPK, "34.04", 200).forbids(Roles.PORTAL).forbids(Roles.ASN)
                        .forbids(Roles.SERVICE),
                post("/api/v1/deliveries/" + delivery + "/replay").allows(Roles.PORTAL, "34.04", 202).hides(Roles.PORTAL, "35")
                        .forbids(Roles.SERVICE));
    }

    @TestFactory
    Stream<DynamicTest> hostileInput() {
        return HostileInput.as(TestTokens.bearer(Roles.BKPP, "34.04")).paged("/api/v1/broadcasts").json("/api/v1/broadcasts", "title")
                .bodyLimit(10L * 1024 * 1024).tests();
    }
}
