package id.netral.notification.store;

import id.netral.notification.domain.Broadcast;
import id.netral.notification.domain.EmailMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The broadcast worker's claims, the notices and mails of a roster page, and the counts of progress; in the caller's transaction. */
@ApplicationScoped
public class BroadcastStore {

    @Inject
    EntityManager em;

    /** Claims one due broadcast for this pod with {@code FOR UPDATE SKIP LOCKED}, leased until {@code leaseEnd}. */
    @SuppressWarnings("unchecked")
    public Optional<Broadcast> claimDue(OffsetDateTime now, OffsetDateTime leaseEnd) {
        List<Broadcast> claimed = em.createNativeQuery("UPDATE broadcast SET status = 'RUNNING', next_attempt_at = ?2 WHERE id ="
                        + " (SELECT id FROM broadcast WHERE status IN ('QUEUED', 'RUNNING') AND next_attempt_at <= ?1"
                        + " ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING *", Broadcast.class)
                .setParameter(1, now).setParameter(2, leaseEnd).getResultList();
        return claimed.stream().findFirst();
    }

    /**
     * One notice per recipient of a page (a JSON array) and one mail per notice whose recipient has
     * an address, in one statement; a recipient who has the notice already gets neither again.
     */
    public void addRecipients(Broadcast b, String recipientsJson, String html, OffsetDateTime now) {
        em.createNativeQuery("WITH rows AS (SELECT * FROM jsonb_to_recordset(CAST(?1 AS jsonb))"
                        + " AS t(key text, name text, agency text, unit text, region text, email text)),"
                        + " items AS (INSERT INTO inbox_item (id, recipient_key, recipient_name, recipient_agency, recipient_unit, kind, title,"
                        + " body, region_code, broadcast_id, requires_acknowledgement, created_at)"
                        + " SELECT gen_random_uuid(), key, name, agency, unit, 'BROADCAST', ?2, ?3, region, ?4, ?5, ?6 FROM rows"
                        + " ON CONFLICT (broadcast_id, recipient_key) WHERE broadcast_id IS NOT NULL DO NOTHING RETURNING id, recipient_key)"
                        + " INSERT INTO email_message (id, address, subject, html, kind, region_code, inbox_item_id, broadcast_id, status,"
                        + " attempts, next_attempt_at, created_at) SELECT gen_random_uuid(), rows.email, ?2, ?7, 'BROADCAST', rows.region,"
                        + " items.id, ?4, 'PENDING', 0, ?6, ?6 FROM items JOIN rows ON rows.key = items.recipient_key WHERE rows.email IS NOT NULL")
                .setParameter(1, recipientsJson).setParameter(2, b.title).setParameter(3, b.body).setParameter(4, b.id)
                .setParameter(5, b.requiresAcknowledgement).setParameter(6, now).setParameter(7, html).executeUpdate();
    }

    /** Delivery so far, counted from the notices and mails themselves. */
    public Broadcast.Progress progress(UUID broadcast) {
        Object[] inbox = (Object[]) em.createNativeQuery("SELECT count(*), count(read_at), count(acknowledged_at) FROM inbox_item"
                + " WHERE broadcast_id = ?1").setParameter(1, broadcast).getSingleResult();
        long[] mail = new long[EmailMessage.Status.values().length];
        @SuppressWarnings("unchecked")
        List<Object[]> byStatus = em.createNativeQuery("SELECT status, count(*) FROM email_message WHERE broadcast_id = ?1"
                + " GROUP BY status").setParameter(1, broadcast).getResultList();
        for (Object[] row : byStatus) {
            mail[EmailMessage.Status.valueOf((String) row[0]).ordinal()] = ((Number) row[1]).longValue();
        }
        return new Broadcast.Progress(((Number) inbox[0]).longValue(), ((Number) inbox[1]).longValue(), ((Number) inbox[2]).longValue(),
                mail[EmailMessage.Status.SENT.ordinal()], mail[EmailMessage.Status.DEAD.ordinal()],
                mail[EmailMessage.Status.NO_ADDRESS.ordinal()],
                mail[EmailMessage.Status.PENDING.ordinal()] + mail[EmailMessage.Status.RETRYING.ordinal()]);
    }
}
