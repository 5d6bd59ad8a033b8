package id.netral.rules.api;

import id.netral.common.i18n.Messages;
import id.netral.common.store.Pages;
import id.netral.rules.domain.RuleDefinition;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.error.NetralException;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.rules.app.CatalogService;
import id.netral.rules.store.CatalogVersions;
import id.netral.rules.domain.CatalogVersion;
import id.netral.rules.domain.CompiledCatalog;
import id.netral.rules.domain.Rule;
import id.netral.rules.domain.RuleKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The rules of the catalog, its versions, and (admin only) new versions. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rule catalog", description = "Rules with their legal basis, versioned")
public class CatalogResource {

    @Inject
    CatalogService catalogs;

    @Inject
    CallerScope caller;

    @Inject
    CatalogVersions versions;

    @GET
    @Path("/rules")
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "listRules", summary = "List rules", description = "Rules of the current catalog version, or of `version`, filtered by source, act or kind.")
    public Page<RuleDefinition> rules(
            @QueryParam("source") @Parameter(description = "Legal source code", example = "SE_MENPANRB_18_2023") String source,
            @QueryParam("act") @Parameter(description = "Act code", example = "SOCIAL_MEDIA_LIKE") String act,
            @QueryParam("kind") @Pattern(regexp = "PROHIBITION|PERMISSION|REVIEW|CRIMINAL|CONTRACT", message = "{netral.rule-kind}") String kind,
            @QueryParam("version") @Positive @Parameter(description = "Catalog version; the current one when absent") Integer version,
            @Valid @BeanParam PageRequest paging) {
        List<RuleDefinition> selected = catalog(version).rules().stream()
                .filter(r -> source == null || r.sourceCode.equals(source))
                .filter(r -> act == null || r.acts.contains(act))
                .filter(r -> kind == null || r.kind == RuleKind.valueOf(kind))
                .map(RuleDefinition::of).toList();
        return Page.of(selected, paging);
    }

    @GET
    @Path("/rules/{code}")
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "getRule", summary = "Get one rule")
    @APIResponse(responseCode = "404", description = "No such rule in that version")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RuleDefinition.class)))
    public RuleDefinition rule(@PathParam("code") String code, @QueryParam("version") @Positive Integer version) {
        return catalog(version).rules().stream().filter(r -> r.code.equals(code)).findFirst().map(RuleDefinition::of)
                .orElseThrow(() -> NetralException.notFound(Messages.text("rules.CatalogResource.rule"), code));
    }

    @GET
    @Path("/catalog/versions")
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "listCatalogVersions", summary = "List catalog versions", description = "Newest first, with who made each and why.")
    public Page<CatalogViews.Version> versions(@Valid @BeanParam PageRequest paging) {
        int current = catalogs.current().version;
        Map<Integer, Long> counts = versions.ruleCounts();
        return Pages.of(CatalogVersion.newestFirst(), paging,
                v -> CatalogViews.Version.of(v, counts.getOrDefault(v.version, 0L).intValue(), current));
    }

    @GET
    @Path("/catalog/versions/{version}")
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "exportCatalogVersion", summary = "Export a catalog version", description = "The whole version as JSON, in the shape a change takes.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CatalogViews.Export.class)))
    public CatalogViews.Export export(@PathParam("version") int version) {
        CompiledCatalog catalog = catalogs.version(version);
        CatalogVersion header = CatalogVersion.withNumber(version).orElseThrow(() -> NetralException.notFound(Messages.text("rules.CatalogResource.catalog-version"), version));
        return new CatalogViews.Export(version, header.basedOn, header.note, header.createdAt, header.createdBy,
                catalog.rules().stream().map(RuleDefinition::of).toList());
    }

    @POST
    @Path("/catalog/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeCatalog", summary = "Change the catalog (admin)",
            description = "Creates version basedOn + 1 from the current version with rules added, replaced or retired. "
                    + "Earlier versions stay as they were, so earlier classifications can still be explained.")
    @APIResponse(responseCode = "201", description = "The new version", content = @Content(schema = @Schema(implementation = CatalogViews.Version.class)))
    @APIResponse(responseCode = "409", description = "basedOn is not the current version")
    @APIResponse(responseCode = "422", description = "The change names unknown acts, sources or rules, or is empty")
    public Response change(@NotNull @Valid CatalogViews.Change change) {
        List<Rule> upsert = change.upsert() == null ? List.of() : change.upsert().stream().map(RuleDefinition::toRule).toList();
        CatalogVersion created = catalogs.createVersion(new CatalogService.Change(change.basedOn(), change.note(), upsert,
                change.retire() == null ? List.of() : change.retire()), caller.subject());
        return Response.created(URI.create("/api/v1/catalog/versions/" + created.version))
                .entity(CatalogViews.Version.of(created, upsertedCount(created), created.version))
                .build();
    }

    /** Rules in a version just created: the compiled catalog has them in memory. */
    private int upsertedCount(CatalogVersion created) {
        return catalogs.version(created.version).rules().size();
    }

    private CompiledCatalog catalog(Integer version) {
        return version == null ? catalogs.current() : catalogs.version(version);
    }
}
