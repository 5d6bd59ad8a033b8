package id.netral.cases.api;

import id.netral.common.i18n.Messages;
import id.netral.common.audit.AuditViews;
import id.netral.common.store.Pages;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.cases.domain.AuditTrail;
import id.netral.cases.domain.CaseFile;
import id.netral.cases.domain.CaseStatus;
import id.netral.cases.app.Intake;
import id.netral.cases.domain.RecommendationLetter;
import id.netral.cases.app.Workflow;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.i18n.RequestLanguage;
import id.netral.common.error.NetralException;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Disclosure;
import id.netral.common.security.IdempotencyKey;
import id.netral.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Intake, the handling chain and reading of cases. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Findings and public reports through the handling chain")
public class CaseResource {

    @Inject
    Intake intake;

    @Inject
    Workflow workflow;

    @Inject
    AuditTrail audit;

    @Inject
    RecommendationLetter letters;

    @Inject
    CallerScope caller;

    @Inject
    RequestLanguage language;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BAWASLU, Roles.PORTAL})
    @Operation(operationId = "fileCase", summary = "File a finding or a public report",
            description = "Resolves the reported person through roster-service (region, agency and PPK come from there), classifies "
                    + "the act through rules-service (recording the catalog version), lists the formal requirements still missing "
                    + "(INCOMPLETE, with the day to complete them) and starts the legal clocks in the time zone of the case's region. "
                    + "A repeat of an open case's post about the same person is stored as DUPLICATE, linked to it. If roster or rules "
                    + "cannot be reached the case is still stored (resolution PENDING) and completed later. Portals file public "
                    + "reports only. Send an Idempotency-Key to make retries safe: the same key and body answer with the first case "
                    + "(200, shown as a read of it would be now), another body with the same key is 409. A key is the caller's "
                    + "own: the same key from another caller (issuer and subject of the token) is another key.")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = CaseViews.View.class)))
    @APIResponse(responseCode = "200", description = "The case stored earlier under this Idempotency-Key",
            content = @Content(schema = @Schema(implementation = CaseViews.View.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for another body")
    @APIResponse(responseCode = "422", description = "Filed after the reporting window, or an act or election rules-service does not know")
    public Response file(@NotNull @Valid CaseViews.NewCase body,
            @HeaderParam("Idempotency-Key") @Size(max = IdempotencyKey.MAX_LENGTH) @Parameter(description = "Makes retries safe") String idempotencyKey) {
        Intake.Outcome outcome = intake.submit(body.toReport(), caller.actor(), caller.region(), IdempotencyKey.of(caller, idempotencyKey),
                idempotencyKey == null ? null : IdempotencyKey.fingerprint(json, body));
        CaseFile c = outcome.file();
        return Response.status(outcome.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .location(URI.create("/api/v1/cases/" + c.id)).tag(etag(c)).entity(view(c)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "getCase", summary = "Get a case", description = "Its ETag is the version an update must send in If-Match. A case filed from the caller's region about "
                    + "someone outside it shows only its id, tracking code, status and dates.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CaseViews.View.class)))
    public Response get(@PathParam("id") UUID id) {
        CaseFile c = CaseFile.known(id, caller.region()).orElseThrow(() -> NetralException.notFound(Messages.text("case.CaseResource.case"), id));
        return Response.ok(view(c)).tag(etag(c)).build();
    }

    @GET
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "searchCases", summary = "Search cases",
            description = "Cases filed in or about the caller's region, newest first, or with sort=due by the running step's due "
                    + "date (the nearest first, cases without one last: a work queue); the filters combine.")
    public Page<CaseViews.View> search(
            @QueryParam("status") @Parameter(description = "Only cases in this status") CaseStatus status,
            @QueryParam("act") @Size(max = 48) String act,
            @QueryParam("region") @Pattern(regexp = id.netral.common.domain.RegionCode.PATTERN, message = "{netral.region-code}")
            @Parameter(description = "The reported person's region or one inside it") String region,
            @QueryParam("agency") @Size(max = 40) String agency,
            @QueryParam("election") @Size(max = 40) String election,
            @QueryParam("overdue") @Parameter(description = "true: only cases whose running deadline has passed") Boolean overdue,
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = "newest|due", message = "{netral.case-sort}")
            @Parameter(description = "newest (default) or due") String sort,
            @Valid @BeanParam PageRequest paging) {
        CaseFile.SearchOrder order = "due".equals(sort) ? CaseFile.SearchOrder.DUE : CaseFile.SearchOrder.NEWEST;
        return Pages.of(CaseFile.search(caller.region(), status, act, region, agency, election, overdue, order), paging, this::view);
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP})
    @Operation(operationId = "moveCase", summary = "Take a step of the handling chain",
            description = "Bawaslu completes (INCOMPLETE), supplies facts, reviews, extends the review once, dismisses, forwards "
                    + "(to KASN before 24 Aug 2024, to BKN from then on) and closes; BKN recommends (a recommendation lighter than "
                    + "the classification needs a reason) and escalates when the PPK misses the deadline; the PPK of the person's "
                    + "agency decides, unless Bawaslu (FORWARD) or BKN (RECOMMEND) found the PPK conflicted, with a reason: then "
                    + "the official roster names for the agency (ppk-substitute) decides, on the same clock; that agency's BKPP records the "
                    + "execution. Send If-Match with the case's ETag. A step the state does not allow is 409, naming the steps "
                    + "open to the caller; a step of another role or agency is 403.")
    @APIResponse(responseCode = "200", description = "The case after the step", content = @Content(schema = @Schema(implementation = CaseViews.View.class)))
    @APIResponse(responseCode = "409", description = "Not possible in the case's state")
    @APIResponse(responseCode = "412", description = "If-Match is not the case's current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "422", description = "A field the step needs is missing or invalid")
    public Response move(@PathParam("id") UUID id, @NotNull @Valid CaseViews.TransitionInput body,
            @HeaderParam("If-Match") @Parameter(description = "The ETag of your last read of the case") String ifMatch) {
        CaseFile c = workflow.apply(id, body.toTransition(), workflowCaller(), version(ifMatch));
        return Response.ok(view(c)).tag(etag(c)).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "getCaseHistory", summary = "A case's audit trail",
            description = "Every change, oldest first: who, in which role, when, the state before and after, and the hash chain.")
    public List<CaseViews.EventView> history(@PathParam("id") UUID id) {
        CaseFile c = visible(id);
        Disclosure disclosure = Disclosure.of(caller);
        return audit.history(c).stream().map(e -> CaseViews.EventView.of(e, disclosure)).toList();
    }

    @GET
    @Path("/{id}/audit/verify")
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "verifyCaseAudit", summary = "Check a case's audit chain",
            description = "Recomputes every event's hash and the links between them: an event changed, removed or added in the "
                    + "database directly makes it invalid, naming the first event that does not fit.")
    public AuditViews.Verification verify(@PathParam("id") UUID id) {
        return AuditViews.Verification.of(audit.verify(visible(id)));
    }

    @GET
    @Path("/{id}/letter")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.BKN, Roles.BAWASLU, Roles.PPK, Roles.BKPP, Roles.ADMIN})
    @Operation(operationId = "getRecommendationLetter", summary = "The recommendation letter, printable",
            description = "HTML in Indonesian, ready to number and sign: the person, the act, the rules cited by the classification, "
                    + "the recommended sanction and its basis, every piece of evidence with its SHA-256, and the PPK's deadline. "
                    + "409 until the case has a recommendation.")
    @APIResponse(responseCode = "200", description = "The letter",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "No recommendation yet")
    public String letter(@PathParam("id") UUID id) {
        return letters.render(id, caller.region());
    }

    private CaseFile visible(UUID id) {
        return CaseFile.require(id, caller.region());
    }

    /** The case as this caller may see it: whole in its scope (masked by role), its summary when only filed from there. */
    private CaseViews.View view(CaseFile c) {
        if (!CaseFile.inScope(c, caller.region())) {
            return CaseViews.View.summary(c);
        }
        return CaseViews.View.of(c, Disclosure.of(caller), workflow.allowedActions(c, workflowCaller()), language.get());
    }

    private Workflow.Caller workflowCaller() {
        Set<String> roles = new HashSet<>();
        for (String role : Roles.ALL) {
            if (caller.hasRole(role)) {
                roles.add(role);
            }
        }
        return new Workflow.Caller(caller.subject(), roles, caller.region(), caller.agency());
    }

    /** The version an If-Match names; null when absent (428), -1 when it is no ETag of ours (412). */
    private static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static EntityTag etag(CaseFile c) {
        return new EntityTag(Integer.toString(c.version));
    }
}
