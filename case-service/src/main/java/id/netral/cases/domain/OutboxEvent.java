package id.netral.cases.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.common.events.EventPayload;
import id.netral.common.error.Failures;
import id.netral.common.jobs.Backoff;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * An event for notification-service, written in the same transaction as the change it reports,
 * so that it exists exactly when the change does; a relay delivers it with retries, under the same
 * id every time.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    public String type;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "agency_code")
    public String agencyCode;

    /** Written once (never changed in place), so Hibernate need not copy it for every claimed event. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public JsonNode data;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    /** Not handed over: try again after the backoff's wait for this many failures. */
    public void failedAttempt(String error, OffsetDateTime now, Backoff backoff) {
        attempts++;
        nextAttemptAt = now.plus(backoff.after(attempts));
        lastError = Failures.clip(error);
    }

    /** A new event about a case, due for delivery now. */
    public static OutboxEvent about(CaseFile c, EventPayload payload, ObjectMapper json, OffsetDateTime now) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.type = payload.type();
        event.occurredAt = now;
        event.regionCode = c.regionCode != null ? c.regionCode : c.intakeRegion;
        event.agencyCode = c.agencyCode;
        event.data = json.valueToTree(payload);
        event.nextAttemptAt = now;
        return event;
    }
}
