package id.netral.roster.domain;

import id.netral.common.domain.RegionCode;
import id.netral.common.security.IdempotencyKey;
import id.netral.common.store.IdempotentRequest;
import id.netral.common.store.RegionScope;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A neutrality pledge (ikrar) held by an agency; employees sign it collectively. */
@Entity
public class Pledge extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "pledged_on")
    public LocalDate pledgedOn;

    public String place;

    @Column(name = "text_reference")
    public String textReference;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** The Idempotency-Key it was recorded under, if any (V11). */
    @Embedded
    public IdempotentRequest idempotency;

    public static Optional<Pledge> byIdempotencyKey(IdempotencyKey key) {
        return find(IdempotentRequest.UNDER_KEY, key.owner(), key.key()).firstResultOptional();
    }

    public static PanacheQuery<Pledge> within(RegionCode scope, String agency) {
        Parameters params = new Parameters();
        String where = "from Pledge p where " + RegionScope.condition("p.regionCode", scope, params);
        if (agency != null) {
            where += " and p.agencyCode = :agency";
            params.and("agency", agency);
        }
        return find(where, Sort.descending("pledgedOn").and("id"), params);
    }

    public static Optional<Pledge> visible(long id, RegionCode scope) {
        return Pledge.<Pledge>findByIdOptional(id).filter(p -> scope.covers(p.regionCode));
    }

    /** The latest pledge an employee signed: which, of what day, and when they signed it. */
    public record Signed(long pledgeId, LocalDate pledgedOn, OffsetDateTime signedAt) {
    }
}
