package id.netral.notification.api;

import id.netral.common.i18n.Messages;
import jakarta.inject.Inject;
import id.netral.common.i18n.RequestLanguage;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.error.NetralException;
import id.netral.common.security.Roles;
import id.netral.notification.domain.EventType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalog of events a portal can subscribe to. */
@Path("/api/v1/event-types")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY)
@Tag(name = "Event types", description = "What webhooks and the inbox can tell you about")
public class EventTypeResource {

    @Inject
    RequestLanguage language;

    @GET
    @Operation(operationId = "listEventTypes", summary = "List event types")
    public Page<EventTypeView> list(@Valid @BeanParam PageRequest paging) {
        return Page.of(EventType.catalog().stream().map(type -> EventTypeView.of(type, language.get())).toList(), paging);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getEventType", summary = "Get one event type")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = EventTypeView.class)))
    public EventTypeView get(@PathParam("code") String code) {
        return EventTypeView.of(EventType.withCode(code).orElseThrow(() -> NetralException.notFound(Messages.text("notification.EventTypeResource.event-type"), code)), language.get());
    }
}
