package id.netral.roster.domain;

import id.netral.common.domain.RegionCode;
import id.netral.common.store.RegionScope;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A declaration that an employee's relative runs in an election (SE Menpan RB 18/2023 sets
 * special rules for spouses); supervisors list them per region before the campaign.
 */
@Entity
@Table(name = "family_candidacy")
public class FamilyCandidacy extends PanacheEntityBase {

    /** How the candidate is related to the employee. */
    public enum FamilyRelation { SPOUSE, PARENT, CHILD, SIBLING, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "employee_id")
    public Long employeeId;

    @Enumerated(EnumType.STRING)
    public FamilyRelation relation;

    @Column(name = "candidate_name")
    public String candidateName;

    @Column(name = "election_code")
    public String electionCode;

    public String office;

    public String party;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** Declarations inside the scope, optionally of one relation and one election. */
    public static PanacheQuery<FamilyCandidacy> within(RegionCode scope, FamilyRelation relation, String election, Long employeeId) {
        Parameters params = new Parameters();
        StringBuilder where = new StringBuilder("from FamilyCandidacy f where ").append(RegionScope.condition("f.regionCode", scope, params));
        if (relation != null) {
            where.append(" and f.relation = :relation");
            params.and("relation", relation);
        }
        if (election != null) {
            where.append(" and f.electionCode = :election");
            params.and("election", election);
        }
        if (employeeId != null) {
            where.append(" and f.employeeId = :employee");
            params.and("employee", employeeId);
        }
        return find(where.toString(), Sort.by("regionCode").and("id"), params);
    }
}
