package id.netral.notification.api;

import id.netral.notification.domain.Delivery;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The delivery log as portals and admins read it. */
public final class DeliveryViews {

    private DeliveryViews() {
    }

    @Schema(name = "Delivery", example = Examples.DELIVERY)
    public record View(UUID id, UUID eventId, String eventType, UUID subscriptionId,
            @Schema(description = "PENDING, RETRYING, SUCCEEDED, DEAD (every retry failed) or CANCELLED (subscription ended)")
            Delivery.Status status,
            @Schema(description = "When the next attempt is due, while PENDING or RETRYING") OffsetDateTime nextAttemptAt,
            OffsetDateTime createdAt, OffsetDateTime completedAt,
            @Schema(description = "The delivery this one replays") UUID replayOf,
            List<AttemptView> attempts) {

        static View of(Delivery d) {
            boolean waiting = d.status == Delivery.Status.PENDING || d.status == Delivery.Status.RETRYING;
            return new View(d.id, d.event.id, d.event.type, d.subscription.id, d.status, waiting ? d.nextAttemptAt : null, d.createdAt,
                    d.completedAt, d.replayOf, d.attemptLog.stream().map(AttemptView::of).toList());
        }
    }

    @Schema(name = "DeliveryAttempt")
    public record AttemptView(int number, OffsetDateTime attemptedAt,
            @Schema(description = "The receiver's HTTP status; null when it could not be reached, or while no outcome is recorded")
            Integer statusCode,
            @Schema(description = "How long the receiver took; null while no outcome is recorded: the attempt is written before "
                    + "the request goes out, so one whose dispatcher stopped mid-send stays on record") Integer latencyMs,
            String error) {

        static AttemptView of(Delivery.Attempt a) {
            return new AttemptView(a.number, a.attemptedAt, a.statusCode, a.latencyMs, a.error);
        }
    }
}
