package id.netral.console.api;

import id.netral.client.cases.ApiException;
import id.netral.client.cases.model.CaseTracking;
import id.netral.client.cases.model.ModelCase;
import id.netral.client.cases.model.NewCase;
import id.netral.client.rules.model.Act;
import id.netral.common.security.Roles;
import id.netral.console.client.ApiProblem;
import id.netral.console.client.MaterialChecks;
import id.netral.console.client.PortalIdentity;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Cases coming in: Bawaslu's finding (as the signed-in officer), a citizen's report (through the
 * portal identity, no sign-in), and the tracking page a reporter opens with the code they were
 * given, which shows status and dates only. Each form carries an Idempotency-Key made when it was
 * shown, so that a double click or a resent form files one case, not two.
 */
@Path("/")
public class IntakeResource extends ConsolePage {
    /** The zones a form's times may be given in: WIB, WITA, WIT. */
    static final Set<String> ZONES = Set.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");

    @Inject
    PublicLimits limits;

    @Inject
    PortalIdentity portal;

    @Inject
    id.netral.console.client.ActNames actNames;

    @Inject
    MaterialChecks materialChecks;

    @Inject
    Template finding;

    @Inject
    Template report;

    @Inject
    Template reported;

    @Inject
    Template track;

    @GET
    @Path("findings/new")
    @RolesAllowed(Roles.BAWASLU)
    public Response findingForm() {
        return intakeForm(finding, ActionForm.FINDING, viewer.token(), null, Map.of(), 200);
    }

    @POST
    @Path("findings")
    @RolesAllowed(Roles.BAWASLU)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(MultivaluedMap<String, String> form) {
        pages.requireFormToken(form.getFirst("csrf"));
        Map<String, String> posted = Forms.posted(form);
        try {
            ModelCase filed = services.cases().fileCase(newCase(ActionForm.FINDING, posted, "FINDING"), posted.get("idempotencyKey"));
            return Pages.seeOther("/cases/" + filed.getId() + "?done=FILED");
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            return intakeForm(finding, ActionForm.FINDING, viewer.token(), pages.unreadableForm(), posted, 400);
        } catch (ApiException e) {
            if (e.getCode() == 401) {
                return pages.refused(e);
            }
            ApiProblem problem = pages.problem(e);
            return intakeForm(finding, ActionForm.FINDING, viewer.token(), problem, posted, problem.status());
        }
    }

    @GET
    @Path("report")
    public Response reportForm() {
        return portal.token().map(token -> intakeForm(report, ActionForm.PUBLIC_REPORT, token, null, Map.of(), 200))
                .orElseGet(this::closed);
    }

    @POST
    @Path("report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response fileReport(MultivaluedMap<String, String> form, @Context HttpServerRequest request) {
        var wait = limits.take(PublicLimits.Use.REPORT, request);
        if (wait.isPresent()) {
            return tooMany(wait.get());
        }
        var token = portal.token();
        if (token.isEmpty()) {
            return closed();
        }
        Map<String, String> posted = Forms.posted(form);
        try {
            ModelCase filed = services.casesAs(token.get()).fileCase(newCase(ActionForm.PUBLIC_REPORT, posted, "PUBLIC_REPORT"),
                    posted.get("idempotencyKey"));
            // the reporter sees the code and what is still missing, never the case's content
            return pages.html(pages.page(reported).data("trackingCode", filed.getTrackingCode()).data("missing",
                    filed.getMissing() == null ? List.of() : filed.getMissing()).data("completeBy", filed.getCompleteBy()), 201);
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            return intakeForm(report, ActionForm.PUBLIC_REPORT, token.get(), pages.unreadableForm(), posted, 400);
        } catch (ApiException e) {
            ApiProblem problem = pages.problem(e);
            return intakeForm(report, ActionForm.PUBLIC_REPORT, token.get(), problem, posted, problem.status());
        }
    }

    /** The reporter's view of a case: status and dates only, whatever the code belongs to. */
    @GET
    @Path("track")
    public Response track(@QueryParam("code") String code, @Context HttpServerRequest request) {
        var token = portal.token();
        if (token.isEmpty()) {
            return closed();
        }
        if (code == null || code.isBlank()) {
            return pages.html(pages.page(track).data("code", "").data("tracking", null).data("problem", null));
        }
        // a code is ten random characters: the limit keeps anyone from walking through them
        var wait = limits.take(PublicLimits.Use.TRACKING, request);
        if (wait.isPresent()) {
            return tooMany(wait.get());
        }
        try {
            CaseTracking tracking = services.casesAs(token.get()).trackCase(code.strip().toUpperCase(java.util.Locale.ROOT));
            return pages.html(pages.page(track).data("code", code.strip()).data("tracking", tracking).data("problem", null));
        } catch (ApiException e) {
            ApiProblem problem = pages.problem(e);
            return pages.html(pages.page(track).data("code", code.strip()).data("tracking", null).data("problem", problem), problem.status());
        }
    }

    /**
     * The material checks of a form being filled in (console.js asks as the act, its day, the day it
     * became known or the zone change): as the signed-in officer for a finding, through the portal
     * identity for a citizen's report. Nothing is filed. An unreadable or missing day is no check yet.
     */
    @GET
    @Path("intake/checks")
    @Produces(MediaType.APPLICATION_JSON)
    public Response checks(@QueryParam("form") String form, @QueryParam("act") String act, @QueryParam("occurredAt") String occurredAt,
            @QueryParam("knownAt") String knownAt, @QueryParam("zone") String zone, @Context HttpServerRequest request) {
        boolean report = !"FINDING".equals(form);
        var wait = report ? limits.take(PublicLimits.Use.CHECKS, request) : java.util.Optional.<java.time.Duration>empty();
        if (wait.isPresent()) {
            return Response.status(429).header("Retry-After", PublicLimits.seconds(wait.get())).build();
        }
        java.util.Optional<String> token = report ? portal.token() : java.util.Optional.ofNullable(viewer.isSignedIn() ? viewer.token() : null);
        if (!report && !viewer.has(Roles.BAWASLU)) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        if (token.isEmpty()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
        }
        LocalDate occurredOn = day(occurredAt);
        if (act == null || act.isBlank() || act.length() > 48 || occurredOn == null) {
            return Response.ok(Map.of("items", List.of())).build();
        }
        ZoneId in = ZoneId.of(zone != null && ZONES.contains(zone) ? zone : "Asia/Jakarta");
        return Response.ok(Map.of("items", materialChecks.check(token.get(), viewer.language(), act.strip(), occurredOn, day(knownAt),
                LocalDate.now(in), report))).build();
    }

    /** The day of a datetime-local field's value (the time is the form zone's own), or null. */
    private static LocalDate day(String local) {
        try {
            return local == null || local.isBlank() ? null : java.time.LocalDateTime.parse(local.strip()).toLocalDate();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private Response intakeForm(Template template, ActionForm form, String token, ApiProblem problem, Map<String, String> posted, int status) {
        List<Act> acts;
        try {
            acts = actNames.acts(token, viewer.language());
        } catch (id.netral.client.rules.ApiException e) {
            acts = List.of();
            if (problem == null) {
                problem = pages.problem(e.getCode(), e.getResponseBody());
            }
        }
        String key = posted.getOrDefault("idempotencyKey", UUID.randomUUID().toString());
        return pages.html(pages.page(template).data("form", form).data("acts", acts).data("problem", problem).data("posted", posted)
                .data("idempotencyKey", key), status);
    }

    private NewCase newCase(ActionForm form, Map<String, String> posted, String source) {
        String zone = posted.getOrDefault("zone", "Asia/Jakarta");
        Map<String, Object> body = form.body(posted, ZoneId.of(ZONES.contains(zone) ? zone : "Asia/Jakarta"));
        body.put("source", source);
        return services.mapper().convertValue(body, NewCase.class);
    }


    /** A stranger's use refused for now: the page says when to try again, and so does Retry-After. */
    private Response tooMany(java.time.Duration wait) {
        Response page = pages.problemPage(PublicLimits.tooMany(pages.texts(), wait));
        return Response.fromResponse(page).header("Retry-After", PublicLimits.seconds(wait)).build();
    }

    private Response closed() {
        return pages.problemPage(new ApiProblem(503, pages.texts().get("reportingClosed").toString(),
                pages.texts().get("reportingClosedDetail").toString(), List.of()));
    }
}
