package id.netral.notification.store;

import id.netral.notification.domain.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The webhook delivery table: the dispatcher's claims and outcomes, and the set-based changes a
 * subscription's owner makes (cancel, release, replay). Run inside the caller's transaction.
 */
@ApplicationScoped
public class DeliveryQueue {

    @Inject
    EntityManager em;

    /** A claimed delivery as stored, {@code attempts} counting this one: the subscription's secrets and the event's data still raw. */
    public record Claimed(UUID delivery, int attempts, UUID subscription, String url, String secret, String previousSecret,
            OffsetDateTime previousSecretUntil, UUID eventId, String type, OffsetDateTime occurredAt, String data,
            boolean personalData) {
    }

    /** What an attempt says until its outcome is recorded; it stays so when the dispatcher stopped mid-send. */
    public static final String NO_OUTCOME = "No outcome recorded: sending, or the dispatcher stopped mid-send (the receiver may have it)";

    /**
     * Claims up to {@code max} due deliveries of active subscriptions for this pod with
     * {@code FOR UPDATE SKIP LOCKED} and moves them to {@code leaseEnd}, so that no other pod takes
     * them while they are sent and a pod that dies leaves them due again when the lease ends. Each
     * claim counts as an attempt and writes it at once, before anything is sent.
     */
    @SuppressWarnings("unchecked")
    public List<Claimed> claimDue(OffsetDateTime now, int max, OffsetDateTime leaseEnd) {
        List<Object[]> rows = em.createNativeQuery("WITH due AS (SELECT d.id FROM delivery d JOIN subscription s ON s.id = d.subscription_id"
                        + " WHERE d.status IN ('PENDING', 'RETRYING') AND d.next_attempt_at <= ?1 AND s.status = 'ACTIVE'"
                        + " AND s.deleted_at IS NULL ORDER BY d.next_attempt_at LIMIT ?2 FOR UPDATE OF d SKIP LOCKED),"
                        + " claimed AS (UPDATE delivery d SET next_attempt_at = ?3, attempts = d.attempts + 1 FROM due, subscription s, event e"
                        + " WHERE d.id = due.id AND s.id = d.subscription_id AND e.id = d.event_id"
                        + " RETURNING d.id, d.attempts, s.id AS subscription_id, s.url, s.secret, s.previous_secret, s.previous_secret_until,"
                        + " e.id AS event_id, e.type, e.occurred_at, CAST(e.data AS text) AS data, s.personal_data),"
                        + " started AS (INSERT INTO delivery_attempt (delivery_id, number, attempted_at, error)"
                        + " SELECT id, attempts, ?1, ?4 FROM claimed ON CONFLICT DO NOTHING)"
                        + " SELECT * FROM claimed")
                .setParameter(1, now).setParameter(2, max).setParameter(3, leaseEnd).setParameter(4, NO_OUTCOME)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            claimed.add(new Claimed((UUID) r[0], ((Number) r[1]).intValue(), (UUID) r[2], (String) r[3], (String) r[4], (String) r[5],
                    offset(r[6]), (UUID) r[7], (String) r[8], offset(r[9]), (String) r[10], (Boolean) r[11]));
        }
        return claimed;
    }

    /** Completes a pass's attempts with their outcomes, given as a JSON array: one statement whatever the batch size. */
    public void recordAttempts(String attemptsJson) {
        em.createNativeQuery("INSERT INTO delivery_attempt (delivery_id, number, attempted_at, status_code, latency_ms, error)"
                        + " SELECT delivery, number, at, status, latency, error FROM jsonb_to_recordset(CAST(?1 AS jsonb))"
                        + " AS t(delivery uuid, number int, at timestamptz, status int, latency int, error text)"
                        + " ON CONFLICT (delivery_id, number) DO UPDATE SET attempted_at = EXCLUDED.attempted_at,"
                        + " status_code = EXCLUDED.status_code, latency_ms = EXCLUDED.latency_ms, error = EXCLUDED.error")
                .setParameter(1, attemptsJson).executeUpdate();
    }

    /** Ends the deliveries that succeeded (a JSON array) and notes the success on their subscriptions, in one statement. */
    public void markSucceeded(String succeededJson, OffsetDateTime now) {
        em.createNativeQuery("WITH ok AS (SELECT * FROM jsonb_to_recordset(CAST(?1 AS jsonb)) AS t(delivery uuid, number int,"
                        + " subscription uuid)), done AS (UPDATE delivery d SET status = 'SUCCEEDED', attempts = ok.number, completed_at = ?2"
                        + " FROM ok WHERE d.id = ok.delivery RETURNING d.subscription_id)"
                        + " UPDATE subscription s SET last_success_at = ?2 WHERE s.id IN (SELECT DISTINCT subscription_id FROM done)"
                        + " AND (s.last_success_at IS NULL OR s.last_success_at < ?2)")
                .setParameter(1, succeededJson).setParameter(2, now).executeUpdate();
    }

    public void retryAt(UUID delivery, int attempts, OffsetDateTime next) {
        em.createNativeQuery("UPDATE delivery SET status = 'RETRYING', attempts = ?2, next_attempt_at = ?3 WHERE id = ?1")
                .setParameter(1, delivery).setParameter(2, attempts).setParameter(3, next).executeUpdate();
    }

    public void markDead(UUID delivery, int attempts, OffsetDateTime now) {
        em.createNativeQuery("UPDATE delivery SET status = 'DEAD', attempts = ?2, completed_at = ?3 WHERE id = ?1")
                .setParameter(1, delivery).setParameter(2, attempts).setParameter(3, now).executeUpdate();
    }

    /** Pauses the subscription when nothing reached it since the dead delivery was created; true when this call paused it. */
    public boolean pauseIfNothingSucceededSince(UUID subscription, UUID deadDelivery, OffsetDateTime now, String reason) {
        int paused = em.createNativeQuery("UPDATE subscription s SET status = 'PAUSED', paused_at = ?2, paused_reason = ?3, version = version + 1"
                        + " FROM delivery d WHERE d.id = ?4 AND s.id = d.subscription_id AND s.id = ?1 AND s.status = 'ACTIVE'"
                        + " AND (s.last_success_at IS NULL OR s.last_success_at < d.created_at)")
                .setParameter(1, subscription).setParameter(2, now).setParameter(3, reason).setParameter(4, deadDelivery)
                .executeUpdate();
        if (paused == 1) {
            // the entity may sit in this transaction's context from before the update
            em.refresh(em.find(Subscription.class, subscription));
        }
        return paused == 1;
    }

    /** Cancels a removed subscription's waiting deliveries. */
    public void cancelWaiting(UUID subscription, OffsetDateTime at) {
        em.createNativeQuery("UPDATE delivery SET status = 'CANCELLED', completed_at = ?2 WHERE subscription_id = ?1"
                + " AND status IN ('PENDING', 'RETRYING')").setParameter(1, subscription).setParameter(2, at).executeUpdate();
    }

    /** Makes a resumed subscription's held deliveries due at {@code at}, in their order. */
    public void releaseWaiting(UUID subscription, OffsetDateTime at) {
        em.createNativeQuery("UPDATE delivery SET next_attempt_at = ?2 WHERE subscription_id = ?1 AND status IN ('PENDING', 'RETRYING')")
                .setParameter(1, subscription).setParameter(2, at).executeUpdate();
    }

    /** New deliveries of every event the subscription wants that arrived at or after {@code since}; how many. */
    public int replaySince(UUID subscription, OffsetDateTime since, OffsetDateTime now, String who) {
        return em.createNativeQuery("INSERT INTO delivery (id, event_id, subscription_id, status, attempts, next_attempt_at, created_at,"
                        + " requested_by) SELECT gen_random_uuid(), e.id, s.id, 'PENDING', 0, ?3, ?3, ?4 FROM event e JOIN subscription s"
                        + " ON e.type = ANY (s.events) AND (s.region_code = '*' OR s.region_code = e.region_code"
                        + " OR e.region_code LIKE s.region_code || '.%') WHERE s.id = ?1 AND e.received_at >= ?2 ORDER BY e.received_at")
                .setParameter(1, subscription).setParameter(2, since).setParameter(3, now).setParameter(4, who).executeUpdate();
    }

    private static OffsetDateTime offset(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
