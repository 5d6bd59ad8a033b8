package id.netral.notification.api;

import id.netral.common.store.Pages;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.common.security.CallerScope;
import id.netral.common.security.IdempotencyKey;
import id.netral.common.security.Roles;
import id.netral.notification.domain.Broadcast;
import id.netral.notification.app.Broadcasts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/** Appeals and circular letters to every ASN of an agency, unit or region, with who read and acknowledged them. */
@Path("/api/v1/broadcasts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BAWASLU, Roles.BKPP, Roles.ADMIN})
@Tag(name = "Broadcasts", description = "Appeals (imbauan) and circulars to an audience of ASN, acknowledged")
public class BroadcastResource {

    @Inject
    Broadcasts broadcasts;

    @Inject
    CallerScope caller;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "broadcast", summary = "Send an appeal or circular",
            description = "Answers at once (202); delivery runs in the background, a roster page at a time: an inbox notice for "
                    + "every active employee of the audience and an e-mail where the roster holds an address. Follow it with "
                    + "GET /api/v1/broadcasts/{id}. Send an Idempotency-Key to make retries safe: the same key and body answer "
                    + "with the first broadcast (200) and send nothing again; another body with the same key is 409. A key is the "
                    + "caller's own: the same key from another caller is another key.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = BroadcastViews.View.class)))
    @APIResponse(responseCode = "200", description = "Queued earlier under this Idempotency-Key",
            content = @Content(schema = @Schema(implementation = BroadcastViews.View.class)))
    @APIResponse(responseCode = "409", description = "You used the Idempotency-Key for another broadcast")
    @APIResponse(responseCode = "422", description = "An audience region outside your token's region")
    public Response send(@NotNull @Valid BroadcastViews.NewBroadcast body,
            @HeaderParam("Idempotency-Key") @Size(max = IdempotencyKey.MAX_LENGTH) @Parameter(description = "Makes retries safe")
            String idempotencyKey) {
        IdempotencyKey key = IdempotencyKey.of(caller, idempotencyKey);
        String fingerprint = key == null ? null : IdempotencyKey.fingerprint(json, body);
        Broadcasts.Created created = IdempotencyKey.onceRaced(key,
                () -> broadcasts.create(body.toRequest(), caller.region(), caller.subject(), role(), key, fingerprint));
        Broadcast b = created.broadcast();
        return Response.status(created.replayed() ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(view(Broadcast.require(b.id, caller.region()))).location(URI.create("/api/v1/broadcasts/" + b.id)).build();
    }

    @GET
    @Operation(operationId = "listBroadcasts", summary = "List broadcasts", description = "To audiences inside your region, newest first.")
    public Page<BroadcastViews.View> list(@Valid @BeanParam PageRequest paging) {
        return Pages.of(Broadcast.visibleTo(caller.region()), paging, this::view);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBroadcast", summary = "A broadcast and its progress",
            description = "total (the audience), delivered (notices made), emailed, failed, read and acknowledged, counted live.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = BroadcastViews.View.class)))
    public BroadcastViews.View get(@PathParam("id") UUID id) {
        return view(Broadcast.require(id, caller.region()));
    }

    @GET
    @Path("/{id}/acknowledgements")
    @Operation(operationId = "listBroadcastRecipients", summary = "Who has (not) acknowledged",
            description = "The recipients in name order, filtered by unit and by acknowledgement: acknowledged=false lists whom to remind.")
    public Page<BroadcastViews.Recipient> recipients(@PathParam("id") UUID id,
            @QueryParam("unitCode") @Size(max = 40) @Parameter(description = "Only this work unit") String unitCode,
            @QueryParam("acknowledged") @Parameter(description = "true: only who acknowledged; false: only who has not") Boolean acknowledged,
            @Valid @BeanParam PageRequest paging) {
        Broadcast b = Broadcast.require(id, caller.region());
        return Pages.of(Broadcasts.recipients(b.id, unitCode, acknowledged), paging, BroadcastViews.Recipient::of);
    }

    private BroadcastViews.View view(Broadcast b) {
        return BroadcastViews.View.of(b, broadcasts.progress(b.id));
    }

    private String role() {
        for (String role : new String[] {Roles.BAWASLU, Roles.BKPP, Roles.ADMIN}) {
            if (caller.hasRole(role)) {
                return role;
            }
        }
        throw new IllegalStateException("a caller without a broadcasting role passed @RolesAllowed");
    }
}
