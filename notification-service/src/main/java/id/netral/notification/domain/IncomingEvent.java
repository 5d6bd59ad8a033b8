package id.netral.notification.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** What a publisher sends: its own id for the event, the type, when and where it happened, and the details. */
public record IncomingEvent(UUID id, String type, OffsetDateTime occurredAt, String regionCode, String agencyCode, JsonNode data) {

    /** PostgreSQL keeps microseconds (rounding the rest), so the time is cut there before it is stored or compared. */
    public IncomingEvent {
        occurredAt = occurredAt == null ? null : occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
