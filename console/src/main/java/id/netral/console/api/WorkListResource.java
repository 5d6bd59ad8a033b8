package id.netral.console.api;

import id.netral.client.cases.ApiException;
import id.netral.client.cases.model.CasePage;
import id.netral.client.cases.model.CaseStatus;
import id.netral.client.cases.model.ModelCase;
import id.netral.common.security.Roles;
import id.netral.console.client.Services;
import id.netral.console.config.ConsoleConfig;
import id.netral.console.domain.Viewer;
import id.netral.console.domain.WorkList;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The officer's work list: the cases waiting for a step of theirs, nearest due date first, overdue
 * ones marked; with the API's filters (state, act, region, agency, election, overdue) it becomes a
 * search of every case the officer may see.
 */
@Path("/cases")
@RolesAllowed({Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP, Roles.ADMIN})
public class WorkListResource extends ConsolePage {

    @Inject
    ConsoleConfig config;

    @Inject
    Template workList;

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("act") String act, @QueryParam("region") String region,
            @QueryParam("agency") String agency, @QueryParam("election") String election, @QueryParam("overdue") String overdue) {
        CaseStatus only = status == null || status.isBlank() ? null
                : Arrays.stream(CaseStatus.values()).filter(s -> s.getValue().equals(status)).findFirst().orElse(null);
        // a role that takes no step (admin) sees every case it may see, newest first, as a search without filters
        boolean searching = only != null || Stream.of(act, region, agency, election, overdue).anyMatch(v -> v != null && !v.isBlank())
                || WorkList.statesOf(viewer.getRole()).isEmpty();
        List<ModelCase> found = new ArrayList<>();
        int total = 0;
        try {
            List<CaseStatus> states = only != null ? List.of(only) : searching ? java.util.Collections.singletonList(null)
                    : WorkList.statesOf(viewer.getRole());
            for (CaseStatus state : states) {
                CasePage page = services.cases().searchCases(Forms.blankToNull(act), Forms.blankToNull(agency), Forms.blankToNull(election),
                        "true".equals(overdue) ? Boolean.TRUE : null, 0, Forms.blankToNull(region), config.workListSize(), state);
                total += page.getTotal() == null ? 0 : page.getTotal().intValue();
                page.getItems().stream().filter(c -> searching || WorkList.waitsForCaller(c)).forEach(found::add);
            }
        } catch (ApiException e) {
            return pages.refused(e);
        }
        found.sort(WorkList.BY_DUE_DATE);
        return pages.html(pages.page(workList).data("cases", found).data("total", total).data("searching", searching)
                .data("statuses", Arrays.stream(CaseStatus.values()).map(CaseStatus::getValue).toList())
                .data("filter", new Filter(status, act, region, agency, election, "true".equals(overdue))));
    }

    /** The filters as the officer set them, to fill the form in again. */
    public record Filter(String status, String act, String region, String agency, String election, boolean overdue) {
    }

}
