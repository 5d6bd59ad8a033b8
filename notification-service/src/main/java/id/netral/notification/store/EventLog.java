package id.netral.notification.store;

import id.netral.common.events.EventEnvelope;
import id.netral.notification.domain.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.query.NativeQuery;

/**
 * The event table and the fan-out of an event to its deliveries; run inside the caller's transaction.
 * Neither statement flushes the session: Hibernate flushes before a native statement, and to know
 * what to flush it checks every entity the session holds, so a batch of events re-checked every
 * notice and mail queued by the events before it (a cost that grew with the square of the batch).
 * Both statements read only the event, subscription and delivery tables, which a batch changes only
 * through these statements; a caller that changed a subscription first flushes it ({@link #flush}).
 */
@ApplicationScoped
public class EventLog {

    @Inject
    EntityManager em;

    /**
     * Stores the event unless its id is taken, and returns it as stored (empty when taken): ON
     * CONFLICT settles two copies arriving together, exactly one inserts.
     */
    @SuppressWarnings("unchecked")
    public Optional<Event> insert(EventEnvelope incoming, OffsetDateTime now, String from) {
        List<Event> inserted = em.createNativeQuery("INSERT INTO event (id, type, occurred_at, region_code, agency_code, data,"
                        + " received_at, received_from) VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS jsonb), ?7, ?8) ON CONFLICT (id) DO NOTHING"
                        + " RETURNING *", Event.class)
                .unwrap(NativeQuery.class).setHibernateFlushMode(FlushMode.MANUAL)
                .setParameter(1, incoming.id()).setParameter(2, incoming.type()).setParameter(3, incoming.occurredAt())
                .setParameter(4, incoming.regionCode()).setParameter(5, incoming.agencyCode())
                .setParameter(6, incoming.data().toString()).setParameter(7, now).setParameter(8, from)
                .getResultList();
        return inserted.stream().findFirst();
    }

    /** One delivery per live subscription that wants this type and whose region covers the event's; how many. */
    public int fanOut(UUID event, OffsetDateTime now) {
        return em.createNativeQuery("INSERT INTO delivery (id, event_id, subscription_id, status, attempts, next_attempt_at, created_at)"
                        + " SELECT gen_random_uuid(), e.id, s.id, 'PENDING', 0, ?2, ?2 FROM event e JOIN subscription s"
                        + " ON e.type = ANY (s.events) AND (s.region_code = '*' OR s.region_code = e.region_code"
                        + " OR e.region_code LIKE s.region_code || '.%') WHERE e.id = ?1 AND s.deleted_at IS NULL")
                .unwrap(NativeQuery.class).setHibernateFlushMode(FlushMode.MANUAL)
                .setParameter(1, event).setParameter(2, now).executeUpdate();
    }

    /** Writes what the session holds, before events are taken in: a subscription paused in the same transaction. */
    public void flush() {
        em.flush();
    }
}
