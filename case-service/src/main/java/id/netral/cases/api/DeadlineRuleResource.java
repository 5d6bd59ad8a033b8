package id.netral.cases.api;

import id.netral.common.store.Pages;
import jakarta.inject.Inject;
import id.netral.common.i18n.RequestLanguage;
import id.netral.cases.domain.DeadlineRule;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.domain.ElectionType;
import id.netral.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The deadlines the handling chain runs on, with their legal basis: public to every participant. */
@Path("/api/v1/deadline-rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY)
@Tag(name = "Deadlines", description = "Deadlines of the handling chain and their legal basis")
public class DeadlineRuleResource {

    @Inject
    RequestLanguage language;

    @GET
    @Operation(operationId = "listDeadlineRules", summary = "List deadline rules",
            description = "Every deadline of the chain from report filing to the PPK's decision. Disputed figures are flagged.")
    public Page<DeadlineRuleView> list(
            @QueryParam("electionType") @Pattern(regexp = "GENERAL|REGIONAL", message = "{netral.election-type}")
            @Parameter(description = "Only the deadlines of this kind of election", example = "REGIONAL") String electionType,
            @Valid @BeanParam PageRequest paging) {
        ElectionType type = electionType == null ? null : ElectionType.valueOf(electionType);
        return Pages.of(DeadlineRule.of(type), paging, rule -> DeadlineRuleView.of(rule, language.get()));
    }
}
