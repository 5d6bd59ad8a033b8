package id.netral.rules.domain;

import java.util.Optional;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A frozen state of the rule catalog; every change by an admin creates the next one. */
@Entity
@Table(name = "catalog_version")
public class CatalogVersion extends PanacheEntityBase {

    @Id
    public int version;

    @Column(name = "based_on")
    public Integer basedOn;

    public String note;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** How this version reads an election's timeline; a change keeps its base's. */
    @Enumerated(EnumType.STRING)
    @Column(name = "stage_model")
    public StageModel stageModel;

    /** Acts before this day are not judged by this version; null: no limit (version 1). */
    @Column(name = "covers_from")
    public LocalDate coversFrom;

    /** A violation must name a sanction: prohibitions without one alone make the answer NEEDS_REVIEW (version 3 on). */
    @Column(name = "violation_needs_sanction")
    public boolean violationNeedsSanction;

    /** Newest first. */
    public static PanacheQuery<CatalogVersion> newestFirst() {
        return findAll(Sort.descending("version"));
    }

    public static Optional<CatalogVersion> withNumber(int version) {
        return findByIdOptional(version);
    }
}
