package id.netral.cases.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * notification-service as the outbox relay uses it. No retry here: the outbox is the retry, with
 * its own backoff and nothing lost in between; the breaker stops a pass from waiting on a service
 * that is down, one timeout per event.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
public class Notifications {

    @Inject
    @RestClient
    NotificationClient notification;

    /** Publishes the event; any failure (down, slow, refused, breaker open) throws. */
    public void publish(NotificationClient.Event event) {
        notification.publish(event);
    }
}
