package id.netral.cases.jobs;

import id.netral.common.error.Failures;
import id.netral.common.metrics.Outcomes;
import id.netral.cases.client.NotificationClient;
import id.netral.cases.client.Notifications;
import id.netral.cases.config.CaseConfig;
import id.netral.cases.domain.OutboxEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Hands the outbox to notification-service: claims due events (leased, {@code FOR UPDATE SKIP
 * LOCKED}, so replicas never send one twice at the same time), publishes each under its own id
 * outside any transaction, and records the outcome. notification-service stores an event once per
 * id, so a retry after a lost answer does no harm. While it is down, events wait with a growing
 * backoff; nothing is dropped. Each pod counts what it relayed in
 * {@code netral_outbox_relayed_total{outcome=published|failed}}.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);

    @Inject
    Notifications notifications;

    @Inject
    CaseConfig config;

    private final Outcomes relayed;

    @Inject
    OutboxRelay(MeterRegistry registry) {
        relayed = Outcomes.of(registry, "netral.outbox.relayed", "published");
    }

    @Scheduled(every = "${netral.cases.relay-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "3s")
    void run() {
        int batch = config.relayBatch();
        List<OutboxEvent> due;
        do {
            due = QuarkusTransaction.requiringNew().call(() -> {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                return OutboxEvent.claimDue(batch, now, now.plus(config.relayLease()));
            });
            // handed-over events are marked in one transaction per pass, not one each; should the pod stop in between,
            // they are sent again after their lease, and notification-service stores an event once per id
            List<UUID> handedOver = new ArrayList<>();
            for (int i = 0; i < due.size(); i++) {
                OutboxEvent event = due.get(i);
                String error = publish(event);
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                if (error == null) {
                    handedOver.add(event.id);
                    relayed.count(true);
                } else {
                    relayed.count(false);
                    // the rest of the pass would meet the same failure: count it once, give the rest back
                    List<OutboxEvent> untried = due.subList(i + 1, due.size());
                    QuarkusTransaction.requiringNew().run(() -> {
                        OutboxEvent.delivered(handedOver, now);
                        OutboxEvent.failed(event.id, error, now, config.relayRetryFirst(), MAX_WAIT);
                        untried.forEach(u -> OutboxEvent.release(u.id, now.plus(config.relayRetryFirst())));
                    });
                    LOG.warnf("outbox: notification-service did not take event %s (%s): %s", event.id, event.type, error);
                    return;
                }
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            QuarkusTransaction.requiringNew().run(() -> OutboxEvent.delivered(handedOver, now));
        } while (due.size() == batch);
    }

    private String publish(OutboxEvent event) {
        try {
            notifications.publish(new NotificationClient.Event(event.id, event.type, event.occurredAt, event.regionCode, event.agencyCode,
                    event.data));
            return null;
        } catch (RuntimeException e) {
            return Failures.describe(e);
        }
    }
}
