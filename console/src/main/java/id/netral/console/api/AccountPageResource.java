package id.netral.console.api;

import id.netral.client.roster.ApiException;
import id.netral.client.roster.api.AccountsApi;
import id.netral.client.roster.model.AccountInput;
import id.netral.common.security.Roles;
import id.netral.console.client.ApiProblem;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * An employee's social-media account registered by the personnel office, by its address as
 * anyone would copy it from the browser: the roster works out the platform and the handle, and
 * refuses an account already registered to someone else. Findings and reports name accounts; this
 * is how they lead to a person.
 */
// its own root, not under /roster/employees (EmployeePageResource's): JAX-RS matches a request to one root resource only
@Path("/roster/accounts")
@RolesAllowed({Roles.BKPP, Roles.ADMIN})
public class AccountPageResource extends EmployeeFormPage {

    @Inject
    Template accountForm;

    @GET
    @Path("/new")
    public Response form(@QueryParam("employee") String key) {
        return form(employeeKey(key), Map.of(), null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> form) {
        Map<String, String> posted = postedAbout(form);
        String key = posted.get("employee");
        try {
            new AccountsApi(services.roster()).registerAccount(key, new AccountInput().url(Forms.blankToNull(posted.get("url"))));
            return backToEmployee(key, "ACCOUNT", "accounts");
        } catch (ApiException e) {
            return pages.refusedForm(e.getCode(), e.getResponseBody(), problem -> form(key, posted, problem, problem.status()));
        }
    }

    /**
     * An account unlinked from the employee (it was their sibling's, say), with the reason the roster
     * keeps in the employee's history; back to the employee's page. Without a reason the roster
     * refuses (400), and the page says why.
     */
    @POST
    @Path("/{id}/unlink")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unlink(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Map<String, String> posted = postedAbout(form);
        String key = posted.get("employee");
        try {
            new AccountsApi(services.roster()).unlinkAccount(id, key, Forms.blankToNull(posted.get("reason")));
            return backToEmployee(key, "UNLINKED", "accounts");
        } catch (ApiException e) {
            return pages.refused(e.getCode(), e.getResponseBody());
        }
    }

    private Response form(String key, Map<String, String> entries, ApiProblem problem, int status) {
        return employeeForm(pages.page(accountForm).data("entries", entries).data("problem", problem), key, status);
    }
}
