package id.netral.cases.client;

import id.netral.common.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * notification-service as the outbox relay uses it. No retry here: the outbox is the retry, with
 * its own backoff and nothing lost in between; the breaker stops a pass from waiting on a service
 * that is down.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
public class Notifications {

    @Inject
    @RestClient
    NotificationClient notification;

    /**
     * Publishes the events in one call and answers what became of each, in their order; a failure
     * of the call itself (down, slow, breaker open) throws.
     */
    public List<NotificationClient.Answer> publishAll(List<EventEnvelope> events) {
        List<NotificationClient.Answer> answers = notification.publishAll(new NotificationClient.Batch(events)).results();
        if (answers == null || answers.size() != events.size()) {
            throw new IllegalStateException("notification-service answered " + (answers == null ? "no" : answers.size())
                    + " results for " + events.size() + " events");
        }
        return answers;
    }
}
