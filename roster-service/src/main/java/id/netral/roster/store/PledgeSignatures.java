package id.netral.roster.store;

import id.netral.roster.domain.Pledge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Who signed which pledge ({@code pledge_signature}, a plain join table); run inside the caller's transaction. */
@ApplicationScoped
public class PledgeSignatures {

    @Inject
    EntityManager em;

    /** Signs for the employee; false when they had signed this pledge already. */
    public boolean add(long pledgeId, long employeeId) {
        return em.createNativeQuery("INSERT INTO pledge_signature (pledge_id, employee_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, pledgeId).setParameter(2, employeeId).executeUpdate() == 1;
    }

    /** The latest pledge an employee signed, if any. */
    public Optional<Pledge.Signed> latest(long employeeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, p.pledged_on, s.signed_at FROM pledge_signature s "
                + "JOIN pledge p ON p.id = s.pledge_id WHERE s.employee_id = ?1 ORDER BY p.pledged_on DESC, p.id DESC LIMIT 1")
                .setParameter(1, employeeId).getResultList();
        return rows.stream().findFirst().map(r -> new Pledge.Signed(((Number) r[0]).longValue(), toDate(r[1]), toInstant(r[2])));
    }

    public long count(long pledgeId) {
        return counts(List.of(pledgeId)).getOrDefault(pledgeId, 0L);
    }

    /** Signatures per pledge for a page of pledges, in one grouped query. */
    public Map<Long, Long> counts(List<Long> pledgeIds) {
        if (pledgeIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT pledge_id, count(*) FROM pledge_signature WHERE pledge_id = ANY(?1)"
                + " GROUP BY pledge_id").setParameter(1, pledgeIds.toArray(Long[]::new)).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static OffsetDateTime toInstant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
