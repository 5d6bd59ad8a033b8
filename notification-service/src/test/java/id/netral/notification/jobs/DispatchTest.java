package id.netral.notification.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.security.Roles;
import id.netral.notification.testing.NotificationTestResource;
import id.netral.common.testing.Poll;
import id.netral.notification.api.WebhookTestSupport;
import id.netral.notification.app.Dispatch;
import id.netral.common.testing.WebhookReceiver;
import io.quarkus.test.common.WithTestResource;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Dispatch with several dispatchers on one database: each runs its passes in its own transactions
 * and claims with FOR UPDATE SKIP LOCKED, exactly as pods do; what is claimed by a pod that dies is
 * sent by another once the lease has run out, and the attempt the dead pod started stays on record.
 */
@QuarkusTest
@WithTestResource(NotificationTestResource.class)
class DispatchTest {
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    Dispatch dispatch;

    @Test
    void fourDispatchersAtOnceDeliverEveryEventExactlyOnce() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String region = WebhookTestSupport.freshRegion();
            receiver.verifyWith(WebhookTestSupport.subscribe(Roles.PORTAL, region, receiver.url(), "case.status-changed")
                    .statusCode(201).extract().path("secret"));
            int events = 600;
            for (int i = 0; i < events; i++) {
                WebhookTestSupport.publish(UUID.randomUUID(), "case.status-changed", region, Map.of("n", i)).statusCode(201);
            }
            // three more dispatchers beside the scheduled one, each looping until nothing is due
            ExecutorService pods = Executors.newFixedThreadPool(3);
            try {
                List<Future<?>> running = List.of(pods.submit(dispatcher::run), pods.submit(dispatcher::run), pods.submit(dispatcher::run));
                for (Future<?> pod : running) {
                    pod.get();
                }
            } finally {
                pods.shutdown();
            }
            Poll.until(receiver::received, r -> r.size() >= events, PATIENCE);
            Thread.sleep(1500);
            Map<String, Long> perId = receiver.received().stream()
                    .collect(Collectors.groupingBy(WebhookReceiver.Received::id, Collectors.counting()));
            assertThat(perId).hasSize(events);
            assertThat(perId.values()).allMatch(n -> n == 1);
            assertThat(receiver.received()).allMatch(WebhookReceiver.Received::verified);
        }
    }

    @Test
    void whatADeadPodClaimedIsSentOnceItsLeaseRunsOut() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String region = WebhookTestSupport.freshRegion();
            receiver.verifyWith(WebhookTestSupport.subscribe(Roles.PORTAL, region, receiver.url(), "case.overdue")
                    .statusCode(201).extract().path("secret"));
            // the scheduled dispatcher may win the race for a fresh delivery; try until this "pod" holds one
            for (int tries = 0; tries < 20; tries++) {
                UUID event = UUID.randomUUID();
                WebhookTestSupport.publish(event, "case.overdue", region, Map.of("caseId", "lease")).statusCode(201);
                OffsetDateTime claimedAt = OffsetDateTime.now();
                List<Dispatch.Due> held = dispatch.claim(100).stream().filter(d -> d.eventId().equals(event)).toList();
                if (held.isEmpty()) {
                    continue;
                }
                // the pod dies here: it never sends nor records
                WebhookReceiver.Received got = Poll.until(receiver::received,
                        r -> r.stream().anyMatch(x -> x.id().equals(event.toString())), PATIENCE)
                        .stream().filter(x -> x.id().equals(event.toString())).findFirst().orElseThrow();
                long sentAfter = Long.parseLong(got.timestamp()) - claimedAt.toEpochSecond();
                assertThat(sentAfter).as("sent only after the 3 s lease").isGreaterThanOrEqualTo(2);
                assertThat(receiver.received().stream().filter(x -> x.id().equals(event.toString()))).hasSize(1);
                // the dead pod's attempt stays on record (written at the claim, before sending), then the one that went through
                JsonPath log = Poll.until(() -> WebhookTestSupport.deliveries(Roles.PORTAL, region, "event", event.toString()),
                        d -> d.getInt("items[0].attempts.size()") == 2 && "SUCCEEDED".equals(d.getString("items[0].status")), PATIENCE);
                assertThat(log.getInt("items[0].attempts[0].number")).isEqualTo(1);
                assertThat(log.getString("items[0].attempts[0].error")).contains("dispatcher stopped mid-send");
                assertThat(log.<Object>get("items[0].attempts[0].latencyMs")).as("no outcome recorded").isNull();
                assertThat(log.<Object>get("items[0].attempts[0].statusCode")).isNull();
                assertThat(log.getInt("items[0].attempts[1].number")).isEqualTo(2);
                assertThat(log.getInt("items[0].attempts[1].statusCode")).isEqualTo(200);
                return;
            }
            throw new AssertionError("the scheduled dispatcher took every delivery first, 20 times");
        }
    }

}
