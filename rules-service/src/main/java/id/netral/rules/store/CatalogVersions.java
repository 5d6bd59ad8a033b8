package id.netral.rules.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.stream.Collectors;

/** Aggregates over the catalog versions, each one query; run inside the caller's transaction. */
@ApplicationScoped
public class CatalogVersions {

    @Inject
    EntityManager em;

    /** The newest version, which classifications use unless they ask for another; 0 before any. */
    public int latest() {
        Integer max = em.createQuery("select max(v.version) from CatalogVersion v", Integer.class).getSingleResult();
        return max == null ? 0 : max;
    }

    /** How many rules each version holds, in one grouped query. */
    public Map<Integer, Long> ruleCounts() {
        return em.createQuery("select r.version, count(r) from Rule r group by r.version", Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (Integer) row[0], row -> (Long) row[1]));
    }
}
