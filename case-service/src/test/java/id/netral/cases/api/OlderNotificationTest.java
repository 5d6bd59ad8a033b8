package id.netral.cases.api;

import static id.netral.cases.api.IntakeTest.file;
import static id.netral.cases.api.IntakeTest.finding;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.netral.cases.testing.OlderNotificationResource;
import id.netral.cases.testing.Roster;
import id.netral.common.security.Roles;
import id.netral.common.testing.Poll;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Upgraded in the wrong order (case-service before notification-service), the relay meets a
 * notification-service without the batch endpoint: it falls back to one event per call, so that
 * every event still arrives under its own id, and says so in the gauge
 * {@code netral_outbox_relay_single_events} (and a warning in the log), rather than retrying the
 * batch for ever in silence.
 */
@QuarkusTest
@WithTestResource(OlderNotificationResource.class)
class OlderNotificationTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void withoutTheBatchEndpointEventsGoOnePerCallAndTheGaugeSaysSo() {
        Roster.Employee x = Roster.employee("34.04");
        String id = file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), "https://www.instagram.com/p/OLDER1/"), null)
                .statusCode(201).extract().path("id");

        JsonPath delivered = Poll.until(() -> OutboxRelayTest.outbox(id, true), o -> o.getList("items").size() == 2,
                OutboxRelayTest.PATIENCE);
        for (String event : delivered.getList("items.id", String.class)) {
            OutboxRelayTest.notification().get("/api/v1/events/" + event).then().statusCode(200).body("data.caseId", equalTo(id));
        }
        assertThat(OlderNotificationResource.BATCHES_REFUSED.get()).as("the batch was tried").isPositive();
        assertThat(OlderNotificationResource.SINGLE_EVENTS.get()).as("events went one per call").isGreaterThanOrEqualTo(2);
        assertThat(given().get(metrics).then().statusCode(200).extract().asString())
                .contains("netral_outbox_relay_single_events 1.0");
    }
}
