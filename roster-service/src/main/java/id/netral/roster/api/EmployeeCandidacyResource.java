package id.netral.roster.api;

import id.netral.common.i18n.Messages;
import id.netral.common.store.Pages;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.error.NetralException;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.roster.domain.Employee;
import id.netral.roster.domain.FamilyCandidacy;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One employee's declarations that a relative is a candidate. */
@Path("/api/v1/employees/{key}/family-candidacies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Family candidacies")
public class EmployeeCandidacyResource {

    @Inject
    RosterService roster;

    @Inject
    CallerScope caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BKPP})
    @Operation(operationId = "declareFamilyCandidacy", summary = "Declare a relative's candidacy")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = FamilyViews.View.class)))
    public Response declare(@PathParam("key") String key, @NotNull @Valid FamilyViews.Input input) {
        RosterService.Declaration declared = roster.declareCandidacy(key, input.toCandidacy(), caller.region(), caller.actor());
        return Response.created(URI.create("/api/v1/employees/" + key + "/family-candidacies/" + declared.candidacy().id))
                .entity(FamilyViews.View.of(declared.candidacy(), EmployeeViews.Summary.of(declared.owner(), caller.seesPersonalData())))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP, Roles.SERVICE})
    @Operation(operationId = "listEmployeeFamilyCandidacies", summary = "List one employee's declarations")
    public Page<FamilyViews.View> ofEmployee(@PathParam("key") String key, @Valid @BeanParam PageRequest paging) {
        Employee employee = Employee.visible(key, caller.region()).orElseThrow(() -> NetralException.notFound(Messages.text("roster.EmployeeCandidacyResource.employee"), key));
        return Pages.of(FamilyCandidacy.within(caller.region(), null, null, employee.id), paging, f -> FamilyViews.View.of(f, null));
    }

}
