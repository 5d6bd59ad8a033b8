package id.netral.console.api;

import id.netral.client.cases.ApiException;
import id.netral.client.cases.model.CaseAction;
import id.netral.client.cases.model.CaseTransition;
import id.netral.client.cases.model.ModelCase;
import id.netral.common.security.Roles;
import id.netral.console.client.ApiProblem;
import id.netral.console.client.Services;
import id.netral.console.domain.ActionForm;
import id.netral.console.domain.Viewer;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A case as its officer works it: the report or finding, the person (masked as the API masks for
 * this officer), the classification with its rules, basis, questions and disputed readings, the
 * deadlines, evidence with hashes, the audit history, and a form for each step the API lists as
 * open ({@code allowedActions}), sent with the If-Match of the version the officer read.
 */
@Path("/cases/{id}")
@RolesAllowed({Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP, Roles.ADMIN})
public class CasePageResource extends ConsolePage {

    @Inject
    Template casePage;

    @GET
    public Response show(@PathParam("id") UUID id, @QueryParam("done") String done) {
        try {
            ModelCase c = services.cases().getCase(id);
            return pages.html(page(c, null, null, Map.of()).data("done", done == null ? null : pages.texts().label("done", done)));
        } catch (ApiException e) {
            return pages.refused(e);
        }
    }

    /** One step: the form's fields become the transition, sent with If-Match of the version shown on the page. */
    @POST
    @Path("/actions/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") UUID id, @PathParam("action") String actionName, MultivaluedMap<String, String> form) {
        pages.requireFormToken(form.getFirst("csrf"));
        CaseAction action = Arrays.stream(CaseAction.values()).filter(a -> a.getValue().equals(actionName)).findFirst()
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
        Map<String, String> posted = Forms.posted(form);
        ModelCase current;
        try {
            current = services.cases().getCase(id);
        } catch (ApiException e) {
            return pages.refused(e);
        }
        ActionForm actionForm = ActionForm.of(action);
        CaseTransition transition;
        try {
            Map<String, Object> body = actionForm.body(posted, ZoneId.of(current.getTimeZone() == null ? "Asia/Jakarta" : current.getTimeZone()));
            body.put("action", action.getValue());
            transition = services.mapper().convertValue(body, CaseTransition.class);
        } catch (DateTimeParseException | IllegalArgumentException unreadable) {
            return pages.html(page(current, action, pages.unreadableForm(), posted), 400);
        }
        try {
            services.cases().moveCase(id, transition, "\"" + posted.getOrDefault("version", "") + "\"");
            return Pages.seeOther("/cases/" + id + "?done=" + action.getValue());
        } catch (ApiException e) {
            if (e.getCode() == 401) {
                return pages.refused(e);
            }
            // shown on the case as it is now, the officer's entries kept in the form
            ApiProblem problem = pages.problem(e);
            return pages.html(page(current, action, problem, posted), problem.status());
        }
    }

    private io.quarkus.qute.TemplateInstance page(ModelCase c, CaseAction failed, ApiProblem problem, Map<String, String> posted) {
        List<ActionForm> forms = c.getAllowedActions() == null ? List.of() : c.getAllowedActions().stream().map(ActionForm::of).toList();
        var history = List.<id.netral.client.cases.model.CaseEvent>of();
        var evidence = List.<id.netral.client.cases.model.EvidenceFile>of();
        try {
            history = services.cases().getCaseHistory(c.getId());
            evidence = services.evidence().listEvidence(c.getId());
        } catch (ApiException e) {
            // a summary-only case (filed here about someone elsewhere) has neither: the page shows what there is
        }
        return pages.page(casePage).data("c", c).data("forms", forms).data("history", history).data("files", evidence)
                .data("failed", failed == null ? null : failed.getValue()).data("problem", problem).data("posted", posted)
                .data("done", null).data("uploadKey", UUID.randomUUID().toString());
    }
}
