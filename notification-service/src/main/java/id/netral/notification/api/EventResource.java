package id.netral.notification.api;

import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.notification.domain.Events;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where the suite's services publish events (case-service's outbox relay, above all). */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Events published by the suite's services, fanned out to webhooks, email and inboxes")
public class EventResource {

    @Inject
    Events events;

    @Inject
    CallerScope caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @Operation(operationId = "publishEvent", summary = "Publish an event",
            description = "Stores the event once under its id and starts one webhook delivery per live subscription that wants "
                    + "its type in a region covering the event's. Sending the same event again (a retry) answers 200 with the "
                    + "stored one and starts nothing; another body under the same id is 409; an unknown type is 422.")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = EventViews.View.class)))
    @APIResponse(responseCode = "200", description = "Stored earlier under this id", content = @Content(schema = @Schema(implementation = EventViews.View.class)))
    @APIResponse(responseCode = "409", description = "The id was used for another event")
    @APIResponse(responseCode = "422", description = "Unknown event type")
    public Response publish(@NotNull @Valid EventViews.NewEvent body) {
        Events.Outcome outcome = events.receive(body.toIncoming(), caller.subject());
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(URI.create("/api/v1/events/" + outcome.event().id))
                .entity(EventViews.View.of(outcome.event(), outcome.deliveries())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN})
    @Operation(operationId = "getEvent", summary = "Get a stored event", description = "With the number of deliveries it started.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = EventViews.View.class)))
    public EventViews.View get(@PathParam("id") UUID id) {
        return EventViews.View.of(events.require(id, caller.region()), events.deliveriesOf(id));
    }
}
