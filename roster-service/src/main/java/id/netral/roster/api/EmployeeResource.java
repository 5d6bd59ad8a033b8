package id.netral.roster.api;

import id.netral.common.i18n.Messages;
import id.netral.common.store.Pages;
import id.netral.common.store.FactHistory;
import id.netral.common.audit.AuditViews;
import id.netral.roster.app.LegalFacts;
import id.netral.roster.store.EmployeeSearches;
import id.netral.roster.store.PledgeSignatures;
import id.netral.common.api.Page;
import id.netral.common.error.InvalidValueException;
import id.netral.common.domain.RegionCode;
import id.netral.common.api.PageRequest;
import id.netral.common.domain.EmploymentType;
import id.netral.common.error.NetralException;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.roster.domain.Employee;
import id.netral.roster.domain.EmploymentStatus;
import id.netral.roster.app.RosterService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The roster of civil servants and non-ASN staff, inside the caller's region. */
@Path("/api/v1/employees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employees", description = "Who is an ASN, where they work, whether they pledged")
public class EmployeeResource {

    /** Past this many matches a name search says "more than" instead of counting them all (Page.totalCapped). */
    static final long TOTAL_CAP = 1000;

    @Inject
    RosterService roster;

    @Inject
    PledgeSignatures signatures;

    @Inject
    EmployeeSearches searches;

    @Inject
    CallerScope caller;

    @Inject
    FactHistory history;

    @GET
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "searchEmployees", summary = "Search employees",
            description = "Filters combine. `q` matches part of the name (trigram index), or the start of a NIP when all digits. "
                    + "With `q`, `total` counts up to 1,000 matches (or up to the end of the page asked for); past that it says so with "
                    + "`totalCapped`. A fragment common enough to be in one name of 200 or more (by the roster's statistics) is not "
                    + "counted: `total` runs to the end of the page asked for, with `totalCapped` when there are more. Without `q` it is exact.")
    public Page<EmployeeViews.View> search(
            @QueryParam("agency") @Size(max = 40) String agency,
            @QueryParam("unit") @Size(max = 40) String unit,
            @QueryParam("q") @Size(min = 2, max = 100, message = "{netral.search-length}") @Parameter(example = "santoso") String q,
            @QueryParam("type") @Pattern(regexp = "PNS|PPPK|NON_ASN", message = "{netral.employment-type}") String type,
            @QueryParam("status") @Pattern(regexp = "ACTIVE|RETIRED|DISMISSED", message = "{netral.employee-status}") String status,
            @QueryParam("region") @Pattern(regexp = RegionCode.PATTERN, message = "{netral.region-code}")
            @Parameter(description = "Only employees of this region (inside yours)", example = "34.04") String region,
            @QueryParam("after") @Size(max = 80)
            @Parameter(description = "Walk a large audience in roster order (keyset paging): '-' for the first page, then the "
                    + "key of the last employee of the page before; keep page=0") String after,
            @Valid @BeanParam PageRequest paging) {
        boolean fullNip = caller.seesPersonalData();
        try {
            Employee.Search search = Employee.search(caller.region(), region == null ? null : RegionCode.of(region), agency, unit, q,
                    type == null ? null : EmploymentType.valueOf(type), status == null ? null : EmploymentStatus.valueOf(status), after);
            Function<Employee, EmployeeViews.View> view = e -> EmployeeViews.View.of(e, fullNip, null);
            // only a name search may match too many to count; an audience's size (broadcasts) is always counted exactly
            if (q == null || q.isBlank()) {
                return Pages.of(search.query(), paging, view);
            }
            EmployeeSearches.Counted matches = searches.page(search, paging.offset(), paging.size, TOTAL_CAP);
            return Page.counted(matches.page().stream().map(view).toList(), paging, matches.total(), matches.capped());
        } catch (InvalidValueException e) {
            throw NetralException.unprocessable("after", e.reason());
        }
    }

    @GET
    @Path("/{key}")
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "getEmployee", summary = "Get an employee", description = "By NIP, or AGENCY:STAFFNUMBER for non-ASN staff. The ETag is the version for PUT.")
    @APIResponse(responseCode = "404", description = "Unknown, or outside your region")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = EmployeeViews.View.class)))
    public Response get(@PathParam("key") String key) {
        Employee employee = employee(key);
        return Response.ok(view(employee)).tag(etag(employee)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BKPP})
    @Operation(operationId = "createEmployee", summary = "Register an employee")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = EmployeeViews.View.class)))
    @APIResponse(responseCode = "409", description = "The NIP (or agency staff number) is already on the roster")
    @APIResponse(responseCode = "422", description = "NIP malformed for the employment type, or agency/unit unknown")
    public Response create(@NotNull @Valid EmployeeViews.Input input) {
        Employee employee = roster.createEmployee(input.toEmployee(), caller.region(), caller.actor());
        return Response.created(URI.create("/api/v1/employees/" + employee.key())).entity(view(employee)).tag(etag(employee)).build();
    }

    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BKPP})
    @Operation(operationId = "updateEmployee", summary = "Update an employee", description = "Send the ETag of your last read in If-Match; a stale one is refused.")
    @APIResponse(responseCode = "412", description = "The record changed since your read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = EmployeeViews.View.class)))
    public Response update(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid EmployeeViews.Input input) {
        Employee updated = roster.updateEmployee(key, version(ifMatch), input.toEmployee(), caller.region(), caller.actor());
        return Response.ok(view(updated)).tag(etag(updated)).build();
    }

    @GET
    @Path("/{key}/history")
    @RolesAllowed({Roles.ADMIN, Roles.BKPP})
    @Operation(operationId = "getEmployeeHistory", summary = "An employee's legal facts over time",
            description = "Registration, changes of status, employment type or placement, accounts linked and unlinked, and relatives' "
                    + "candidacies declared: who recorded what and when, oldest first, hash-chained. An employee registered by an "
                    + "import has its import job as the record of that registration; later changes are here.")
    @APIResponse(responseCode = "404", description = "Unknown, or outside your region")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AuditViews.ChangePage.class)))
    public Page<AuditViews.Change> history(@PathParam("key") String key, @Valid @BeanParam PageRequest paging) {
        return history.page(LegalFacts.EMPLOYEE, employee(key).id.toString(), paging).map(AuditViews.Change::of);
    }

    @GET
    @Path("/{key}/history/verify")
    @RolesAllowed({Roles.ADMIN, Roles.BKPP})
    @Operation(operationId = "verifyEmployeeHistory", summary = "Check an employee's history chain",
            description = "Invalid when an entry was changed, removed or added in the database behind the service's back.")
    @APIResponse(responseCode = "404", description = "Unknown, or outside your region")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AuditViews.Verification.class)))
    public AuditViews.Verification verifyHistory(@PathParam("key") String key) {
        return AuditViews.Verification.of(history.verify(LegalFacts.EMPLOYEE, employee(key).id.toString()));
    }

    private EmployeeViews.View view(Employee e) {
        return EmployeeViews.View.of(e, caller.seesPersonalData(), signatures.latest(e.id).map(EmployeeViews.PledgeStatus::of).orElse(null));
    }

    private Employee employee(String key) {
        return Employee.visible(key, caller.region()).orElseThrow(() -> NetralException.notFound(Messages.text("roster.EmployeeResource.employee"), key));
    }

    static EntityTag etag(Employee e) {
        return new EntityTag(String.valueOf(e.version));
    }

    private static int version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw NetralException.preconditionRequired(Messages.text("roster.EmployeeResource.send-if-match-with-the-etag"));
        }
        try {
            return Integer.parseInt(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw NetralException.preconditionFailed(Messages.text("roster.EmployeeResource.if-match-is-not-an-etag", ifMatch));
        }
    }
}
