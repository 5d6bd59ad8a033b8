package id.netral.cases.store;

import id.netral.common.domain.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts of cases for dashboards, over the cases the caller may see (filed in or about its region),
 * duplicates left out: a repeat report is not a second case.
 */
@ApplicationScoped
public class CaseStats {

    /** What the counts are grouped by. */
    public enum GroupBy {
        /** The reported person's region (UNRESOLVED while the roster has not answered). */
        REGION("COALESCE(region_code, 'UNRESOLVED')"),
        ACT("act"),
        STATUS("status"),
        /** The sanction as it stands: decided, else recommended; NOT_IMPOSED when the PPK imposed none; PENDING before either. */
        SANCTION("CASE WHEN decision IS NOT NULL AND NOT (decision ->> 'sanctionImposed')::boolean THEN 'NOT_IMPOSED'"
                + " ELSE COALESCE(decision ->> 'sanctionType', recommendation ->> 'sanctionType', 'PENDING') END");

        final String expression;

        GroupBy(String expression) {
            this.expression = expression;
        }
    }

    /** One group and its count. */
    public record Group(String key, long count) {
    }

    @Inject
    EntityManager em;

    /** The groups, largest first (ties by key). */
    @SuppressWarnings("unchecked")
    public List<Group> count(RegionCode scope, GroupBy by, String election) {
        StringBuilder where = new StringBuilder("duplicate_of IS NULL");
        if (!scope.isNational()) {
            // the cases in the caller's scope (CaseFile.inScope): by the person's region, by the intake region until it is known
            where.append(" AND (COALESCE(region_code, intake_region) = :scope OR COALESCE(region_code, intake_region) LIKE :scopePrefix)");
        }
        if (election != null) {
            where.append(" AND election = :election");
        }
        Query query = em.createNativeQuery("SELECT " + by.expression + " AS k, count(*) FROM case_file WHERE "
                + where + " GROUP BY k ORDER BY count(*) DESC, k");
        if (!scope.isNational()) {
            query.setParameter("scope", scope.value()).setParameter("scopePrefix", scope.value() + ".%");
        }
        if (election != null) {
            query.setParameter("election", election);
        }
        List<Group> groups = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            groups.add(new Group((String) row[0], ((Number) row[1]).longValue()));
        }
        return groups;
    }
}
