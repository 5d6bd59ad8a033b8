package id.netral.notification.domain;

import id.netral.common.store.IdempotentRequest;
import id.netral.common.i18n.Messages;
import id.netral.common.domain.RegionCode;
import id.netral.common.security.IdempotencyKey;
import id.netral.common.store.RegionScope;
import id.netral.common.error.NetralException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An appeal (imbauan) or circular letter to every active ASN of an audience, and how far its delivery has got. */
@Entity
@Table(name = "broadcast")
public class Broadcast extends PanacheEntityBase {

    /** QUEUED until a worker takes it, RUNNING while it walks the roster, then COMPLETED (or FAILED when the roster stayed away). */
    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED }

    @Id
    public UUID id;

    public String title;

    public String body;

    @Column(name = "audience_agency")
    public String audienceAgency;

    @Column(name = "audience_unit")
    public String audienceUnit;

    /** Always set: the sender's region when the request named none; {@code *} for a national broadcast. */
    @Column(name = "audience_region")
    public String audienceRegion;

    @Column(name = "audience_type")
    public String audienceType;

    @Column(name = "requires_acknowledgement")
    public boolean requiresAcknowledgement;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** How many the roster counted when the walk began. */
    @Column(name = "audience_size")
    public Integer audienceSize;

    /** The key of the last recipient handled: the walk resumes after it. */
    public String cursor;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_by_role")
    public String createdByRole;

    /** The Idempotency-Key it was sent under, if any. */
    @Embedded
    public IdempotentRequest idempotency;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    /** A broadcast whose audience lies in the caller's region; any other is absent. */
    public static Broadcast require(UUID id, RegionCode scope) {
        Broadcast b = findById(id);
        if (b == null || !scope.covers(b.audienceRegion)) {
            throw NetralException.notFound(Messages.text("notification.Broadcast.broadcast"), id);
        }
        return b;
    }

    /** The broadcasts to audiences inside the caller's region, newest first. */
    public static java.util.Optional<Broadcast> byIdempotencyKey(IdempotencyKey key) {
        return find(IdempotentRequest.UNDER_KEY, key.owner(), key.key()).firstResultOptional();
    }

    public static PanacheQuery<Broadcast> visibleTo(RegionCode scope) {
        Parameters params = new Parameters();
        return find(RegionScope.condition("audienceRegion", scope, params), Sort.by("createdAt").descending().and("id"), params);
    }

    /** Delivery so far: notices made, mails by fate, and how many read and acknowledged. */
    public record Progress(long delivered, long read, long acknowledged, long emailed, long emailFailed, long noAddress, long emailWaiting) {
    }
}
