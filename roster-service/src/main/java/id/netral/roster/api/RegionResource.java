package id.netral.roster.api;

import id.netral.common.i18n.Messages;
import id.netral.common.store.Pages;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.domain.RegionCode;
import id.netral.common.error.NetralException;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.roster.domain.Region;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Kemendagri region tree, limited to the caller's own region. */
@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY)
@Tag(name = "Regions", description = "Provinces, regencies and cities, districts and villages by Kemendagri code")
public class RegionResource {

    @Inject
    CallerScope caller;

    @GET
    @Operation(operationId = "listRegions", summary = "List regions",
            description = "Every province, regency and city, district and village of Indonesia (Kemendagri codes), inside the "
                    + "caller's scope: the top of the scope, the children of `parent`, every region of a `level`, or those whose "
                    + "name contains `q`; the filters combine.")
    public Page<RegionView> list(
            @QueryParam("parent") @Pattern(regexp = RegionCode.PATTERN, message = "{netral.region-code}")
            @Parameter(description = "List the children of this region", example = "34") String parent,
            @QueryParam("level") @Parameter(description = "Only this level; REGENCY includes cities") Region.Level level,
            @QueryParam("q") @Size(min = 2, max = 100, message = "{netral.search-length}")
            @Parameter(description = "Part of the name", example = "sleman") String q,
            @Valid @BeanParam PageRequest paging) {
        return Pages.of(Region.within(caller.region(), parent, level, q), paging, RegionView::of);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getRegion", summary = "Get one region")
    @APIResponse(responseCode = "200", description = "The region",
            content = @Content(schema = @Schema(implementation = RegionView.class), examples = @ExampleObject(name = "Sleman", value = Examples.REGION)))
    @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's region")
    public RegionView get(@PathParam("code") @Parameter(example = "34.04") String code) {
        return RegionView.withParents(Region.visible(code, caller.region())
                .orElseThrow(() -> NetralException.notFound(Messages.text("roster.RegionResource.region"), code)));
    }
}
