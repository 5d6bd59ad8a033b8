package id.netral.rules.api;

import id.netral.common.i18n.Messages;
import id.netral.common.store.Pages;
import id.netral.rules.app.CatalogService;
import id.netral.rules.domain.CompiledCatalog;
import jakarta.inject.Inject;
import id.netral.common.i18n.Language;
import id.netral.common.i18n.RequestLanguage;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.error.NetralException;
import id.netral.common.security.Roles;
import id.netral.rules.domain.Act;
import id.netral.rules.domain.LegalSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The legal sources and the act taxonomy: read-only reference data for every participant. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY)
@Tag(name = "Reference", description = "Legal sources and the taxonomy of acts")
public class ReferenceResource {

    @Inject
    RequestLanguage language;

    @Inject
    CatalogService catalogs;

    @GET
    @Path("/sources")
    @Operation(operationId = "listLegalSources", summary = "List legal sources", description = "Every document the catalog cites, with official numbers.")
    public Page<SourceView> sources(@Valid @BeanParam PageRequest paging) {
        return Pages.of(LegalSource.byCode(), paging, SourceView::of);
    }

    @GET
    @Path("/sources/{code}")
    @Operation(operationId = "getLegalSource", summary = "Get one legal source")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SourceView.class)))
    public SourceView source(@PathParam("code") String code) {
        return SourceView.of(LegalSource.withCode(code).orElseThrow(() -> NetralException.notFound(Messages.text("rules.ReferenceResource.legal-source"), code)));
    }

    @GET
    @Path("/acts")
    @Operation(operationId = "listActs", summary = "List acts",
            description = "The stable act codes the classifier takes, with labels in the language of Accept-Language, the "
                    + "catalog version that first knows each, and the optional facts the current catalog may ask about it.")
    public Page<ActView> acts(@Valid @BeanParam PageRequest paging) {
        CompiledCatalog catalog = catalogs.current();
        return Pages.of(Act.taxonomy(), paging, act -> ActView.of(act, catalog, language.get()));
    }

    @GET
    @Path("/sanction-tiers")
    @Operation(operationId = "listSanctionTiers", summary = "List sanction tiers",
            description = "What each tier means for PNS, PPPK and non-ASN staff (PP 94/2021 and the regulations for each), "
                    + "the texts a classification's sanction detail comes from, as the current catalog version uses them.")
    public Page<SanctionTierView> sanctionTiers(@Valid @BeanParam PageRequest paging) {
        Language in = language.get();
        return Page.of(catalogs.current().tiers().stream().map(tier -> SanctionTierView.of(tier, in)).toList(), paging);
    }
}
