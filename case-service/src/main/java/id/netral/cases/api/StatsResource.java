package id.netral.cases.api;

import id.netral.common.i18n.Messages;
import id.netral.cases.store.CaseStats;
import id.netral.common.error.NetralException;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Counts of cases for dashboards. */
@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY)
@Tag(name = "Statistics", description = "Case counts for dashboards")
public class StatsResource {

    @Inject
    CallerScope caller;

    @Inject
    CaseStats stats;

    @Schema(name = "CaseStats")
    public record View(@Schema(description = "region, act, status or sanction") String groupBy, String election,
            @Schema(description = "Cases counted (duplicates excluded)") long total, List<CaseStats.Group> groups) {
    }

    @GET
    @Operation(operationId = "caseStats", summary = "Cases counted by region, act, status or sanction",
            description = "Over the cases you may see (filed in or about your region), repeat reports left out, largest group first. "
                    + "sanction: the decided sanction, else the recommended one, NOT_IMPOSED, or PENDING.")
    public View stats(@QueryParam("groupBy") @Parameter(description = "region, act, status or sanction", required = true) String groupBy,
            @QueryParam("election") @Size(max = 40) @Parameter(description = "Only cases of this election", example = "PILKADA_2024") String election) {
        CaseStats.GroupBy by = groupBy(groupBy);
        List<CaseStats.Group> groups = stats.count(caller.region(), by, election);
        return new View(by.name().toLowerCase(Locale.ROOT), election, groups.stream().mapToLong(CaseStats.Group::count).sum(), groups);
    }

    private static CaseStats.GroupBy groupBy(String raw) {
        try {
            return CaseStats.GroupBy.valueOf(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw NetralException.unprocessable("groupBy", Messages.text("case.StatsResource.groupby-must-be-region-act-status"));
        }
    }
}
