package id.netral.notification.api;

import com.fasterxml.jackson.databind.JsonNode;
import id.netral.notification.domain.Event;
import id.netral.notification.domain.IncomingEvent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
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

        IncomingEvent toIncoming() {
            return new IncomingEvent(id, type, occurredAt, regionCode, agencyCode, data);
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
