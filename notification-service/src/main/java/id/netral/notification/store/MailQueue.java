package id.netral.notification.store;

import id.netral.notification.domain.EmailMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;

/** The claims the mail dispatcher makes on {@code email_message}; run inside the caller's transaction. */
@ApplicationScoped
public class MailQueue {

    @Inject
    EntityManager em;

    /** Claims up to {@code max} due mails for this pod and leases them until {@code leaseEnd} ({@code FOR UPDATE SKIP LOCKED}). */
    @SuppressWarnings("unchecked")
    public List<EmailMessage> claimDue(OffsetDateTime now, int max, OffsetDateTime leaseEnd) {
        return em.createNativeQuery("UPDATE email_message SET next_attempt_at = ?3 WHERE id IN (SELECT id FROM"
                        + " email_message WHERE status IN ('PENDING', 'RETRYING') AND next_attempt_at <= ?1 ORDER BY next_attempt_at"
                        + " LIMIT ?2 FOR UPDATE SKIP LOCKED) RETURNING *", EmailMessage.class)
                .setParameter(1, now).setParameter(2, max).setParameter(3, leaseEnd).getResultList();
    }
}
