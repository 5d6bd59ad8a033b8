package id.netral.cases.client;

import id.netral.common.events.EventEnvelope;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * notification-service as the outbox relay uses it. No retry here: the outbox is the retry, with
 * its own backoff and nothing lost in between; the breaker stops a pass from waiting on a service
 * that is down.
 *
 * <p>Events go in batches. A notification-service older than the batch endpoint answers it 404
 * (it was upgraded after this case-service, against the order the README gives): the events then go
 * one per call, with a warning and the gauge {@code netral_outbox_relay_single_events} at 1, and the
 * batch is tried again every few minutes, so that an upgrade of notification-service brings it back.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
public class Notifications {
    private static final Logger LOG = Logger.getLogger(Notifications.class);
    /** How long one event per call lasts before the batch endpoint is asked again. */
    static final Duration BATCH_RECHECK = Duration.ofMinutes(5);
    /** 1 while events go one per call. */
    static final String GAUGE = "netral.outbox.relay.single.events";

    @Inject
    @RestClient
    NotificationClient notification;

    /** When the batch endpoint was last found missing (System.nanoTime()), or 0 while it works. */
    private final AtomicLong batchMissingAt = new AtomicLong();

    @Inject
    Notifications(MeterRegistry registry) {
        // Micrometer's global registry can outlive an application in one JVM (tests, dev mode) and keeps
        // the first gauge of a name: this application's replaces it
        Optional.ofNullable(registry.find(GAUGE).gauge()).ifPresent(registry::remove);
        registry.gauge(GAUGE, batchMissingAt, missing -> missing.get() == 0 ? 0 : 1);
    }

    /**
     * Publishes the events and answers what became of each, in their order; a failure of the call
     * itself (down, slow, breaker open) throws.
     */
    public List<NotificationClient.Answer> publishAll(List<EventEnvelope> events) {
        long missingAt = batchMissingAt.get();
        if (missingAt == 0 || System.nanoTime() - missingAt > BATCH_RECHECK.toNanos()) {
            try {
                List<NotificationClient.Answer> answers = batch(events);
                if (missingAt != 0 && batchMissingAt.compareAndSet(missingAt, 0)) {
                    LOG.info("outbox: notification-service takes events in batches again");
                }
                return answers;
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() != Response.Status.NOT_FOUND.getStatusCode()) {
                    throw e;
                }
                if (batchMissingAt.getAndSet(System.nanoTime()) == 0) {
                    LOG.warn("outbox: notification-service has no batch endpoint (POST /api/v1/events/batch answered 404: it is older "
                            + "than this case-service); events go one per call until it has. Upgrade notification-service before "
                            + "case-service (README, upgrading).");
                }
            }
        }
        return events.stream().map(this::one).toList();
    }

    private List<NotificationClient.Answer> batch(List<EventEnvelope> events) {
        List<NotificationClient.Answer> answers = notification.publishAll(new NotificationClient.Batch(events)).results();
        if (answers == null || answers.size() != events.size()) {
            throw new IllegalStateException("notification-service answered " + (answers == null ? "no" : answers.size())
                    + " results for " + events.size() + " events");
        }
        return answers;
    }

    /** One event by the single endpoint, answered as the batch would: stored, stored earlier, or refused (409, 422). */
    private NotificationClient.Answer one(EventEnvelope event) {
        try (Response stored = notification.publish(event)) {
            return new NotificationClient.Answer(event.id(), stored.getStatus() == Response.Status.CREATED.getStatusCode() ? "CREATED"
                    : "DUPLICATE", null, null);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == Response.Status.CONFLICT.getStatusCode() || status == 422) {
                return new NotificationClient.Answer(event.id(), "REFUSED", "HTTP " + status + ": " + e.getMessage(), null);
            }
            throw e;
        }
    }
}
