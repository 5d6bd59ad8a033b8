package id.netral.roster.domain;

import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A work unit (OPD) of an agency; units nest through {@code parentCode}. */
@Entity
@Table(name = "work_unit")
@IdClass(WorkUnit.Key.class)
public class WorkUnit extends PanacheEntityBase {

    /** Unit codes are unique within their agency. */
    public static class Key implements Serializable {
        public String agencyCode;
        public String code;

        public Key() {
        }

        public Key(String agencyCode, String code) {
            this.agencyCode = agencyCode;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.agencyCode, agencyCode) && Objects.equals(k.code, code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyCode, code);
        }
    }

    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    @Id
    public String code;

    public String name;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static WorkUnit find(String agencyCode, String code) {
        return findById(new Key(agencyCode, code));
    }

    /** An agency's units, by code. */
    public static PanacheQuery<WorkUnit> ofAgency(String agencyCode) {
        return find("agencyCode", Sort.by("code"), agencyCode);
    }
}
