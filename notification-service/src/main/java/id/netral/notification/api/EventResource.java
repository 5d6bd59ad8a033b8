package id.netral.notification.api;

import id.netral.common.api.BodyValidator;
import id.netral.common.error.FieldError;
import id.netral.common.i18n.RequestLanguage;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.notification.app.Events;
import id.netral.common.events.EventEnvelope;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    @Inject
    BodyValidator bodies;

    @Inject
    RequestLanguage language;

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

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @Operation(operationId = "publishEvents", summary = "Publish several events at once",
            description = "Each event is taken as by publishEvent, all in one transaction, and answered at its position in "
                    + "results: CREATED, DUPLICATE (stored earlier under this id with the same content), or refused as CONFLICT, "
                    + "UNKNOWN_TYPE or INVALID (with its field errors) without failing the others. A malformed batch (no events, "
                    + "more than " + EventViews.MAX_BATCH + ", a null item) is a 400.")
    @APIResponse(responseCode = "200", description = "Every event answered",
            content = @Content(schema = @Schema(implementation = EventViews.BatchResult.class)))
    public EventViews.BatchResult publishAll(@NotNull @Valid EventViews.Batch body) {
        List<EventViews.BatchItem> results = new ArrayList<>(Collections.nCopies(body.events().size(), null));
        List<EventEnvelope> valid = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < body.events().size(); i++) {
            EventViews.NewEvent event = body.events().get(i);
            List<FieldError> errors = bodies.errors(event);
            if (errors.isEmpty()) {
                valid.add(event.toIncoming());
                positions.add(i);
            } else {
                results.set(i, EventViews.BatchItem.invalid(event.id(), errors));
            }
        }
        List<Events.Outcome> outcomes = valid.isEmpty() ? List.of() : events.receiveAll(valid, caller.subject());
        for (int k = 0; k < outcomes.size(); k++) {
            results.set(positions.get(k), EventViews.BatchItem.of(valid.get(k).id(), outcomes.get(k), language.get()));
        }
        return EventViews.BatchResult.of(results);
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
