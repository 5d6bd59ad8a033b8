package id.netral.cases.store;

import id.netral.cases.domain.OutboxEvent;
import id.netral.common.jobs.Backoff;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The outbox table: claims for the relay, its outcomes, and what an admin lists. Run inside the caller's transaction. */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    /** Claims up to {@code limit} due events for this pod and leases them until {@code leaseEnd}; a pod that dies releases them by the lease running out. */
    @SuppressWarnings("unchecked")
    public List<OutboxEvent> claimDue(int limit, OffsetDateTime now, OffsetDateTime leaseEnd) {
        return em.createNativeQuery("UPDATE outbox_event SET next_attempt_at = ?3 WHERE id IN"
                        + " (SELECT id FROM outbox_event WHERE delivered_at IS NULL AND next_attempt_at <= ?1 ORDER BY next_attempt_at"
                        + " LIMIT ?2 FOR UPDATE SKIP LOCKED) RETURNING *", OutboxEvent.class)
                .setParameter(1, now).setParameter(2, limit).setParameter(3, leaseEnd).getResultList();
    }

    /** Handed over: notification-service stored them (now or at an earlier try under the same id). */
    public void delivered(Collection<UUID> ids, OffsetDateTime at) {
        if (!ids.isEmpty()) {
            OutboxEvent.update("deliveredAt = ?2, attempts = attempts + 1, lastError = null where id in ?1", ids, at);
        }
    }

    /** Not handed over: tried again later ({@link OutboxEvent#failedAttempt} says when). */
    public void failed(UUID id, String error, OffsetDateTime now, Backoff backoff) {
        OutboxEvent.<OutboxEvent>findById(id).failedAttempt(error, now, backoff);
    }

    /**
     * The events not yet handed over, oldest first (what an admin looks at when notification-service
     * was down), or those handed over, newest first; of one case when {@code caseId} is given.
     */
    @SuppressWarnings("unchecked")
    public PanacheQuery<OutboxEvent> search(boolean delivered, UUID caseId) {
        String where = delivered ? "deliveredAt is not null" : "deliveredAt is null";
        Sort order = delivered ? Sort.by("deliveredAt").descending().and("id") : Sort.by("occurredAt").and("id");
        if (caseId == null) {
            return OutboxEvent.find(where, order);
        }
        // caseId sits in the event's JSON; the ids are few per case, so they are looked up first
        List<UUID> ids = em.createNativeQuery("SELECT id FROM outbox_event WHERE data ->> 'caseId' = ?1")
                .setParameter(1, caseId.toString()).getResultList();
        return OutboxEvent.find(where + " and id in ?1", order, ids.isEmpty() ? List.of(new UUID(0, 0)) : ids);
    }
}
