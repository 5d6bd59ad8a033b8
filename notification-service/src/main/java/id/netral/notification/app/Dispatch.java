package id.netral.notification.app;

import id.netral.common.events.EventPayload;
import id.netral.notification.store.DeliveryQueue;
import id.netral.notification.domain.RetrySchedule;
import id.netral.notification.domain.Subscription;
import id.netral.common.security.Disclosure;
import id.netral.common.error.Failures;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.notification.config.NotificationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Optional;

/**
 * The bookkeeping of webhook delivery, safe with several dispatchers on one database: a pass
 * claims due deliveries with {@code FOR UPDATE SKIP LOCKED} and moves them a lease ahead, so no
 * other pod takes them while they are sent, and a pod that dies leaves them due again when the
 * lease ends. The results are written back in one transaction per pass.
 */
@ApplicationScoped
public class Dispatch {

    @Inject
    DeliveryQueue deliveries;

    @Inject
    NotificationConfig config;

    @Inject
    Events events;

    @Inject
    ObjectMapper json;

    /** A claimed delivery with all it takes to send it. */
    public record Due(UUID delivery, int attempt, UUID subscription, String url, List<String> secrets, UUID eventId, String type,
            OffsetDateTime occurredAt, String data) {
    }

    /** What one attempt came to: the receiver's status (null when unreachable), the time taken, the error. */
    public record Result(Due due, OffsetDateTime attemptedAt, Integer statusCode, int latencyMs, String error) {
        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /** Claims up to {@code max} due deliveries of active subscriptions for this pod, leased for the configured time. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Due> claim(int max) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Due> due = new ArrayList<>();
        for (DeliveryQueue.Claimed c : deliveries.claimDue(now, max, now.plus(config.webhooks().lease()))) {
            List<String> secrets = Subscription.signingSecrets(c.secret(), c.previousSecret(), c.previousSecretUntil(), now);
            due.add(new Due(c.delivery(), c.attempts(), c.subscription(), c.url(), secrets, c.eventId(), c.type(), c.occurredAt(),
                    disclosed(c.data(), c.personalData())));
        }
        return due;
    }

    /** An event's data as the subscription's owner may see it: a portal's with NIPs and addresses masked. */
    private String disclosed(String data, boolean personalData) {
        if (personalData) {
            return data;
        }
        try {
            return json.writeValueAsString(Disclosure.PORTAL.apply(json.readTree(data)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event's data is stored as JSON", e);
        }
    }

    /**
     * Records a pass's attempts: a 2xx ends a delivery; a failure schedules the next attempt after
     * the configured wait (with jitter) or, after the last, marks it DEAD. A subscription whose
     * delivery dies without any success since that delivery began is paused, and its owner told.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(List<Result> results) {
        if (results.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // set-based: one statement for every attempt of the pass and one for every success, whatever the batch size
        ArrayNode attempts = JsonNodeFactory.instance.arrayNode();
        ArrayNode succeeded = JsonNodeFactory.instance.arrayNode();
        for (Result r : results) {
            ObjectNode a = attempts.addObject().put("delivery", r.due().delivery().toString()).put("number", r.due().attempt())
                    .put("at", r.attemptedAt().toString()).put("latency", r.latencyMs()).put("error", Failures.clip(r.error()));
            if (r.statusCode() != null) {
                a.put("status", r.statusCode());
            }
            if (r.succeeded()) {
                succeeded.addObject().put("delivery", r.due().delivery().toString()).put("number", r.due().attempt())
                        .put("subscription", r.due().subscription().toString());
            }
        }
        deliveries.recordAttempts(attempts.toString());
        if (!succeeded.isEmpty()) {
            deliveries.markSucceeded(succeeded.toString(), now);
        }
        List<Duration> delays = config.webhooks().retryDelays();
        for (Result r : results) {
            if (r.succeeded()) {
                continue;
            }
            Optional<Duration> wait = RetrySchedule.after(r.due().attempt(), delays);
            if (wait.isPresent()) {
                deliveries.retryAt(r.due().delivery(), r.due().attempt(), now.plus(wait.get()));
            } else {
                deliveries.markDead(r.due().delivery(), r.due().attempt(), now);
                pauseIfFailingSince(r.due(), now);
            }
        }
    }

    /** Pauses the subscription when nothing reached it since the dead delivery was created; raises subscription.paused once. */
    private void pauseIfFailingSince(Due due, OffsetDateTime now) {
        String reason = "Pengiriman " + due.delivery() + " gagal pada semua percobaan tanpa satu pun pengiriman berhasil sejak itu";
        if (deliveries.pauseIfNothingSucceededSince(due.subscription(), due.delivery(), now, reason)) {
            Subscription s = Subscription.findById(due.subscription());
            events.raise(new EventPayload.SubscriptionPaused(s.id, s.url, s.owner, s.contactEmail, due.delivery(), reason), s.regionCode);
        }
    }
}
