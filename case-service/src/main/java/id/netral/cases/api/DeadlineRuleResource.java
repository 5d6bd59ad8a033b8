package id.netral.cases.api;

import id.netral.common.store.Pages;
import jakarta.inject.Inject;
import id.netral.common.i18n.RequestLanguage;
import id.netral.cases.domain.DeadlineRule;
import id.netral.cases.domain.Deadlines;
import id.netral.common.error.NetralException;
import id.netral.common.i18n.Messages;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PathParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    @Inject
    Deadlines deadlines;

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

    @GET
    @Path("/{code}/due")
    @Operation(operationId = "dueDate", summary = "When a period started on a day falls due",
            description = "The last day of the period `code` of an election type when it starts on `from` (a local day), counted "
                    + "as intake and the chain count it: calendar or working days, holidays from the calendar. A reporting form "
                    + "asks it with REPORT_FILING and the day the reporter learnt of the act, before the report is filed.")
    @APIResponse(responseCode = "200", description = "The period's start, last day and basis",
            content = @Content(schema = @Schema(implementation = DeadlineDueView.class)))
    @APIResponse(responseCode = "400", description = "electionType or from missing or malformed")
    @APIResponse(responseCode = "404", description = "No period of that code for that election type")
    @APIResponse(responseCode = "422", description = "from is written as a day but no such day exists (2024-02-30)")
    public DeadlineDueView due(
            @PathParam("code") @Parameter(example = "REPORT_FILING") String code,
            @QueryParam("electionType") @NotNull @Pattern(regexp = "GENERAL|REGIONAL", message = "{netral.election-type}")
            @Parameter(required = true, example = "REGIONAL") String electionType,
            @QueryParam("from") @NotNull @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{netral.local-date}")
            @Parameter(required = true, description = "The local day the period starts on", example = "2024-10-30") String from) {
        LocalDate start;
        try {
            start = LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            throw NetralException.unprocessable("from", Messages.text("case.DeadlineRuleResource.no-such-day", from));
        }
        return deadlines.start(code, ElectionType.valueOf(electionType), start)
                .map(deadline -> DeadlineDueView.of(deadline, ElectionType.valueOf(electionType), language.get()))
                .orElseThrow(() -> NetralException.notFound(Messages.text("case.DeadlineRuleResource.period"), code + " " + electionType));
    }
}
