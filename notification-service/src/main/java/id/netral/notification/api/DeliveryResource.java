package id.netral.notification.api;

import id.netral.common.store.Pages;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.notification.domain.Delivery;
import id.netral.notification.app.Subscriptions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The webhook delivery log: every attempt, and replays. */
@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PORTAL, Roles.ADMIN})
@Tag(name = "Webhook deliveries", description = "Every attempt with status code, latency and error; replays")
public class DeliveryResource {

    @Inject
    Subscriptions subscriptions;

    @Inject
    CallerScope caller;

    @GET
    @Operation(operationId = "listDeliveries", summary = "List deliveries",
            description = "Deliveries to your subscriptions (an admin: all in the region), newest first, each with its attempts.")
    public Page<DeliveryViews.View> list(
            @QueryParam("status") @Parameter(description = "Only deliveries in this status") Delivery.Status status,
            @QueryParam("subscription") @Parameter(description = "Only deliveries to this subscription") UUID subscription,
            @QueryParam("event") @Parameter(description = "Only deliveries of this event") UUID event,
            @Valid @BeanParam PageRequest paging) {
        return Pages.of(Delivery.visibleTo(SubscriptionResource.holder(caller), status, subscription, event), paging, DeliveryViews.View::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDelivery", summary = "Get a delivery")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = DeliveryViews.View.class)))
    public DeliveryViews.View get(@PathParam("id") UUID id) {
        return DeliveryViews.View.of(Delivery.require(id, SubscriptionResource.holder(caller)));
    }

    @POST
    @Path("/{id}/replay")
    @Operation(operationId = "replayDelivery", summary = "Send a delivery's event again",
            description = "A new delivery of the same event (same webhook-id, so a receiver that already has it can drop it); "
                    + "only a delivery that has ended (SUCCEEDED or DEAD) can be replayed.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = DeliveryViews.View.class)))
    @APIResponse(responseCode = "409", description = "The delivery is still under way")
    public Response replay(@PathParam("id") UUID id) {
        UUID replay = subscriptions.replay(id, SubscriptionResource.holder(caller), caller.subject()).id;
        return Response.accepted(DeliveryViews.View.of(Delivery.require(replay, SubscriptionResource.holder(caller))))
                .location(URI.create("/api/v1/deliveries/" + replay)).build();
    }
}
