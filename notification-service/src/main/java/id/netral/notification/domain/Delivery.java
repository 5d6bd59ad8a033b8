package id.netral.notification.domain;

import id.netral.common.i18n.Messages;
import id.netral.common.error.NetralException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** One event on its way to one subscription, with every attempt made. */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    /** PENDING: not tried yet; RETRYING: failed, tried again at nextAttemptAt; then SUCCEEDED or DEAD; CANCELLED with its subscription. */
    public enum Status { PENDING, RETRYING, SUCCEEDED, DEAD, CANCELLED }

    /** One try: what the receiver answered (null when it could not be reached), how long it took, what went wrong. */
    @Embeddable
    public static class Attempt {
        public int number;

        @Column(name = "attempted_at")
        public OffsetDateTime attemptedAt;

        @Column(name = "status_code")
        public Integer statusCode;

        /** Null while the attempt has no recorded outcome (being sent, or its dispatcher stopped mid-send). */
        @Column(name = "latency_ms")
        public Integer latencyMs;

        public String error;
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    public Event event;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subscription_id")
    public Subscription subscription;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "replay_of")
    public UUID replayOf;

    @Column(name = "requested_by")
    public String requestedBy;

    /** Written only by the dispatcher, row by row; read here. */
    @ElementCollection
    @CollectionTable(name = "delivery_attempt", joinColumns = @JoinColumn(name = "delivery_id"))
    @OrderBy("number")
    @BatchSize(size = 100)
    public List<Attempt> attemptLog = new ArrayList<>();

    /** A delivery to a live subscription of the caller. */
    public static Delivery require(UUID id, Subscription.Holder holder) {
        Delivery d = findById(id);
        if (d == null || d.subscription.deletedAt != null || !holder.holds(d.subscription)) {
            throw NetralException.notFound(Messages.text("notification.Delivery.delivery"), id);
        }
        return d;
    }

    /** Deliveries to the caller's live subscriptions, newest first. */
    public static PanacheQuery<Delivery> visibleTo(Subscription.Holder holder, Status status, UUID subscription, UUID event) {
        Parameters params = new Parameters();
        StringBuilder where = new StringBuilder("subscription.deletedAt is null and ")
                .append(holder.condition("subscription.", params));
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (subscription != null) {
            where.append(" and subscription.id = :subscription");
            params.and("subscription", subscription);
        }
        if (event != null) {
            where.append(" and event.id = :event");
            params.and("event", event);
        }
        return find(where.toString(), Sort.by("createdAt").descending().and("id"), params);
    }
}
