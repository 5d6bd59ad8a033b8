package id.netral.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * An event as a publisher hands it to notification-service ({@code POST /api/v1/events}): its own
 * id (a retry sends the same), the type's code, when and where it happened, and the details, one
 * of the {@link EventPayload} records as JSON. One declaration for case-service's relay and
 * notification-service's intake.
 */
public record EventEnvelope(UUID id, String type, OffsetDateTime occurredAt, String regionCode, String agencyCode, JsonNode data) {

    /** PostgreSQL keeps microseconds (rounding the rest), so the time is cut there before it is stored or compared. */
    public EventEnvelope {
        occurredAt = occurredAt == null ? null : occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
