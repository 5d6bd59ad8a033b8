package id.netral.console.api;

import id.netral.client.roster.ApiException;
import id.netral.client.roster.api.FamilyCandidaciesApi;
import id.netral.client.roster.model.FamilyCandidacyInput;
import id.netral.client.roster.model.FamilyRelation;
import id.netral.client.rules.model.Election;
import id.netral.common.security.Roles;
import id.netral.console.client.ApiProblem;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A relative's candidacy declared for an employee (their spouse runs for regent, say): the personnel
 * office records it so that the officers weighing that employee's acts later know of it. The form
 * offers the elections rules-service knows; the employee's page lists what was declared.
 */
// its own root, not under /roster/employees (EmployeePageResource's): JAX-RS matches a request to one root resource only
@Path("/roster/candidacies")
@RolesAllowed({Roles.BKPP, Roles.ADMIN})
public class FamilyCandidacyPageResource extends EmployeeFormPage {
    private static final Logger LOG = Logger.getLogger(FamilyCandidacyPageResource.class);

    @Inject
    Template candidacyForm;

    @GET
    @Path("/new")
    public Response form(@QueryParam("employee") String key) {
        return form(employeeKey(key), Map.of(), null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(MultivaluedMap<String, String> form) {
        Map<String, String> posted = postedAbout(form);
        String key = posted.get("employee");
        String relation = Forms.blankToNull(posted.get("relation"));
        FamilyCandidacyInput input = new FamilyCandidacyInput()
                .relation(relation == null ? null : Arrays.stream(FamilyRelation.values()).filter(r -> r.getValue().equals(relation)).findFirst()
                        .orElse(null))
                .candidateName(Forms.blankToNull(posted.get("candidateName"))).electionCode(Forms.blankToNull(posted.get("electionCode")))
                .office(Forms.blankToNull(posted.get("office"))).party(Forms.blankToNull(posted.get("party")));
        try {
            new FamilyCandidaciesApi(services.roster()).declareFamilyCandidacy(key, input);
            return backToEmployee(key, "DECLARED", "candidacies");
        } catch (ApiException e) {
            return pages.refusedForm(e.getCode(), e.getResponseBody(), problem -> form(key, posted, problem, problem.status()));
        }
    }

    private Response form(String key, Map<String, String> entries, ApiProblem problem, int status) {
        return employeeForm(pages.page(candidacyForm).data("entries", entries).data("problem", problem)
                .data("relations", Arrays.stream(FamilyRelation.values()).map(FamilyRelation::getValue).toList())
                .data("elections", elections()), key, status);
    }

    /** The elections to choose from; none when rules-service does not answer, and the form asks for the code instead. */
    private List<Election> elections() {
        try {
            var page = services.elections(viewer.token()).listElections(0, 100);
            return page.getItems() == null ? List.of() : page.getItems();
        } catch (id.netral.client.rules.ApiException e) {
            LOG.debugf("elections not listed (%d): the form asks for the code", e.getCode());
            return List.of();
        }
    }
}
