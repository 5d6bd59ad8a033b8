package id.netral.cases.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.UUID;

/** What the material check asks of a case's uploaded evidence. */
@ApplicationScoped
public class EvidenceFiles {

    @Inject
    EntityManager em;

    /**
     * Whether any file was uploaded to the case. Asked in the middle of a step that has already
     * changed the case: the query must not flush that change first (a flush there and another at
     * commit moved the case's version, its ETag, twice for one step), and uploads are committed
     * in their own transactions anyway.
     */
    public boolean any(UUID caseId) {
        return !em.createQuery("select 1 from EvidenceFile e where e.caseId = :case", Integer.class).setParameter("case", caseId)
                .setFlushMode(FlushModeType.COMMIT).setMaxResults(1).getResultList().isEmpty();
    }
}
