package id.netral.notification.domain;

import id.netral.common.domain.RegionCode;
import id.netral.common.domain.RegionScope;
import id.netral.common.error.NetralException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A portal's webhook endpoint: which events of which region it wants, and the secret deliveries
 * are signed with. Deleting one keeps its row (deliveries refer to it) and stops its deliveries.
 */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    /** ACTIVE receives deliveries; PAUSED holds them until resumed (after failing for a day, or by hand). */
    public enum Status { ACTIVE, PAUSED }

    @Id
    public UUID id;

    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(64)[]")
    public List<String> events = new ArrayList<>();

    @Column(name = "region_code")
    public String regionCode;

    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public OffsetDateTime previousSecretUntil;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "paused_at")
    public OffsetDateTime pausedAt;

    @Column(name = "paused_reason")
    public String pausedReason;

    @Column(name = "last_success_at")
    public OffsetDateTime lastSuccessAt;

    /** Where the owner hears of a pause by e-mail, besides the inbox. */
    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    @Column(name = "deleted_by")
    public String deletedBy;

    @Version
    public int version;

    /** A live subscription the caller's region covers; any other is absent (404), so its existence does not leak. */
    public static Subscription require(UUID id, RegionCode scope) {
        Subscription s = findById(id);
        if (s == null || s.deletedAt != null || !scope.covers(s.regionCode)) {
            throw NetralException.notFound("Langganan", "Subscription", id);
        }
        return s;
    }

    /** The live subscriptions inside the caller's region, newest first. */
    public static PanacheQuery<Subscription> visibleTo(RegionCode scope, Status status) {
        Parameters params = new Parameters();
        StringBuilder where = new StringBuilder("deletedAt is null and ").append(RegionScope.condition("regionCode", scope, params));
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        return find(where.toString(), Sort.by("createdAt").descending().and("id"), params);
    }

    /** The secrets that sign a delivery now: the current one, and the previous one while its overlap lasts. */
    public List<String> signingSecrets(OffsetDateTime now) {
        return signingSecrets(secret, previousSecret, previousSecretUntil, now);
    }

    static List<String> signingSecrets(String secret, String previous, OffsetDateTime previousUntil, OffsetDateTime now) {
        return previous != null && previousUntil != null && previousUntil.isAfter(now) ? List.of(secret, previous) : List.of(secret);
    }
}
