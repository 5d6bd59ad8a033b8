package id.netral.notification.domain;

import id.netral.common.events.EventEnvelope;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An event as a sender published it, stored once under the sender's id. */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase {

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

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    @Column(name = "received_from")
    public String receivedFrom;

    /** True when {@code incoming} says what this event says: a retry, not a second event under the same id. */
    public boolean sameAs(EventEnvelope incoming) {
        return type.equals(incoming.type()) && occurredAt.toInstant().equals(incoming.occurredAt().toInstant())
                && regionCode.equals(incoming.regionCode()) && Objects.equals(agencyCode, incoming.agencyCode())
                && data.equals(incoming.data());
    }
}
