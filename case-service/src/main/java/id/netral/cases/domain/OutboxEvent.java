package id.netral.cases.domain;

import id.netral.common.error.Failures;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * An event for notification-service, written in the same transaction as the change it reports,
 * so that it exists exactly when the change does; a relay delivers it with retries, under the same
 * id every time.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    public String type;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "agency_code")
    public String agencyCode;

    /** Written once (never changed in place), so Hibernate need not copy it for every claimed event. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public JsonNode data;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    /** Claims up to {@code limit} due events for this pod and leases them until {@code leaseEnd}; a pod that dies releases them by the lease running out. */
    @SuppressWarnings("unchecked")
    public static List<OutboxEvent> claimDue(int limit, OffsetDateTime now, OffsetDateTime leaseEnd) {
        List<OutboxEvent> claimed = getEntityManager().createNativeQuery("UPDATE outbox_event SET next_attempt_at = ?3 WHERE id IN"
                        + " (SELECT id FROM outbox_event WHERE delivered_at IS NULL AND next_attempt_at <= ?1 ORDER BY next_attempt_at"
                        + " LIMIT ?2 FOR UPDATE SKIP LOCKED) RETURNING *", OutboxEvent.class)
                .setParameter(1, now).setParameter(2, limit).setParameter(3, leaseEnd).getResultList();
        return claimed;
    }

    /** Handed over: notification-service stored it (now or at an earlier try under the same id). */
    public static void delivered(Collection<UUID> ids, OffsetDateTime at) {
        if (!ids.isEmpty()) {
            update("deliveredAt = ?2, attempts = attempts + 1, lastError = null where id in ?1", ids, at);
        }
    }

    /** Not handed over: try again after a wait that doubles with each failure, capped at {@code max}. */
    public static void failed(UUID id, String error, OffsetDateTime now, Duration first, Duration max) {
        OutboxEvent event = findById(id);
        event.attempts++;
        long factor = 1L << Math.min(event.attempts - 1, 20);
        Duration wait = first.multipliedBy(factor);
        event.nextAttemptAt = now.plus(wait.compareTo(max) > 0 ? max : wait);
        event.lastError = Failures.clip(error);
    }

    /**
     * The events not yet handed over, oldest first (what an admin looks at when notification-service
     * was down), or those handed over, newest first; of one case when {@code caseId} is given.
     */
    @SuppressWarnings("unchecked")
    public static PanacheQuery<OutboxEvent> search(boolean delivered, UUID caseId) {
        String where = delivered ? "deliveredAt is not null" : "deliveredAt is null";
        Sort order = delivered ? Sort.by("deliveredAt").descending().and("id") : Sort.by("occurredAt").and("id");
        if (caseId == null) {
            return find(where, order);
        }
        // caseId sits in the event's JSON; the ids are few per case, so they are looked up first
        List<UUID> ids = getEntityManager().createNativeQuery("SELECT id FROM outbox_event WHERE data ->> 'caseId' = ?1")
                .setParameter(1, caseId.toString()).getResultList();
        return find(where + " and id in ?1", order, ids.isEmpty() ? List.of(new UUID(0, 0)) : ids);
    }

    /** A new event about a case, due for delivery now. */
    public static OutboxEvent about(CaseFile c, String type, JsonNode data, OffsetDateTime now) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.type = type;
        event.occurredAt = now;
        event.regionCode = c.regionCode != null ? c.regionCode : c.intakeRegion;
        event.agencyCode = c.agencyCode;
        event.data = data;
        event.nextAttemptAt = now;
        return event;
    }
}
