package id.netral.notification.api;

import com.fasterxml.jackson.databind.JsonNode;
import id.netral.common.error.FieldError;
import id.netral.common.i18n.Language;
import id.netral.notification.domain.Event;
import id.netral.notification.app.Events;
import id.netral.common.events.EventEnvelope;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of incoming events. */
public final class EventViews {

    private EventViews() {
    }

    /** An event a service of the suite publishes; its id is the publisher's and stays the same on every retry. */
    @Schema(name = "NewEvent", example = Examples.NEW_EVENT)
    public record NewEvent(
            @NotNull @Schema(required = true, description = "The publisher's id of the event; a retry sends the same") UUID id,
            @NotBlank @Size(max = 64) @Schema(required = true, description = "An event type code (see /api/v1/event-types)",
                    example = "case.registered") String type,
            @NotNull @Schema(required = true, description = "When it happened") OffsetDateTime occurredAt,
            @NotNull @Pattern(regexp = SubscriptionViews.NATIONAL_OR_REGION, message = "{netral.region-code}")
            @Schema(required = true, description = "The region it concerns: portals of this region and those above hear of it; "
                    + "* for national events, which reach national subscriptions only",
                    example = "34.04") String regionCode,
            @Size(max = 40) @Schema(description = "The agency it concerns, if any") String agencyCode,
            @NotNull @Schema(required = true, description = "The details, passed to receivers as the webhook's data")
            JsonNode data) {

        EventEnvelope toIncoming() {
            return new EventEnvelope(id, type, occurredAt, regionCode, agencyCode, data);
        }
    }

    /** Several events published in one call (case-service's outbox relay sends its passes so). */
    @Schema(name = "EventBatch", example = Examples.EVENT_BATCH)
    public record Batch(
            @NotNull @Size(min = 1, max = MAX_BATCH) @Schema(required = true, description = "The events, at most " + MAX_BATCH
                    + "; each is checked on its own, and an invalid one is answered as such without failing the others")
            List<@NotNull NewEvent> events) {
    }

    public static final int MAX_BATCH = 500;

    /** What became of one event of a batch, at its position in the batch. */
    @Schema(name = "EventBatchItem")
    public record BatchItem(
            @Schema(description = "The event's id as sent") UUID id,
            @Schema(description = "CREATED (stored now, deliveries started) and DUPLICATE (stored earlier with the same content) "
                    + "both mean the event is in; CONFLICT (the id names another event), UNKNOWN_TYPE and INVALID mean it is "
                    + "not, and sending it again unchanged will not help") Status status,
            @Schema(description = "Webhook deliveries it started, for CREATED and DUPLICATE") Integer deliveries,
            @Schema(description = "Why it was refused, in the request's language") String detail,
            @Schema(description = "For INVALID: the invalid fields, as a 400 would list them") List<FieldError> errors) {

        /** The item's fate; {@link Events.Fate} plus INVALID, which the resource decides before the domain sees the event. */
        public enum Status {
            CREATED, DUPLICATE, CONFLICT, UNKNOWN_TYPE, INVALID
        }

        static BatchItem invalid(UUID id, List<FieldError> errors) {
            return new BatchItem(id, Status.INVALID, null, null, errors);
        }

        static BatchItem of(UUID id, Events.Outcome outcome, Language language) {
            boolean in = outcome.refusal() == null;
            return new BatchItem(id, Status.valueOf(outcome.fate().name()), in ? outcome.deliveries() : null,
                    in ? null : outcome.refusal().in(language), null);
        }
    }

    /** The batch's answer: one item per event sent, in the same order, and the counts. */
    @Schema(name = "EventBatchResult")
    public record BatchResult(
            @Schema(description = "One per event sent, in the order sent") List<BatchItem> results,
            @Schema(description = "Events now stored, counting those stored earlier (CREATED and DUPLICATE)") int accepted,
            @Schema(description = "Events refused (CONFLICT, UNKNOWN_TYPE, INVALID)") int refused) {

        static BatchResult of(List<BatchItem> results) {
            int accepted = (int) results.stream()
                    .filter(r -> r.status() == BatchItem.Status.CREATED || r.status() == BatchItem.Status.DUPLICATE).count();
            return new BatchResult(results, accepted, results.size() - accepted);
        }
    }

    /** An event as stored, with how many deliveries it started. */
    @Schema(name = "Event")
    public record View(UUID id, String type, OffsetDateTime occurredAt, String regionCode, String agencyCode,
            @Schema(description = "The details as published") JsonNode data,
            @Schema(description = "When notification-service stored it") OffsetDateTime receivedAt,
            @Schema(description = "Webhook deliveries it started (one per matching subscription)") int deliveries) {

        static View of(Event e, int deliveries) {
            return new View(e.id, e.type, e.occurredAt, e.regionCode, e.agencyCode, e.data, e.receivedAt, deliveries);
        }
    }
}
