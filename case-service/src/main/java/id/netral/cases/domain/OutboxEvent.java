package id.netral.cases.domain;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode data;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    /** A new event about a case, due for delivery now. */
    static OutboxEvent about(CaseFile c, String type, JsonNode data, OffsetDateTime now) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.type = type;
        event.occurredAt = now;
        event.regionCode = c.regionCode != null ? c.regionCode : c.intakeRegion;
        event.agencyCode = c.agencyCode;
        event.data = data;
        event.nextAttemptAt = now;
        return event;
    }
}
