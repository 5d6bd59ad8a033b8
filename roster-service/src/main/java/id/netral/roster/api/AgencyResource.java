package id.netral.roster.api;

import id.netral.common.i18n.Messages;
import id.netral.common.store.Pages;
import id.netral.common.store.FactHistory;
import id.netral.common.audit.AuditViews;
import id.netral.roster.app.LegalFacts;
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
import jakarta.ws.rs.PUT;
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

    @Inject
    FactHistory history;

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
        Agency agency = roster.createAgency(request.toAgency(), caller.region(), caller.actor());
        return Response.created(URI.create("/api/v1/agencies/" + agency.code)).entity(AgencyViews.View.of(agency, caller.seesPersonalData())).build();
    }

    @PUT
    @Path("/{code}/ppk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BKPP})
    @Operation(operationId = "changeAgencyPpk", summary = "Name the agency's new PPK",
            description = "When the regent, mayor, governor or minister changes, or an acting official takes over. Sanction "
                    + "recommendations go to the PPK in office; the change is kept in the agency's history.")
    @APIResponse(responseCode = "200", description = "Changed (or already so)",
            content = @Content(schema = @Schema(implementation = AgencyViews.View.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or outside your region")
    public AgencyViews.View changePpk(@PathParam("code") String code, @NotNull @Valid AgencyViews.Ppk ppk) {
        return AgencyViews.View.of(roster.changePpk(code, ppk.name(), ppk.office(), caller.region(), caller.actor()),
                caller.seesPersonalData());
    }

    @PUT
    @Path("/{code}/ppk-substitute")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BKPP})
    @Operation(operationId = "nameAgencyPpkSubstitute", summary = "Name who decides when the agency's PPK is conflicted",
            description = "An acting official (Pj, Pjs) or the official above. When BKN or Bawaslu finds the PPK conflicted in a "
                    + "case (the PPK or a close relative runs in its election), the decision rests with this official, who "
                    + "signs in with the login given; the change is kept in the agency's history.")
    @APIResponse(responseCode = "200", description = "Named (or already so)",
            content = @Content(schema = @Schema(implementation = AgencyViews.View.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or outside your region")
    public AgencyViews.View nameSubstitute(@PathParam("code") String code, @NotNull @Valid AgencyViews.Substitute substitute) {
        return AgencyViews.View.of(roster.nameSubstitute(code, substitute.name(), substitute.office(), substitute.subject(),
                caller.region(), caller.actor()), caller.seesPersonalData());
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed({Roles.ADMIN, Roles.BKPP})
    @Operation(operationId = "getAgencyHistory", summary = "An agency's PPKs over time",
            description = "Its registration and every change of PPK: who recorded what and when, oldest first, hash-chained.")
    @APIResponse(responseCode = "404", description = "Unknown, or outside your region")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AuditViews.ChangePage.class)))
    public Page<AuditViews.Change> history(@PathParam("code") String code, @Valid @BeanParam PageRequest paging) {
        return history.page(LegalFacts.AGENCY, agency(code).code, paging).map(AuditViews.Change::of);
    }

    @GET
    @Path("/{code}/history/verify")
    @RolesAllowed({Roles.ADMIN, Roles.BKPP})
    @Operation(operationId = "verifyAgencyHistory", summary = "Check an agency's history chain",
            description = "Invalid when an entry was changed, removed or added in the database behind the service's back.")
    @APIResponse(responseCode = "404", description = "Unknown, or outside your region")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AuditViews.Verification.class)))
    public AuditViews.Verification verifyHistory(@PathParam("code") String code) {
        return AuditViews.Verification.of(history.verify(LegalFacts.AGENCY, agency(code).code));
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
        return Agency.visible(code, caller.region()).orElseThrow(() -> NetralException.notFound(Messages.text("roster.AgencyResource.agency"), code));
    }
}
