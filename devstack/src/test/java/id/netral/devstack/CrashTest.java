package id.netral.devstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.testing.Poll;
import id.netral.common.testing.WebhookReceiver;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A node dies or the OOM killer strikes (SIGKILL: no shutdown, no rollback by the service itself)
 * while the suite works, and the service is started again. case-service killed while officers
 * file findings: every finding acknowledged exists once, with a valid audit chain. notification-service
 * killed while it delivers webhooks to a slow portal: every event reaches the portal (at least once,
 * none missing), a repeat only ever under the event's one webhook-id, each signature verified.
 */
class CrashTest {
    private static final ServiceSpec CASES = ServiceSpec.SUITE.get(2);
    private static final ServiceSpec NOTIFICATION = ServiceSpec.SUITE.get(3);

    @Test
    void caseServiceKilledWhileFindingsAreFiledLosesAndDuplicatesNone() throws Exception {
        CaseChecks.fileAround("under SIGKILL", "PEMKAB-CRASH", "198503122010011081", () -> SharedSuite.get().killAndRestart(CASES));
    }

    @Test
    void notificationServiceKilledWhileDeliveringLosesNoEvent() throws Exception {
        Suite suite = SharedSuite.get();
        RosterFixture.employeeWithAccount(suite.url(RosterImports.ROSTER), SharedSuite.token("bkpp", "34.04"), "PEMKAB-HOOKS", "34.04",
                "198503122010011082", "https://www.instagram.com/budi.hooks/");
        // a portal that takes 100 ms per request: deliveries are under way when notification-service dies
        WebhookReceiver portal = WebhookReceiver.start().slowly(Duration.ofMillis(100));
        try (portal) {
            portal.verifyWith(given().baseUri(suite.url(NOTIFICATION)).header("Authorization", SharedSuite.token("portal", "34.04"))
                    .contentType("application/json").body(Map.of("url", portal.url(), "events", List.of("case.registered"), "regionCode", "34.04"))
                    .post("/api/v1/subscriptions").then().statusCode(201).extract().path("secret"));
            FilingOfficers officers = new FilingOfficers(suite.url(CASES), SharedSuite.token("bawaslu", "34.04"), "198503122010011082", 4);
            int beforeKill;
            try (officers) {
                // killed while findings still come in, so events are in the outbox, in the queue and on the wire
                Poll.until(() -> portal.received().size(), n -> n >= 20, Duration.ofSeconds(90));
                beforeKill = portal.received().size();
                suite.killAndRestart(NOTIFICATION);
                Poll.until(officers::acknowledged, n -> n >= beforeKill + 100, Duration.ofSeconds(90));
            }
            Set<String> expected = new HashSet<>(officers.cases());

            Poll.until(() -> ours(portal, expected).stream().map(CrashTest::caseOf).collect(Collectors.toSet()), got -> got.containsAll(expected),
                    Duration.ofMinutes(3));
            List<WebhookReceiver.Received> received = ours(portal, expected);
            Map<String, Set<String>> casesByWebhookId = new TreeMap<>();
            Map<String, Set<String>> webhookIdsByCase = new TreeMap<>();
            for (WebhookReceiver.Received r : received) {
                assertThat(r.verified()).as("signature of " + r.id()).isTrue();
                casesByWebhookId.computeIfAbsent(r.id(), k -> new HashSet<>()).add(caseOf(r));
                webhookIdsByCase.computeIfAbsent(caseOf(r), k -> new HashSet<>()).add(r.id());
            }
            System.out.printf("Webhooks under SIGKILL of notification-service: %d events expected, %d received before the kill, "
                    + "%d received in all, %d distinct, %d repeats%n", expected.size(), beforeKill, received.size(), webhookIdsByCase.size(),
                    received.size() - webhookIdsByCase.size());
            assertThat(webhookIdsByCase.keySet()).as("every event reached the portal").containsAll(expected);
            assertThat(casesByWebhookId.values()).as("a webhook-id stands for one event").allMatch(cases -> cases.size() == 1);
            assertThat(webhookIdsByCase.values()).as("an event is repeated only under its one webhook-id").allMatch(ids -> ids.size() == 1);
        }
    }

    /** What the portal received about the cases of this test (other tests' cases of the region arrive too). */
    private static List<WebhookReceiver.Received> ours(WebhookReceiver portal, Set<String> cases) {
        return portal.received().stream().filter(r -> r.answered() == 200 && cases.contains(caseOf(r))).toList();
    }

    private static String caseOf(WebhookReceiver.Received r) {
        return JsonPath.from(r.body()).getString("data.caseId");
    }
}
