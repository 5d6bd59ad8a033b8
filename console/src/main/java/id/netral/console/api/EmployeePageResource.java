package id.netral.console.api;

import id.netral.client.roster.ApiException;
import id.netral.client.roster.ApiResponse;
import id.netral.client.roster.api.AccountsApi;
import id.netral.client.roster.api.AgenciesApi;
import id.netral.client.roster.api.EmployeesApi;
import id.netral.client.roster.api.FamilyCandidaciesApi;
import id.netral.client.roster.model.Employee;
import id.netral.client.roster.model.EmployeeInput;
import id.netral.client.roster.model.EmploymentStatus;
import id.netral.client.roster.model.EmploymentType;
import id.netral.client.roster.model.WorkUnitPage;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One employee: their page (placement, pledge, accounts, relatives' candidacies), and the personnel
 * office's forms to register someone new and to change what the roster holds (a move to another
 * unit, a retirement). A change is sent with the version it was read at (If-Match): when someone
 * changed the record in between, the form comes back with the entries kept and the record as it is
 * now, and saving again is a deliberate choice.
 */
@Path("/roster/employees")
@RolesAllowed({Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP, Roles.ADMIN})
public class EmployeePageResource extends EmployeeFormPage {
    static final List<String> EMPLOYMENT_TYPES = List.of("PNS", "PPPK", "NON_ASN");
    static final List<String> STATUSES = List.of("ACTIVE", "RETIRED", "DISMISSED");

    @Inject
    Template employee;

    @Inject
    Template employeeForm;

    @GET
    @Path("/{key}")
    public Response page(@PathParam("key") String key, @QueryParam("done") String done) {
        var client = services.roster();
        try {
            var person = new EmployeesApi(client).getEmployee(key);
            var accounts = new AccountsApi(client).listEmployeeAccounts(key);
            var candidacies = new FamilyCandidaciesApi(client).listEmployeeFamilyCandidacies(key, 0, 50);
            return pages.html(pages.page(employee).data("e", person).data("accounts", accounts).data("candidacies", candidacies)
                    .data("done", done));
        } catch (ApiException e) {
            return pages.refused(e.getCode(), e.getResponseBody());
        }
    }

    @GET
    @Path("/new")
    @RolesAllowed({Roles.BKPP, Roles.ADMIN})
    public Response newForm(@QueryParam("agency") String agency) {
        Map<String, String> entries = new HashMap<>();
        entries.put("agencyCode", agency == null || agency.isBlank() ? viewer.getAgency() : agency.strip());
        entries.put("employmentType", "PNS");
        entries.put("status", "ACTIVE");
        return form(null, entries, null, null, 200);
    }

    @POST
    @RolesAllowed({Roles.BKPP, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> form) {
        pages.requireFormToken(form.getFirst("csrf"));
        Map<String, String> posted = Forms.posted(form);
        try {
            Employee registered = new EmployeesApi(services.roster()).createEmployee(input(posted));
            return backToEmployee(registered.getKey(), "REGISTERED", "employee");
        } catch (ApiException e) {
            return pages.refusedForm(e.getCode(), e.getResponseBody(), problem -> form(null, posted, null, problem, problem.status()));
        }
    }

    @GET
    @Path("/{key}/edit")
    @RolesAllowed({Roles.BKPP, Roles.ADMIN})
    public Response editForm(@PathParam("key") String key) {
        try {
            ApiResponse<Employee> read = new EmployeesApi(services.roster()).getEmployeeWithHttpInfo(key);
            Map<String, String> entries = entries(read.getData());
            entries.put("version", etag(read));
            return form(key, entries, null, null, 200);
        } catch (ApiException e) {
            return pages.refused(e.getCode(), e.getResponseBody());
        }
    }

    @POST
    @Path("/{key}")
    @RolesAllowed({Roles.BKPP, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("key") String key, MultivaluedMap<String, String> form) {
        pages.requireFormToken(form.getFirst("csrf"));
        Map<String, String> posted = Forms.posted(form);
        EmployeesApi employees = new EmployeesApi(services.roster());
        try {
            Employee updated = employees.updateEmployee(key, input(posted), Forms.blankToNull(posted.get("version")));
            return backToEmployee(updated.getKey(), "UPDATED", "employee");
        } catch (ApiException e) {
            if (e.getCode() == 412) {
                return changedMeanwhile(key, posted, pages.problem(e.getCode(), e.getResponseBody()));
            }
            return pages.refusedForm(e.getCode(), e.getResponseBody(), problem -> form(key, posted, null, problem, problem.status()));
        }
    }

    /** Someone saved the employee after this form was read: the entries stay, the record now is shown, its version taken. */
    private Response changedMeanwhile(String key, Map<String, String> posted, ApiProblem problem) {
        try {
            ApiResponse<Employee> now = new EmployeesApi(services.roster()).getEmployeeWithHttpInfo(key);
            Map<String, String> entries = new HashMap<>(posted);
            entries.put("version", etag(now));
            return form(key, entries, now.getData(), problem, 412);
        } catch (ApiException e) {
            return pages.refused(e.getCode(), e.getResponseBody());
        }
    }

    /**
     * The form, new ({@code key} null) or about an employee; the agency's work units offered as
     * suggestions when the roster lists them (the field takes any code: the roster checks it).
     */
    private Response form(String key, Map<String, String> entries, Employee current, ApiProblem problem, int status) {
        WorkUnitPage units = null;
        String agency = entries.get("agencyCode");
        if (agency != null && !agency.isBlank()) {
            try {
                units = new AgenciesApi(services.roster()).listWorkUnits(agency, 0, 200);
            } catch (ApiException unknownOrUnreachable) {
                // no suggestions: the form still works, and the roster says what is wrong with the agency on saving
            }
        }
        return pages.html(pages.page(employeeForm).data("key", key).data("entries", entries).data("current", current)
                .data("units", units).data("problem", problem).data("employmentTypes", EMPLOYMENT_TYPES).data("statuses", STATUSES), status);
    }

    /** What the form sends, as the roster's input; a value outside its list stays null and the roster names the field. */
    static EmployeeInput input(Map<String, String> posted) {
        return new EmployeeInput().nip(Forms.blankToNull(posted.get("nip"))).staffNumber(Forms.blankToNull(posted.get("staffNumber")))
                .name(Forms.blankToNull(posted.get("name"))).employmentType(oneOf(EMPLOYMENT_TYPES, posted.get("employmentType"), EmploymentType::fromValue))
                .agencyCode(Forms.blankToNull(posted.get("agencyCode"))).unitCode(Forms.blankToNull(posted.get("unitCode")))
                .position(Forms.blankToNull(posted.get("position"))).rank(Forms.blankToNull(posted.get("rank")))
                .status(oneOf(STATUSES, posted.get("status"), EmploymentStatus::fromValue)).email(Forms.blankToNull(posted.get("email")));
    }

    private static <T> T oneOf(List<String> allowed, String value, java.util.function.Function<String, T> parse) {
        return value != null && allowed.contains(value) ? parse.apply(value) : null;
    }

    /** A record's values as the form shows them, by the API's field names (so the roster's complaints land next to their field). */
    static Map<String, String> entries(Employee e) {
        Map<String, String> entries = new HashMap<>();
        BiConsumer<String, Object> put = (field, value) -> {
            if (value != null) {
                entries.put(field, value.toString());
            }
        };
        put.accept("nip", e.getNip());
        put.accept("staffNumber", e.getStaffNumber());
        put.accept("name", e.getName());
        put.accept("employmentType", e.getEmploymentType() == null ? null : e.getEmploymentType().getValue());
        put.accept("agencyCode", e.getAgencyCode());
        put.accept("unitCode", e.getUnitCode());
        put.accept("position", e.getPosition());
        put.accept("rank", e.getRank());
        put.accept("status", e.getStatus() == null ? null : e.getStatus().getValue());
        put.accept("email", e.getEmail());
        return entries;
    }

    /** The version a read answered with, as If-Match takes it back. */
    private static String etag(ApiResponse<Employee> read) {
        // the client's header map ignores case (java.net.http), so one lookup finds "ETag" however it was sent
        List<String> tags = read.getHeaders().getOrDefault("etag", List.of());
        return tags.isEmpty() ? String.valueOf(read.getData().getVersion()) : tags.get(0);
    }
}
