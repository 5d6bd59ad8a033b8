package id.netral.rules.domain;

import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Embedded;
import jakarta.persistence.AttributeOverride;
import id.netral.common.i18n.LocalizedText;
import id.netral.common.domain.EmploymentType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** What a sanction tier means for one kind of employee (PP 94/2021 for PNS; PPPK and non-ASN differ). */
@Entity
@Table(name = "sanction_tier")
@IdClass(SanctionTier.Key.class)
public class SanctionTier extends PanacheEntityBase {

    /** Tier and employment type together identify a detail. */
    public static class Key implements Serializable {
        public SanctionType sanctionType;
        public EmploymentType employmentType;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.sanctionType == sanctionType && k.employmentType == employmentType;
        }

        @Override
        public int hashCode() {
            return Objects.hash(sanctionType, employmentType);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "sanction_type")
    public SanctionType sanctionType;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type")
    public EmploymentType employmentType;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "detail_id"))
    @AttributeOverride(name = "english", column = @Column(name = "detail_en"))
    public LocalizedText detail;

    /** Every tier with every employment type, in a stable order (by their codes). */
    public static PanacheQuery<SanctionTier> ordered() {
        return findAll(Sort.by("sanctionType").and("employmentType"));
    }
}
