package id.netral.console.api;

import id.netral.client.cases.ApiException;
import id.netral.client.cases.model.CasePage;
import id.netral.client.cases.model.CaseStatus;
import id.netral.client.cases.model.ModelCase;
import id.netral.common.security.Roles;
import id.netral.console.client.Services;
import id.netral.console.config.ConsoleConfig;
import id.netral.console.domain.Pager;
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
            @QueryParam("agency") String agency, @QueryParam("election") String election, @QueryParam("overdue") String overdue,
            @QueryParam("sort") String sort, @QueryParam("page") int page) {
        CaseStatus only = status == null || status.isBlank() ? null
                : Arrays.stream(CaseStatus.values()).filter(s -> s.getValue().equals(status)).findFirst().orElse(null);
        // a role that takes no step (admin) sees every case it may see, newest first, as a search without filters
        boolean searching = only != null || Stream.of(act, region, agency, election, overdue).anyMatch(v -> v != null && !v.isBlank())
                || WorkList.statesOf(viewer.getRole()).isEmpty();
        Filter filter = new Filter(status, act, region, agency, election, "true".equals(overdue), "due".equals(sort) ? "due" : null);
        List<ModelCase> found = new ArrayList<>();
        List<Overflow> overflows = new ArrayList<>();
        long total = 0;
        int shown = Math.max(0, page);
        try {
            if (searching) {
                // one search, paged, in the order asked (newest first unless by due date)
                CasePage result = search(filter, only, shown, filter.sort());
                total = result.getTotal() == null ? 0 : result.getTotal();
                found.addAll(result.getItems());
            } else {
                // each state the role acts in, nearest due date first: what does not fit is said, with where to see it all
                for (CaseStatus state : WorkList.statesOf(viewer.getRole())) {
                    CasePage result = search(filter, state, 0, "due");
                    long inState = result.getTotal() == null ? 0 : result.getTotal();
                    total += inState;
                    result.getItems().stream().filter(WorkList::waitsForCaller).forEach(found::add);
                    if (inState > result.getItems().size()) {
                        overflows.add(new Overflow(state.getValue(), result.getItems().size(), inState));
                    }
                }
                found.sort(WorkList.BY_DUE_DATE);
            }
        } catch (ApiException e) {
            return pages.refused(e);
        }
        return pages.html(pages.page(workList).data("cases", found).data("total", total).data("searching", searching)
                .data("overflows", overflows).data("pager", searching ? Pager.of(filter.address(), shown, config.workListSize(), total) : null)
                .data("statuses", Arrays.stream(CaseStatus.values()).map(CaseStatus::getValue).toList())
                .data("filter", filter));
    }

    private CasePage search(Filter filter, CaseStatus state, int page, String sort) throws ApiException {
        return services.cases().searchCases(Forms.blankToNull(filter.act()), Forms.blankToNull(filter.agency()),
                Forms.blankToNull(filter.election()), filter.overdue() ? Boolean.TRUE : null, page, Forms.blankToNull(filter.region()),
                config.workListSize(), sort, state);
    }

    /** A state with more cases than the list shows: how many are shown (the nearest due) of how many. */
    public record Overflow(String status, int shown, long total) {
    }

    /** The filters as the officer set them, to fill the form in again; {@code sort} "due" or null (newest first). */
    public record Filter(String status, String act, String region, String agency, String election, boolean overdue, String sort) {

        /** The list's address with these filters, for its pages. */
        String address() {
            StringBuilder query = new StringBuilder();
            java.util.Map<String, String> set = new java.util.LinkedHashMap<>();
            set.put("status", status);
            set.put("act", act);
            set.put("region", region);
            set.put("agency", agency);
            set.put("election", election);
            set.put("overdue", overdue ? "true" : null);
            set.put("sort", sort);
            set.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                            .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
                }
            });
            return "/cases" + query;
        }
    }

}
