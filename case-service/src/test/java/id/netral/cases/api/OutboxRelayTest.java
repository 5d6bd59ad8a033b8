package id.netral.cases.api;

import static id.netral.cases.api.IntakeTest.as;
import static id.netral.cases.api.IntakeTest.file;
import static id.netral.cases.api.IntakeTest.finding;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.netral.cases.testing.NeighboursResource;
import id.netral.cases.testing.Roster;
import id.netral.common.security.Roles;
import id.netral.common.testing.Poll;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The outbox reaches the real notification-service under each event's own id, also after it was down. */
@QuarkusTest
@WithTestResource(NeighboursResource.class)
class OutboxRelayTest {
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    AgroalDataSource db;

    @Test
    void aRegisteredCaseIsPublishedToNotificationServiceUnderItsOutboxId() {
        Roster.Employee x = Roster.employee("34.04");
        String id = file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), "https://www.instagram.com/p/OUTBOX1/"), null)
                .statusCode(201).extract().path("id");
        // a like is the employee's own content: besides the registration, they are asked to take it down
        JsonPath delivered = Poll.until(() -> outbox(id, true), o -> o.getList("items").size() == 2, PATIENCE);
        assertThat(delivered.getList("items.type", String.class)).containsExactlyInAnyOrder("case.registered", "takedown.requested");
        String event = delivered.getString("items.find { it.type == 'case.registered' }.id");
        notification().get("/api/v1/events/" + event).then().statusCode(200)
                .body("type", equalTo("case.registered")).body("data.caseId", equalTo(id)).body("regionCode", equalTo("34.04"));
        notification().get("/api/v1/events/" + delivered.getString("items.find { it.type == 'takedown.requested' }.id")).then()
                .statusCode(200).body("data.ownContent", equalTo(true)).body("data.employeeKey", equalTo(x.nip()))
                .body("data.url", equalTo("https://www.instagram.com/p/OUTBOX1/"));
        assertThat(outbox(id, false).getList("items")).isEmpty();
    }

    @Test
    void eventsWaitWhileNotificationServiceIsDownAndGoOutUnderTheSameIdsWhenItIsBack() {
        Roster.Employee x = Roster.employee("34.04");
        NeighboursResource.neighbours().notificationProxy().cutOff();
        String id;
        String event;
        try {
            id = file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), "https://www.instagram.com/p/OUTBOX2/"), null)
                    .statusCode(201).body("status", equalTo("REGISTERED")).extract().path("id");
            JsonPath waiting = Poll.until(() -> outbox(id, false),
                    o -> !o.getList("items").isEmpty() && o.getInt("items[0].attempts") >= 2, PATIENCE);
            assertThat(waiting.getString("items[0].lastError")).isNotBlank();
            event = waiting.getString("items[0].id");
            notification().get("/api/v1/events/" + event).then().statusCode(404);
        } finally {
            NeighboursResource.neighbours().notificationProxy().restore();
        }
        Poll.until(() -> outbox(id, true).getList("items.id"), (List<Object> ids) -> ids.contains(event), PATIENCE);
        notification().get("/api/v1/events/" + event).then().statusCode(200).body("data.caseId", equalTo(id));
        Poll.until(() -> outbox(id, false).getList("items"), List::isEmpty, PATIENCE);
    }

    @Test
    void anEventNotificationServiceRefusesWaitsWithItsReasonWhileOthersGoOut() throws Exception {
        // an event no case-service code writes (its type is not in notification-service's catalog), due with a real one
        UUID caseId = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO outbox_event (id, type, occurred_at, region_code, data, next_attempt_at) VALUES ('" + bad
                    + "', 'case.vanished', now(), '34.04', '{\"caseId\": \"" + caseId + "\"}', now())");
        }
        Roster.Employee x = Roster.employee("34.04");
        String id = file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), "https://www.instagram.com/p/OUTBOX3/"), null)
                .statusCode(201).extract().path("id");

        Poll.until(() -> outbox(id, true), o -> o.getList("items").size() == 2, PATIENCE);
        JsonPath waiting = Poll.until(() -> outbox(caseId.toString(), false), o -> o.getInt("items[0].attempts") >= 1, PATIENCE);
        assertThat(waiting.getString("items[0].id")).isEqualTo(bad.toString());
        assertThat(waiting.getString("items[0].lastError")).startsWith("UNKNOWN_TYPE: ").contains("case.vanished");
        notification().get("/api/v1/events/" + bad).then().statusCode(404);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM outbox_event WHERE id = '" + bad + "'");
        }
    }

    /**
     * A backlog larger than one pass (relay-batch 100): the workers (3 by default) claim their passes
     * side by side, and no event is claimed by two of them, so each reaches notification-service
     * with one attempt.
     */
    @Test
    void aBacklogIsSharedByTheRelaysWorkersAndEachEventGoesOutOnce() throws Exception {
        UUID caseId = UUID.randomUUID();
        int events = 350;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO outbox_event (id, type, occurred_at, region_code, data, next_attempt_at)"
                    + " SELECT gen_random_uuid(), 'case.registered', now(), '34.04', jsonb_build_object('caseId', '" + caseId
                    + "', 'status', 'REGISTERED', 'act', 'SOCIAL_MEDIA_LIKE', 'election', 'PILKADA_2024', 'verdict', 'VIOLATION'), now()"
                    + " FROM generate_series(1, " + events + ")");
        }
        Poll.until(() -> outbox(caseId.toString(), false).getInt("total"), (Integer left) -> left == 0, PATIENCE);
        JsonPath delivered = as(Roles.ADMIN, "*").queryParam("case", caseId).queryParam("delivered", true).queryParam("size", 500)
                .get("/api/v1/outbox").then().statusCode(200).extract().jsonPath();
        assertThat(delivered.getInt("total")).isEqualTo(events);
        assertThat(delivered.getList("items.attempts", Integer.class)).hasSize(events).containsOnly(1);
        for (String event : delivered.getList("items.id", String.class).subList(0, 5)) {
            notification().get("/api/v1/events/" + event).then().statusCode(200).body("data.caseId", equalTo(caseId.toString()));
        }
    }

    @Test
    void onlyAdminsReadTheOutbox() {
        as(Roles.BAWASLU, "*").get("/api/v1/outbox").then().statusCode(403);
        as(Roles.SERVICE, "*").get("/api/v1/outbox").then().statusCode(403);
    }

    static JsonPath outbox(String caseId, boolean delivered) {
        return as(Roles.ADMIN, "*").queryParam("case", caseId).queryParam("delivered", delivered).get("/api/v1/outbox")
                .then().statusCode(200).extract().jsonPath();
    }

    static io.restassured.specification.RequestSpecification notification() {
        return given().baseUri(NeighboursResource.neighbours().notificationUrl())
                .header("Authorization", TestTokens.bearer(Roles.ADMIN, "*"));
    }

}
