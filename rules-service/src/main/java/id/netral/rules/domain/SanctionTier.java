package id.netral.rules.domain;

import id.netral.common.domain.SanctionType;
import io.quarkus.panache.common.Sort;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** What a sanction tier means for one kind of employee (PP 94/2021 for PNS; PPPK and non-ASN differ). */
@Entity
@Table(name = "sanction_tier")
@IdClass(SanctionTier.Key.class)
public class SanctionTier extends PanacheEntityBase {

    /** Tier, employment type and the first catalog version the text holds for identify a detail. */
    public static class Key implements Serializable {
        public SanctionType sanctionType;
        public EmploymentType employmentType;
        public int fromVersion;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.sanctionType == sanctionType && k.employmentType == employmentType
                    && k.fromVersion == fromVersion;
        }

        @Override
        public int hashCode() {
            return Objects.hash(sanctionType, employmentType, fromVersion);
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

    /** A catalog version uses the text with the highest {@code fromVersion} not above its own. */
    @Id
    @Column(name = "from_version")
    public int fromVersion;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "detail_id"))
    @AttributeOverride(name = "english", column = @Column(name = "detail_en"))
    public LocalizedText detail;

    /** The article that sets the tier for this kind of employee; null in version 1's texts. */
    public String basis;

    public boolean disputed;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "dispute_note_id"))
    @AttributeOverride(name = "english", column = @Column(name = "dispute_note_en"))
    public LocalizedText disputeNote;

    /** The texts a catalog version uses, one per tier and employment type, ordered by their codes. */
    public static List<SanctionTier> of(int version) {
        Map<String, SanctionTier> latest = new TreeMap<>();
        for (SanctionTier tier : SanctionTier.<SanctionTier>list("fromVersion <= ?1", Sort.by("fromVersion"), version)) {
            latest.put(tier.sanctionType.name() + "/" + tier.employmentType.name(), tier);
        }
        return List.copyOf(latest.values());
    }
}
