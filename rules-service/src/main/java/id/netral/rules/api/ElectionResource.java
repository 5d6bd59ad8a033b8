package id.netral.rules.api;

import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.rules.domain.Election;
import id.netral.rules.app.ElectionService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The elections calendar; regional elections are visible only to callers in their regions. */
@Path("/api/v1/elections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Elections", description = "Dates that decide an act's stage")
public class ElectionResource {

    @Inject
    ElectionService elections;

    @Inject
    CallerScope caller;

    @GET
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "listElections", summary = "List elections", description = "Nationwide elections and the regional ones held in the caller's region.")
    public Page<ElectionViews.View> list(@Valid @BeanParam PageRequest paging) {
        return Page.of(elections.visibleTo(caller.region()).stream().map(ElectionViews.View::of).toList(), paging);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "getElection", summary = "Get one election")
    @APIResponse(responseCode = "404", description = "Unknown, or held outside the caller's region")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ElectionViews.View.class)))
    public ElectionViews.View get(@PathParam("code") String code) {
        return ElectionViews.View.of(elections.get(code, caller.region()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addElection", summary = "Add an election (admin)", description = "A later election, a re-vote or a by-election; the classifier uses it at once.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = ElectionViews.View.class)))
    @APIResponse(responseCode = "409", description = "The code exists")
    @APIResponse(responseCode = "422", description = "Dates out of order, or regions given for a general election")
    public Response add(@NotNull @Valid ElectionViews.Create request) {
        Election added = elections.add(request.toElection(), caller.subject());
        return Response.created(URI.create("/api/v1/elections/" + added.code)).entity(ElectionViews.View.of(added)).build();
    }
}
