package id.netral.cases.api;

import id.netral.common.store.Pages;
import jakarta.inject.Inject;
import id.netral.cases.store.Outbox;
import com.fasterxml.jackson.databind.JsonNode;
import id.netral.cases.domain.OutboxEvent;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the outbox still holds: the events notification-service has not taken yet. */
@Path("/api/v1/outbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Outbox", description = "Events waiting for notification-service (operations)")
public class OutboxResource {

    @Inject
    Outbox outbox;

    /** An event not yet handed over, with how often it was tried and why it failed last. */
    @Schema(name = "PendingEvent")
    public record View(UUID id, String type, OffsetDateTime occurredAt, String regionCode, String agencyCode,
            @Schema(description = "The details as notification-service receives them") JsonNode data,
            int attempts, @Schema(description = "When the relay tries again") OffsetDateTime nextAttemptAt, String lastError,
            @Schema(description = "When notification-service took it") OffsetDateTime deliveredAt) {

        static View of(OutboxEvent e) {
            return new View(e.id, e.type, e.occurredAt, e.regionCode, e.agencyCode, e.data, e.attempts,
                    e.deliveredAt == null ? e.nextAttemptAt : null, e.lastError, e.deliveredAt);
        }
    }

    @GET
    @Operation(operationId = "listPendingEvents", summary = "Events waiting for notification-service",
            description = "Oldest first. Empty in normal operation; while notification-service is down, the events wait here and "
                    + "are handed over, under the same ids, when it is back.")
    public Page<View> pending(
            @QueryParam("delivered") @Parameter(description = "true: the events already handed over instead, newest first") Boolean delivered,
            @QueryParam("case") @Parameter(description = "Only the events about this case") UUID caseId,
            @Valid @BeanParam PageRequest paging) {
        return Pages.of(outbox.search(Boolean.TRUE.equals(delivered), caseId), paging, View::of);
    }
}
