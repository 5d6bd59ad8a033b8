package id.netral.roster.api;

import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.domain.RegionCode;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.roster.domain.Agency;
import id.netral.roster.domain.Employee;
import id.netral.roster.domain.FamilyCandidacy;
import id.netral.roster.domain.RosterService;
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
import java.util.Map;
import java.util.stream.Collectors;
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
    @Operation(summary = "List declarations in a region",
            description = "For example every ASN with a candidate spouse in Sleman: `?relation=SPOUSE&region=34.04`.")
    public Page<FamilyViews.View> list(
            @QueryParam("relation") @Pattern(regexp = RELATION, message = "must be one of " + RELATION) String relation,
            @QueryParam("region") @Pattern(regexp = RegionCode.PATTERN, message = "must be a region code such as 34.04") String region,
            @QueryParam("election") String election,
            @Valid @BeanParam PageRequest paging) {
        RegionCode scope = caller.region();
        if (region != null) {
            if (!scope.covers(region)) {
                return new Page<>(List.of(), paging.page, paging.size, 0);
            }
            scope = RegionCode.of(region);
        }
        boolean fullNip = caller.seesFullNip();
        return Page.ofBatch(FamilyCandidacy.within(scope, relation == null ? null : FamilyCandidacy.Relation.valueOf(relation),
                election, null), paging, page -> withEmployees(page, fullNip));
    }

    /** Views of a page of declarations, loading their employees and agencies in two queries. */
    private static List<FamilyViews.View> withEmployees(List<FamilyCandidacy> page, boolean fullNip) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Employee> employees = Employee.<Employee>list("id in ?1", page.stream().map(f -> f.employeeId).toList())
                .stream().collect(Collectors.toMap(e -> e.id, e -> e));
        Map<String, String> agencyNames = Agency.<Agency>list("code in ?1",
                employees.values().stream().map(e -> e.agencyCode).distinct().toList())
                .stream().collect(Collectors.toMap(a -> a.code, a -> a.name));
        return page.stream().map(f -> {
            Employee e = employees.get(f.employeeId);
            return FamilyViews.View.of(f, EmployeeViews.Summary.of(e, agencyNames.get(e.agencyCode), fullNip));
        }).toList();
    }
}
