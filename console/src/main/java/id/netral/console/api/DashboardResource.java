package id.netral.console.api;

import id.netral.client.cases.ApiException;
import id.netral.client.cases.model.CaseStats;
import id.netral.client.cases.model.Group;
import id.netral.client.notification.model.Broadcast;
import id.netral.common.security.Roles;
import id.netral.console.client.ActNames;
import id.netral.console.client.ApiProblem;
import id.netral.console.client.RegionNames;
import id.netral.console.client.Services;
import id.netral.console.domain.BarChart;
import id.netral.console.domain.RegionTable;
import id.netral.console.domain.Texts;
import id.netral.console.domain.Viewer;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The region's picture: cases by province (a chart) and by province and regency (a table), by act, state and sanction (case-service's statistics over
 * what the officer may see), and the broadcasts with how many of their recipients acknowledged them
 * (notification-service; for the roles that send them). Charts are SVG drawn by the page.
 */
@Path("/dashboard")
@RolesAllowed({Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP, Roles.ADMIN})
public class DashboardResource extends ConsolePage {

    @Inject
    ActNames actNames;

    @Inject
    RegionNames regionNames;

    @Inject
    Template dashboard;

    @GET
    public Response show(@QueryParam("election") String election) {
        String only = election == null || election.isBlank() ? null : election.strip();
        Texts texts = pages.texts();
        List<BarChart> charts = new ArrayList<>();
        RegionTable regions;
        try {
            List<Group> byRegion = groups("region", only);
            List<String> codes = byRegion.stream().map(Group::getKey).toList();
            Map<String, String> names = regionNames.names(RegionTable.named(codes));
            regions = RegionTable.of(codes, byRegion.stream().map(Group::getCount).toList(), code -> names.getOrDefault(code, code));
            charts.add(regions.chart("region", texts.get("byProvince").toString(), texts.get("unresolvedRegion").toString()));
            charts.add(chart("act", texts.get("byAct").toString(), only, code -> actNames.label(code, viewer.token(), viewer.language())));
            charts.add(chart("status", texts.get("byStatus").toString(), only, code -> texts.label("status", code)));
            charts.add(chart("sanction", texts.get("bySanction").toString(), only, code -> texts.label("sanction", code)));
        } catch (ApiException e) {
            return pages.refused(e);
        }
        BarChart broadcasts = null;
        ApiProblem broadcastProblem = null;
        if (viewer.has(Roles.BAWASLU) || viewer.has(Roles.BKPP) || viewer.has(Roles.ADMIN)) {
            try {
                List<Broadcast> sent = services.broadcasts().listBroadcasts(0, 20).getItems();
                broadcasts = BarChart.rates("broadcasts", texts.get("acknowledged").toString(), sent.stream().map(Broadcast::getTitle).toList(),
                        sent.stream().map(b -> b.getAcknowledged() == null ? 0L : b.getAcknowledged()).toList(),
                        sent.stream().map(b -> b.getDelivered() == null ? 0L : b.getDelivered()).toList());
            } catch (id.netral.client.notification.ApiException e) {
                // the case charts stand on their own: the broadcasts' part says what went wrong
                broadcastProblem = pages.problem(e.getCode(), e.getResponseBody());
            }
        }
        return pages.html(pages.page(dashboard).data("charts", charts).data("regions", regions).data("broadcasts", broadcasts)
                .data("problem", broadcastProblem)
                .data("election", only == null ? "" : only));
    }

    private BarChart chart(String groupBy, String title, String election, Function<String, String> label) throws ApiException {
        List<Group> groups = groups(groupBy, election);
        return BarChart.counts(groupBy, title, groups.stream().map(Group::getCount).toList(), groups.stream().map(Group::getKey).toList(), label);
    }

    private List<Group> groups(String groupBy, String election) throws ApiException {
        CaseStats stats = services.statistics().caseStats(groupBy, election);
        return stats.getGroups() == null ? List.of() : stats.getGroups();
    }
}
