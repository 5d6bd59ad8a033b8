package id.netral.notification.api;

import id.netral.common.api.Problem;
import id.netral.common.store.Pages;
import id.netral.common.api.InstantParameter;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Disclosure;
import id.netral.common.security.Roles;
import id.netral.notification.domain.Subscription;
import id.netral.notification.app.Subscriptions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** Webhook subscriptions of regional portals, each limited to its region. */
@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PORTAL, Roles.ADMIN})
@Tag(name = "Webhook subscriptions", description = "Signed webhooks (Standard Webhooks v1) to regional portals")
public class SubscriptionResource {

    @Inject
    Subscriptions subscriptions;

    @Inject
    CallerScope caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribe", summary = "Subscribe an endpoint to events",
            description = "Deliveries are POSTed to the URL signed per Standard Webhooks v1 (webhook-id, webhook-timestamp, "
                    + "webhook-signature). Only https URLs on public addresses are accepted. The secret is returned in this "
                    + "answer only; keep it. A portal subscribes within its token's region. A subscription belongs to the "
                    + "client that created it (its token's issuer and subject): only that client, and admins, see or change it.")
    @APIResponse(responseCode = "201", description = "Subscribed; the answer holds the secret",
            content = @Content(schema = @Schema(implementation = SubscriptionViews.View.class)))
    @APIResponse(responseCode = "422", description = "A URL that is not https or points into a private network, an unknown event "
            + "type, a region outside the token's, or a malformed secret")
    public Response create(@NotNull @Valid SubscriptionViews.NewSubscription body) {
        Subscriptions.WithSecret created = subscriptions.create(body.toRequest(), caller.region(), caller.subject(), caller.owner(),
                Disclosure.of(caller).personalData());
        return Response.created(URI.create("/api/v1/subscriptions/" + created.subscription().id))
                .entity(SubscriptionViews.View.of(created.subscription(), created.secret())).build();
    }

    @GET
    @Operation(operationId = "listSubscriptions", summary = "List subscriptions", description = "Your live subscriptions (an admin: all in the region), newest first.")
    public Page<SubscriptionViews.View> list(@QueryParam("status") @Parameter(description = "Only ACTIVE or only PAUSED") Subscription.Status status,
            @Valid @BeanParam PageRequest paging) {
        return Pages.of(Subscription.visibleTo(holder(caller), status), paging, s -> SubscriptionViews.View.of(s, null));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSubscription", summary = "Get a subscription")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SubscriptionViews.View.class)))
    public SubscriptionViews.View get(@PathParam("id") UUID id) {
        return SubscriptionViews.View.of(Subscription.require(id, holder(caller)), null);
    }

    @DELETE
    // nothing to send but a problem: the generated clients ask for application/problem+json alone
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}")
    @Operation(operationId = "unsubscribe", summary = "End a subscription", description = "Waiting deliveries are cancelled; the log stays.")
    @APIResponse(responseCode = "204", description = "Ended")
    public Response delete(@PathParam("id") UUID id) {
        subscriptions.remove(id, holder(caller), caller.subject());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/secret")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rotateSubscriptionSecret", summary = "Rotate the signing secret",
            description = "The new secret signs from now on; the old one signs beside it (two signatures in webhook-signature) "
                    + "until the overlap ends, 24 hours unless you say otherwise. The answer holds the new secret, once.")
    @APIResponse(responseCode = "200", description = "Rotated", content = @Content(schema = @Schema(implementation = SubscriptionViews.View.class)))
    public SubscriptionViews.View rotate(@PathParam("id") UUID id, @Valid SubscriptionViews.Rotation body) {
        Subscriptions.WithSecret rotated = subscriptions.rotate(id, holder(caller), body == null ? null : body.secret(),
                body == null ? null : body.overlap());
        return SubscriptionViews.View.of(rotated.subscription(), rotated.secret());
    }

    @POST
    @Path("/{id}/pause")
    @Operation(operationId = "pauseSubscription", summary = "Hold deliveries", description = "Events still arrive and wait until resumed.")
    @APIResponse(responseCode = "200", description = "Paused", content = @Content(schema = @Schema(implementation = SubscriptionViews.View.class)))
    public SubscriptionViews.View pause(@PathParam("id") UUID id) {
        return SubscriptionViews.View.of(subscriptions.pause(id, holder(caller), "Dijeda oleh " + caller.subject()), null);
    }

    @POST
    @Path("/{id}/resume")
    @Operation(operationId = "resumeSubscription", summary = "Resume deliveries", description = "What waited while paused goes out now.")
    @APIResponse(responseCode = "200", description = "Active", content = @Content(schema = @Schema(implementation = SubscriptionViews.View.class)))
    public SubscriptionViews.View resume(@PathParam("id") UUID id) {
        return SubscriptionViews.View.of(subscriptions.resume(id, holder(caller)), null);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(operationId = "replaySubscription", summary = "Re-send everything since a point",
            description = "One new delivery per event the subscription wants that arrived at or after 'since'.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = SubscriptionViews.Replayed.class)))
    @APIResponse(responseCode = "422", description = "'since' missing, malformed or in the future")
    public Response replay(@PathParam("id") UUID id,
            @QueryParam("since") @Size(max = 40) @Parameter(description = "An ISO-8601 instant, e.g. 2024-10-02T00:00:00Z", required = true) String since) {
        int queued = subscriptions.replaySince(id, holder(caller), InstantParameter.required("since", since), caller.subject());
        return Response.accepted(new SubscriptionViews.Replayed(queued)).build();
    }

    /** The caller as a subscription holder: its region, and its own subscriptions only unless it is an admin. */
    static Subscription.Holder holder(CallerScope caller) {
        return new Subscription.Holder(caller.region(), caller.hasRole(Roles.ADMIN) ? null : caller.owner());
    }
}
