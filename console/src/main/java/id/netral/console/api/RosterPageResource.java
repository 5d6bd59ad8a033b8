package id.netral.console.api;

import id.netral.client.roster.ApiException;
import id.netral.client.roster.api.AccountsApi;
import id.netral.client.roster.api.AgenciesApi;
import id.netral.client.roster.api.EmployeesApi;
import id.netral.client.roster.api.PledgesApi;
import id.netral.client.roster.api.ImportsApi;
import id.netral.client.roster.model.Agency;
import id.netral.client.roster.model.EmployeePage;
import id.netral.client.roster.model.ImportJob;
import id.netral.common.security.Roles;
import id.netral.console.domain.Pager;
import id.netral.console.client.ApiProblem;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The roster as the personnel agency (BKPP) keeps it and officers consult it: agencies with their
 * PPK and work units, employees, a person's accounts, "whose account is this?" by its address, and a
 * CSV import whose progress the page follows as the roster works through it.
 */
@Path("/roster")
@RolesAllowed({Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP, Roles.ADMIN})
public class RosterPageResource extends ConsolePage {
    /** Agencies a page, and employees found by a name. */
    static final int PAGE_SIZE = 50;

    @Inject
    Template roster;

    @Inject
    Template agency;

    @Inject
    Template rosterImport;

    /** Agencies, a search of employees, and the account lookup. */
    @GET
    public Response index(@QueryParam("page") Integer page, @QueryParam("q") String q, @QueryParam("url") String url) {
        var client = services.roster();
        try {
            var agencies = new AgenciesApi(client).listAgencies(page == null || page < 0 ? 0 : page, PAGE_SIZE);
            EmployeePage found = q == null || q.isBlank() ? null
                    : new EmployeesApi(client).searchEmployees(null, null, 0, q.strip(), null, PAGE_SIZE, null, null, null);
            Object owner = null;
            ApiProblem lookupProblem = null;
            if (url != null && !url.isBlank()) {
                try {
                    owner = new AccountsApi(client).lookupAccount(null, null, url.strip());
                } catch (ApiException notFound) {
                    if (notFound.getCode() == 401) {
                        throw notFound;
                    }
                    lookupProblem = pages.problem(notFound.getCode(), notFound.getResponseBody());
                }
            }
            int shown = agencies.getPage() == null ? 0 : agencies.getPage();
            return pages.html(pages.page(roster).data("agencies", agencies).data("found", found).data("q", q == null ? "" : q)
                    .data("url", url == null ? "" : url).data("owner", owner).data("problem", lookupProblem)
                    .data("pager", Pager.of("/roster", shown, PAGE_SIZE, agencies.getTotal() == null ? 0 : agencies.getTotal()))
                    .data("importKey", UUID.randomUUID().toString()));
        } catch (ApiException e) {
            return pages.refused(e.getCode(), e.getResponseBody());
        }
    }

    @GET
    @Path("/agencies/{code}")
    public Response agency(@PathParam("code") String code, @QueryParam("page") Integer page) {
        var client = services.roster();
        try {
            Agency found = new AgenciesApi(client).getAgency(code);
            var units = new AgenciesApi(client).listWorkUnits(code, 0, 200);
            var staff = new EmployeesApi(client).searchEmployees(null, code, page == null || page < 0 ? 0 : page, null, null, 100, null, null, null);
            var pledges = new PledgesApi(client).listPledges(code, 0, 50);
            return pages.html(pages.page(agency).data("a", found).data("units", units).data("staff", staff).data("pledges", pledges));
        } catch (ApiException e) {
            return pages.refused(e.getCode(), e.getResponseBody());
        }
    }

    /** A CSV of employees (the roster's import format) sent as it is; the page that follows it comes next. */
    @POST
    @Path("/imports")
    @RolesAllowed({Roles.BKPP, Roles.ADMIN})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response startImport(@RestForm("file") FileUpload file, @RestForm String csrf, @RestForm String idempotencyKey) {
        pages.requireFormToken(csrf);
        if (file == null || file.size() == 0) {
            return Pages.seeOther("/roster?import=empty");
        }
        try {
            ImportJob job = services.importCsv(file.uploadedFile(), idempotencyKey);
            return Pages.seeOther("/roster/imports/" + job.getId());
        } catch (ApiException e) {
            return pages.refused(e.getCode(), e.getResponseBody());
        }
    }

    @GET
    @Path("/imports/{id}")
    @RolesAllowed({Roles.BKPP, Roles.ADMIN})
    public Response importPage(@PathParam("id") UUID id) {
        try {
            ImportJob job = new ImportsApi(services.roster()).getImport(id);
            return pages.html(pages.page(rosterImport).data("job", job).data("percent", percent(job)).data("running", running(job)));
        } catch (ApiException e) {
            return pages.refused(e.getCode(), e.getResponseBody());
        }
    }

    /** Where an import stands, for the page's script to move its progress bar (JSON: the page is the console's own). */
    @GET
    @Path("/imports/{id}/progress")
    @RolesAllowed({Roles.BKPP, Roles.ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response progress(@PathParam("id") UUID id) {
        try {
            ImportJob job = new ImportsApi(services.roster()).getImport(id);
            return Response.ok(Map.of("status", String.valueOf(job.getStatus()), "processed", nz(job.getProcessed()), "total", nz(job.getTotal()),
                    "percent", percent(job), "running", running(job))).header("Cache-Control", "no-store").build();
        } catch (ApiException e) {
            return Response.status(e.getCode() == 0 ? 503 : e.getCode()).build();
        }
    }

    private static long nz(Long value) {
        return value == null ? 0 : value;
    }

    private static int percent(ImportJob job) {
        long total = nz(job.getTotal());
        return total == 0 ? (running(job) ? 0 : 100) : (int) Math.min(100, nz(job.getProcessed()) * 100 / total);
    }

    private static boolean running(ImportJob job) {
        return job.getStatus() != null && List.of("QUEUED", "RUNNING").contains(job.getStatus().getValue());
    }
}
