package id.netral.roster.api;

import id.netral.common.store.Pages;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.domain.RegionCode;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.roster.domain.FamilyCandidacy;
import id.netral.roster.app.RosterService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Declarations that an employee's relative is a candidate (SE Menpan RB 18/2023). Personal data:
 * portals do not see them.
 */
@Path("/api/v1/family-candidacies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Family candidacies", description = "ASN whose spouse or relative runs in an election")
public class FamilyCandidacyResource {
    private static final String RELATION = "SPOUSE|PARENT|CHILD|SIBLING|OTHER";

    @Inject
    RosterService roster;

    @Inject
    CallerScope caller;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP, Roles.SERVICE})
    @Operation(operationId = "listFamilyCandidacies", summary = "List declarations in a region",
            description = "For example every ASN with a candidate spouse in Sleman: `?relation=SPOUSE&region=34.04`.")
    public Page<FamilyViews.View> list(
            @QueryParam("relation") @Pattern(regexp = RELATION, message = "{netral.family-relation}") String relation,
            @QueryParam("region") @Pattern(regexp = RegionCode.PATTERN, message = "{netral.region-code}") String region,
            @QueryParam("election") String election,
            @Valid @BeanParam PageRequest paging) {
        RegionCode scope = caller.region();
        if (region != null) {
            if (!scope.covers(region)) {
                return new Page<>(List.of(), paging.page, paging.size, 0);
            }
            scope = RegionCode.of(region);
        }
        boolean fullNip = caller.seesPersonalData();
        return Pages.ofBatch(FamilyCandidacy.within(scope, relation == null ? null : FamilyCandidacy.FamilyRelation.valueOf(relation),
                election, null), paging, page -> roster.withOwners(page).stream().map(d -> FamilyViews.View.of(d.candidacy(),
                        EmployeeViews.Summary.of(d.owner(), fullNip))).toList());
    }
}
