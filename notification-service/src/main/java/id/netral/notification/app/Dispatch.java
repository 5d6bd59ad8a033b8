package id.netral.notification.app;

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
import jakarta.persistence.EntityManager;
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
    EntityManager em;

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
    @SuppressWarnings("unchecked")
    public List<Due> claim(int max) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> rows = em.createNativeQuery("WITH due AS (SELECT d.id FROM delivery d JOIN subscription s ON s.id = d.subscription_id"
                        + " WHERE d.status IN ('PENDING', 'RETRYING') AND d.next_attempt_at <= ?1 AND s.status = 'ACTIVE'"
                        + " AND s.deleted_at IS NULL ORDER BY d.next_attempt_at LIMIT ?2 FOR UPDATE OF d SKIP LOCKED)"
                        + " UPDATE delivery d SET next_attempt_at = ?3 FROM due, subscription s, event e"
                        + " WHERE d.id = due.id AND s.id = d.subscription_id AND e.id = d.event_id"
                        + " RETURNING d.id, d.attempts, s.id, s.url, s.secret, s.previous_secret, s.previous_secret_until,"
                        + " e.id, e.type, e.occurred_at, CAST(e.data AS text), s.personal_data")
                .setParameter(1, now).setParameter(2, max).setParameter(3, now.plus(config.webhooks().lease()))
                .getResultList();
        List<Due> due = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            List<String> secrets = Subscription.signingSecrets((String) r[4], (String) r[5], offset(r[6]), now);
            due.add(new Due((UUID) r[0], ((Number) r[1]).intValue() + 1, (UUID) r[2], (String) r[3], secrets, (UUID) r[7],
                    (String) r[8], offset(r[9]), disclosed((String) r[10], (Boolean) r[11])));
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
        em.createNativeQuery("INSERT INTO delivery_attempt (delivery_id, number, attempted_at, status_code, latency_ms, error)"
                        + " SELECT delivery, number, at, status, latency, error FROM jsonb_to_recordset(CAST(?1 AS jsonb))"
                        + " AS t(delivery uuid, number int, at timestamptz, status int, latency int, error text) ON CONFLICT DO NOTHING")
                .setParameter(1, attempts.toString()).executeUpdate();
        if (!succeeded.isEmpty()) {
            em.createNativeQuery("WITH ok AS (SELECT * FROM jsonb_to_recordset(CAST(?1 AS jsonb)) AS t(delivery uuid, number int,"
                            + " subscription uuid)), done AS (UPDATE delivery d SET status = 'SUCCEEDED', attempts = ok.number, completed_at = ?2"
                            + " FROM ok WHERE d.id = ok.delivery RETURNING d.subscription_id)"
                            + " UPDATE subscription s SET last_success_at = ?2 WHERE s.id IN (SELECT DISTINCT subscription_id FROM done)"
                            + " AND (s.last_success_at IS NULL OR s.last_success_at < ?2)")
                    .setParameter(1, succeeded.toString()).setParameter(2, now).executeUpdate();
        }
        List<Duration> delays = config.webhooks().retryDelays();
        for (Result r : results) {
            if (r.succeeded()) {
                continue;
            }
            Optional<Duration> wait = RetrySchedule.after(r.due().attempt(), delays);
            if (wait.isPresent()) {
                em.createNativeQuery("UPDATE delivery SET status = 'RETRYING', attempts = ?2, next_attempt_at = ?3 WHERE id = ?1")
                        .setParameter(1, r.due().delivery()).setParameter(2, r.due().attempt()).setParameter(3, now.plus(wait.get()))
                        .executeUpdate();
            } else {
                em.createNativeQuery("UPDATE delivery SET status = 'DEAD', attempts = ?2, completed_at = ?3 WHERE id = ?1")
                        .setParameter(1, r.due().delivery()).setParameter(2, r.due().attempt()).setParameter(3, now).executeUpdate();
                pauseIfFailingSince(r.due(), now);
            }
        }
    }

    /** Pauses the subscription when nothing reached it since the dead delivery was created; raises subscription.paused once. */
    private void pauseIfFailingSince(Due due, OffsetDateTime now) {
        String reason = "Pengiriman " + due.delivery() + " gagal pada semua percobaan tanpa satu pun pengiriman berhasil sejak itu";
        int paused = em.createNativeQuery("UPDATE subscription s SET status = 'PAUSED', paused_at = ?2, paused_reason = ?3, version = version + 1"
                        + " FROM delivery d WHERE d.id = ?4 AND s.id = d.subscription_id AND s.id = ?1 AND s.status = 'ACTIVE'"
                        + " AND (s.last_success_at IS NULL OR s.last_success_at < d.created_at)")
                .setParameter(1, due.subscription()).setParameter(2, now).setParameter(3, reason).setParameter(4, due.delivery())
                .executeUpdate();
        if (paused == 1) {
            Subscription s = em.find(Subscription.class, due.subscription());
            em.refresh(s);
            ObjectNode data = JsonNodeFactory.instance.objectNode();
            data.put("subscriptionId", s.id.toString());
            data.put("url", s.url);
            data.put("owner", s.owner);
            if (s.contactEmail != null) {
                data.put("contactEmail", s.contactEmail);
            }
            data.put("deadDelivery", due.delivery().toString());
            data.put("reason", reason);
            events.raise("subscription.paused", s.regionCode, data);
        }
    }

    private static OffsetDateTime offset(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
