package id.netral.roster.api;

import id.netral.common.api.Problem;
import id.netral.common.i18n.Messages;
import id.netral.common.error.NetralException;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.roster.domain.AccountRef;
import id.netral.roster.domain.Employee;
import id.netral.roster.app.RosterService;
import id.netral.roster.domain.SocialAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The social-media accounts registered for one employee. */
@Path("/api/v1/employees/{key}/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class EmployeeAccountResource {

    @Inject
    RosterService roster;

    @Inject
    CallerScope caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BKPP, Roles.BAWASLU})
    @Operation(operationId = "registerAccount", summary = "Register an account of an employee",
            description = "Give a handle with its platform, or a profile URL in any common form; it is stored normalised.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = AccountViews.View.class)))
    @APIResponse(responseCode = "409", description = "The account is already registered (to this or another person)")
    public Response add(@PathParam("key") String key, @NotNull @Valid AccountViews.Input input) {
        AccountRef ref = AccountViews.ref(input.platform(), input.handle(), input.url(), "");
        SocialAccount account = roster.addAccount(key, ref, input.url(), caller.region(), caller.actor());
        return Response.created(URI.create("/api/v1/employees/" + key + "/accounts/" + account.id))
                .entity(AccountViews.View.of(account)).build();
    }

    @DELETE
    // nothing to send but a problem: the generated clients ask for application/problem+json alone
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BKPP, Roles.BAWASLU})
    @Operation(operationId = "unlinkAccount", summary = "Unlink an account from an employee",
            description = "When it was registered by mistake or is no longer theirs. Cases already opened keep the employee they "
                    + "named; the link and its removal stay in the employee's history, with the reason.")
    @APIResponse(responseCode = "204", description = "Unlinked")
    @APIResponse(responseCode = "404", description = "Unknown employee or account, or outside your region")
    public void unlink(@PathParam("key") String key, @PathParam("id") long id,
            @QueryParam("reason") @NotBlank @Size(max = 500) @Parameter(description = "Why, for the record", example = "Akun milik adiknya")
            String reason) {
        roster.removeAccount(key, id, reason, caller.region(), caller.actor());
    }

    @GET
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "listEmployeeAccounts", summary = "List an employee's accounts")
    public List<AccountViews.View> list(@PathParam("key") String key) {
        Employee employee = Employee.visible(key, caller.region()).orElseThrow(() -> NetralException.notFound(Messages.text("roster.EmployeeAccountResource.employee"), key));
        return SocialAccount.ofEmployee(employee.id).stream().map(AccountViews.View::of).toList();
    }

}
