package id.netral.notification.domain;

import id.netral.common.i18n.Messages;
import id.netral.common.domain.RegionCode;
import id.netral.common.store.RegionScope;
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

    /**
     * The client that created it (issuer and subject of its token): only it, and admins, may read,
     * change, pause, rotate or replay it. Null for subscriptions made before owners were recorded:
     * admins only.
     */
    public String owner;

    /** Whether the owner sees whole NIPs and addresses (an admin); a portal's payloads are masked. */
    @Column(name = "personal_data")
    public boolean personalData;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    @Column(name = "deleted_by")
    public String deletedBy;

    @Version
    public int version;

    /**
     * Who asks about subscriptions: the region of their token and, unless they are an admin (null),
     * the owner they are. A subscription is theirs when both fit.
     */
    public record Holder(RegionCode scope, String owner) {
        public boolean holds(Subscription s) {
            return scope.covers(s.regionCode) && (owner == null || owner.equals(s.owner));
        }

        /** The same rule as {@link #holds}, as a query condition on {@code path} (a subscription). */
        String condition(String path, Parameters params) {
            String region = RegionScope.condition(path + "regionCode", scope, params);
            if (owner == null) {
                return region;
            }
            params.and("owner", owner);
            return region + " and " + path + "owner = :owner";
        }
    }

    /** A live subscription of the caller; any other is absent (404), so its existence does not leak. */
    public static Subscription require(UUID id, Holder holder) {
        Subscription s = findById(id);
        if (s == null || s.deletedAt != null || !holder.holds(s)) {
            throw NetralException.notFound(Messages.text("notification.Subscription.subscription"), id);
        }
        return s;
    }

    /** The caller's live subscriptions, newest first. */
    public static PanacheQuery<Subscription> visibleTo(Holder holder, Status status) {
        Parameters params = new Parameters();
        StringBuilder where = new StringBuilder("deletedAt is null and ").append(holder.condition("", params));
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

    public static List<String> signingSecrets(String secret, String previous, OffsetDateTime previousUntil, OffsetDateTime now) {
        return previous != null && previousUntil != null && previousUntil.isAfter(now) ? List.of(secret, previous) : List.of(secret);
    }
}
