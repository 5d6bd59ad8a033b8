package id.netral.cases.store;

import id.netral.cases.domain.CaseFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The claims the case jobs make on {@code case_file}, each with {@code FOR UPDATE SKIP LOCKED} so
 * that replicas running the same job never take the same case. Run inside the caller's transaction.
 */
@ApplicationScoped
public class CaseClaims {

    @Inject
    EntityManager em;

    /** Cases whose clock is due within {@code warnDays} or passed, not yet warned or found overdue for it; claimed for one replica. */
    @SuppressWarnings("unchecked")
    public List<CaseFile> dueForSweep(int warnDays, int limit) {
        return em.createNativeQuery("SELECT * FROM case_file WHERE due_on IS NOT NULL"
                + " AND due_on <= CAST(now() AT TIME ZONE time_zone AS DATE) + ?1"
                + " AND (warned_for IS DISTINCT FROM due_on OR (due_on < CAST(now() AT TIME ZONE time_zone AS DATE)"
                + " AND overdue_for IS DISTINCT FROM due_on)) ORDER BY due_on LIMIT ?2 FOR UPDATE SKIP LOCKED", CaseFile.class)
                .setParameter(1, warnDays).setParameter(2, limit).getResultList();
    }

    /**
     * Claims up to {@code limit} pending cases due for another try and reserves them until
     * {@code leaseEnd}, so that no other replica asks about them meanwhile; the ids, oldest due first.
     * The claim is its own short transaction: the neighbours are asked after it, outside any.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> leasePending(OffsetDateTime now, int limit, OffsetDateTime leaseEnd) {
        return em.createNativeQuery("UPDATE case_file SET next_resolve_at = ?3 WHERE id IN"
                + " (SELECT id FROM case_file WHERE resolution = 'PENDING' AND next_resolve_at <= ?1 ORDER BY next_resolve_at"
                + " LIMIT ?2 FOR UPDATE SKIP LOCKED) RETURNING id", UUID.class)
                .setParameter(1, now).setParameter(2, limit).setParameter(3, leaseEnd).getResultList();
    }
}
