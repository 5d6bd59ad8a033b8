package id.netral.roster.api;

import id.netral.common.i18n.RequestLanguage;
import id.netral.common.i18n.Messages;
import id.netral.common.store.Pages;
import id.netral.roster.store.PledgeSignatures;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.error.NetralException;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.roster.domain.Pledge;
import id.netral.roster.app.RosterService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.common.security.IdempotencyKey;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Neutrality pledges (ikrar) and their collective signing. */
@Path("/api/v1/pledges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pledges", description = "Neutrality pledges signed by the ASN of an agency")
public class PledgeResource {

    @Inject
    RosterService roster;

    @Inject
    PledgeSignatures signatures;

    @Inject
    CallerScope caller;

    @Inject
    RequestLanguage language;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BKPP})
    @Operation(operationId = "createPledge", summary = "Record a pledge",
            description = "Send an Idempotency-Key to make retries safe (a form sent twice, a timeout): the same key and body answer "
                    + "with the first pledge (200) and record nothing again; another body with the same key is 409. A key is the "
                    + "caller's own: the same key from another caller is another key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PledgeViews.View.class)))
    @APIResponse(responseCode = "200", description = "Recorded earlier under this Idempotency-Key",
            content = @Content(schema = @Schema(implementation = PledgeViews.View.class)))
    @APIResponse(responseCode = "409", description = "You used the Idempotency-Key for another pledge")
    @APIResponse(responseCode = "422", description = "Unknown agency, or one outside your region")
    public Response create(@NotNull @Valid PledgeViews.Input input,
            @HeaderParam("Idempotency-Key") @Size(max = IdempotencyKey.MAX_LENGTH) @Parameter(description = "Makes retries safe")
            String idempotencyKey) {
        IdempotencyKey key = IdempotencyKey.of(caller, idempotencyKey);
        String fingerprint = key == null ? null : IdempotencyKey.fingerprint(json, input);
        RosterService.RecordedPledge recorded = IdempotencyKey.onceRaced(key,
                () -> roster.createPledge(input.toPledge(), caller.region(), caller.subject(), key, fingerprint));
        Pledge pledge = recorded.pledge();
        return Response.status(recorded.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .location(URI.create("/api/v1/pledges/" + pledge.id))
                .entity(PledgeViews.View.of(pledge, recorded.replayed() ? signatures.count(pledge.id) : 0)).build();
    }

    @GET
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "listPledges", summary = "List pledges in your region")
    public Page<PledgeViews.View> list(@QueryParam("agency") String agency, @Valid @BeanParam PageRequest paging) {
        return Pages.ofBatch(Pledge.within(caller.region(), agency), paging, page -> {
            Map<Long, Long> counts = signatures.counts(page.stream().map(p -> p.id).toList());
            return page.stream().map(p -> PledgeViews.View.of(p, counts.getOrDefault(p.id, 0L))).toList();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "getPledge", summary = "Get a pledge with its number of signatures")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = PledgeViews.View.class)))
    public PledgeViews.View get(@PathParam("id") long id) {
        Pledge pledge = Pledge.visible(id, caller.region()).orElseThrow(() -> NetralException.notFound(Messages.text("roster.PledgeResource.pledge"), id));
        return PledgeViews.View.of(pledge, signatures.count(id));
    }

    @POST
    @Path("/{id}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BKPP})
    @Operation(operationId = "signPledge", summary = "Add signatures", description = "Up to 10,000 NIPs at once; signing twice is harmless. "
            + "NIPs not on the roster of your region, or of another agency, are listed as rejected.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = PledgeViews.Signing.class)))
    public PledgeViews.Signing sign(@PathParam("id") long id, @NotNull @Valid PledgeViews.Signatures signatures) {
        return PledgeViews.Signing.of(roster.sign(id, signatures.nips(), caller.region()), language.get());
    }
}
