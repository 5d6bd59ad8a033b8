package id.netral.roster.api;

import id.netral.common.store.Pages;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.error.NetralException;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.roster.domain.Agency;
import id.netral.roster.app.RosterService;
import id.netral.roster.domain.WorkUnit;
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

/** Agencies (instansi) and their work units (OPD), inside the caller's region. */
@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "Employing agencies, their PPK and work units")
public class AgencyResource {

    @Inject
    RosterService roster;

    @Inject
    CallerScope caller;

    @GET
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "listAgencies", summary = "List agencies in your region")
    public Page<AgencyViews.View> list(@Valid @BeanParam PageRequest paging) {
        boolean personalData = caller.seesPersonalData();
        return Pages.of(Agency.within(caller.region()), paging, a -> AgencyViews.View.of(a, personalData));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "getAgency", summary = "Get an agency with its PPK")
    @APIResponse(responseCode = "404", description = "Unknown, or outside your region")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AgencyViews.View.class)))
    public AgencyViews.View get(@PathParam("code") String code) {
        return AgencyViews.View.of(agency(code), caller.seesPersonalData());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BKPP})
    @Operation(operationId = "createAgency", summary = "Register an agency")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = AgencyViews.View.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "Region unknown or outside yours")
    public Response create(@NotNull @Valid AgencyViews.Create request) {
        Agency agency = roster.createAgency(request.toAgency(), caller.region(), caller.subject());
        return Response.created(URI.create("/api/v1/agencies/" + agency.code)).entity(AgencyViews.View.of(agency, caller.seesPersonalData())).build();
    }

    @GET
    @Path("/{code}/units")
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "listWorkUnits", summary = "List the work units of an agency")
    public Page<AgencyViews.UnitView> units(@PathParam("code") String code, @Valid @BeanParam PageRequest paging) {
        Agency agency = agency(code);
        return Pages.of(WorkUnit.ofAgency(agency.code), paging, AgencyViews.UnitView::of);
    }

    @POST
    @Path("/{code}/units")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BKPP})
    @Operation(operationId = "createWorkUnit", summary = "Add a work unit", description = "Units nest: give parentCode to place one under another.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = AgencyViews.UnitView.class)))
    @APIResponse(responseCode = "409", description = "The agency has a unit with this code")
    @APIResponse(responseCode = "422", description = "Unknown parent unit")
    public Response createUnit(@PathParam("code") String code, @NotNull @Valid AgencyViews.CreateUnit request) {
        WorkUnit unit = roster.createUnit(code, request.toUnit(), caller.region());
        return Response.created(URI.create("/api/v1/agencies/" + code + "/units/" + unit.code))
                .entity(AgencyViews.UnitView.of(unit)).build();
    }

    private Agency agency(String code) {
        return Agency.visible(code, caller.region()).orElseThrow(() -> NetralException.notFound("Instansi", "Agency", code));
    }
}
