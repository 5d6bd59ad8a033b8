package id.netral.devstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.testing.Poll;
import id.netral.common.testing.WebhookReceiver;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Scaling out on one machine, as {@code kubectl scale} does in a cluster: two instances of
 * case-service and three of notification-service on the same PostgreSQL databases. Findings are
 * filed through both case-service instances at once; their outboxes are relayed by whichever
 * instance claims them, into two notification-service instances, and the webhooks are sent by
 * whichever of the three claims them. The portal must receive every event exactly once.
 */
class ScalingTest {
    private static final int CASES = 200;
    private static final int EMPLOYEES = 20;
    private static final String REGION = "35.78";

    @Test
    void twoCaseAndThreeNotificationInstancesDeliverEveryEventExactlyOnce() throws Exception {
        Suite suite = SharedSuite.get();
        ServiceSpec caseSpec = ServiceSpec.SUITE.get(2);
        ServiceSpec notificationSpec = ServiceSpec.SUITE.get(3);
        // small claims, so that the three dispatchers take turns instead of one taking everything at once
        Map<String, String> smallBatches = Map.of("NETRAL_NOTIFICATION_WEBHOOKS_BATCH", "5", "NETRAL_CASES_RELAY_BATCH", "5");
        try (Suite.Replica notification2 = suite.startReplica(notificationSpec, smallBatches);
                Suite.Replica notification3 = suite.startReplica(notificationSpec, smallBatches);
                // the second case-service hands its events to the second notification-service
                Suite.Replica case2 = suite.startReplica(caseSpec, Map.of("NETRAL_NOTIFICATION_URL", notification2.url(),
                        "NETRAL_CASES_RELAY_BATCH", "5"));
                // a portal taking 50 ms a request: one dispatcher's claim keeps it busy for a while, so the others
                // take their turns (with an instant portal, the warm instance once sent all 200 and the test proved nothing)
                WebhookReceiver portal = WebhookReceiver.start().slowly(Duration.ofMillis(50))) {
            String roster = suite.url(ServiceSpec.SUITE.get(0));
            List<String> nips = employees(roster);
            portal.verifyWith(given().baseUri(suite.url(notificationSpec)).header("Authorization", SharedSuite.token("portal", REGION))
                    .contentType("application/json")
                    .body(Map.of("url", portal.url(), "events", List.of("case.registered"), "regionCode", REGION))
                    .post("/api/v1/subscriptions").then().statusCode(201).extract().path("secret"));

            List<String> caseServices = List.of(suite.url(caseSpec), case2.url());
            Set<String> caseIds = file(caseServices, nips);
            assertThat(caseIds).hasSize(CASES);

            Poll.until(portal::received, r -> r.size() >= CASES, Duration.ofSeconds(180));
            Thread.sleep(3000); // a duplicate would come late: a lease running out, a retry
            List<WebhookReceiver.Received> received = portal.received();
            Map<String, Long> perEvent = received.stream().collect(Collectors.groupingBy(WebhookReceiver.Received::id, Collectors.counting()));
            assertThat(received).as("every request verified with the subscription's secret").allMatch(WebhookReceiver.Received::verified);
            assertThat(perEvent.values()).as("no event delivered twice").allMatch(n -> n == 1);
            assertThat(received.stream().map(r -> JsonPath.from(r.body()).getString("data.caseId")).collect(Collectors.toSet()))
                    .as("every case's event, none other").isEqualTo(caseIds);

            Map<String, Double> attempts = new HashMap<>();
            attempts.put("notification-service", delivered(suite.managementUrl(notificationSpec), "netral_webhook_attempts_total"));
            attempts.put("notification-service-2", delivered(notification2.managementUrl(), "netral_webhook_attempts_total"));
            attempts.put("notification-service-3", delivered(notification3.managementUrl(), "netral_webhook_attempts_total"));
            Map<String, Double> relayed = Map.of("case-service", delivered(suite.managementUrl(caseSpec), "netral_outbox_relayed_total"),
                    "case-service-2", delivered(case2.managementUrl(), "netral_outbox_relayed_total"));
            System.out.println("Webhooks delivered per instance: " + attempts + "; outbox events relayed per instance: " + relayed);
            assertThat(attempts.values().stream().filter(n -> n > 0)).as("instances that sent webhooks").hasSizeGreaterThan(1);
        }
    }

    /** Employees of one agency in a region no other end-to-end test uses, so the portal sees only this test's cases. */
    private static List<String> employees(String roster) {
        String bkpp = SharedSuite.token("bkpp", REGION);
        given().baseUri(roster).header("Authorization", bkpp).contentType("application/json")
                .body(Map.of("code", "PEMKOT-SBY-SCALE", "name", "Pemerintah Kota Surabaya", "regionCode", REGION,
                        "ppk", Map.of("name", "Wali Kota Surabaya", "office", "Wali Kota")))
                .post("/api/v1/agencies").then().statusCode(201);
        given().baseUri(roster).header("Authorization", bkpp).contentType("application/json")
                .body(Map.of("code", "DISHUB", "name", "Dinas Perhubungan")).post("/api/v1/agencies/PEMKOT-SBY-SCALE/units")
                .then().statusCode(201);
        List<String> nips = new ArrayList<>();
        for (int i = 0; i < EMPLOYEES; i++) {
            String nip = String.format("1990010120150110%02d", i + 1);
            given().baseUri(roster).header("Authorization", bkpp).contentType("application/json")
                    .body(Map.of("nip", nip, "name", "Pegawai Skala " + i, "employmentType", "PNS", "agencyCode", "PEMKOT-SBY-SCALE",
                            "unitCode", "DISHUB", "position", "Staf"))
                    .post("/api/v1/employees").then().statusCode(201);
            nips.add(nip);
        }
        return nips;
    }

    /** Files the findings from eight threads, alternating between the case-service instances; returns the case ids. */
    private static Set<String> file(List<String> caseServices, List<String> nips) throws Exception {
        String bawaslu = SharedSuite.token("bawaslu", REGION);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> filed = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                int n = i;
                filed.add(pool.submit(() -> given().baseUri(caseServices.get(n % 2)).header("Authorization", bawaslu)
                        .contentType("application/json")
                        .body(Map.of("source", "FINDING", "election", "PILKADA_2024", "reported", Map.of("nip", nips.get(n % nips.size())),
                                "act", "SOCIAL_MEDIA_LIKE", "occurredAt", "2024-10-30T09:15:00+07:00", "place", "Instagram",
                                "evidence", List.of(Map.of("kind", "URL", "url", "https://www.instagram.com/p/SCALE" + n + "/"))))
                        .post("/api/v1/cases").then().statusCode(201).extract().<String>path("id")));
            }
            Set<String> ids = new java.util.HashSet<>();
            for (Future<String> id : filed) {
                ids.add(id.get());
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    private static final Pattern SAMPLE = Pattern.compile("(?m)^(\\w+)\\{[^}]*outcome=\"(?:delivered|published)\"[^}]*} ([0-9.E+]+)$");

    /** The successful count of a counter on one instance's Prometheus endpoint (0 when it has not counted yet). */
    private static double delivered(String service, String metric) {
        String metrics = given().baseUri(service).get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = SAMPLE.matcher(metrics);
        while (m.find()) {
            if (m.group(1).equals(metric)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }
}
