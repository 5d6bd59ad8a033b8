package id.netral.rules.api;

import id.netral.common.i18n.RequestLanguage;
import id.netral.common.api.BodyValidator;
import id.netral.common.api.Problem;
import id.netral.common.error.NetralException;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.rules.app.ClassificationService;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Classifies observed acts against the rule catalog. Pure computation on data held in memory, so
 * it runs on the event loop (no hop to a worker thread); any participant may call it.
 */
@Path("/api/v1/classifications")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY)
@Tag(name = "Classifier", description = "From an observed act to verdict, legal basis and sanction tier")
public class ClassificationResource {

    @Inject
    ClassificationService classificationService;

    @Inject
    CallerScope caller;

    @Inject
    BodyValidator bodies;

    @Inject
    RequestLanguage language;

    @POST
    @NonBlocking
    @Operation(operationId = "classifyAct", summary = "Classify one act",
            description = "Returns VIOLATION, PERMITTED or NEEDS_REVIEW with the rules cited, the sanction tier for the "
                    + "employee's type, criminal provisions that may also apply, and an explanation in the language of "
                    + "Accept-Language (Indonesian unless English is asked for). A missing "
                    + "fact that decides the outcome gives NEEDS_REVIEW with the question to answer.")
    @APIResponse(responseCode = "200", description = "The classification", content = @Content(schema = @Schema(implementation = ClassificationView.class), examples = {
            @ExampleObject(name = "violation", value = Examples.CLASSIFICATION),
            @ExampleObject(name = "needs review", value = Examples.NEEDS_REVIEW)}))
    @APIResponse(responseCode = "400", description = "Malformed input")
    @APIResponse(responseCode = "422", description = "Unknown act, election or catalog version; or the election cannot be inferred")
    public ClassificationView classify(@RequestBody(required = true) ClassificationRequest request) {
        // The hottest endpoint of the suite: the body is checked by BodyValidator, not @Valid (see there why).
        return ClassificationView.of(classificationService.classify(bodies.valid(request).toObservation(), caller.region()), language.get());
    }

    @POST
    @NonBlocking
    @Path("/batch")
    @Operation(operationId = "classifyActs", summary = "Classify up to 1,000 acts",
            description = "One result per input, in order. An input naming an unknown act or election gets status 422 "
                    + "and a problem in its place; the others are classified.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ClassificationBatch.Response.class)))
    public ClassificationBatch.Response classifyBatch(@NotNull @Valid ClassificationBatch.Request request) {
        List<ClassificationBatch.Item> results = new ArrayList<>(request.items().size());
        int failed = 0;
        for (int i = 0; i < request.items().size(); i++) {
            try {
                results.add(new ClassificationBatch.Item(i, 200,
                        ClassificationView.of(classificationService.classify(request.items().get(i).toObservation(), caller.region()), language.get()),
                        null));
            } catch (NetralException e) {
                failed++;
                results.add(new ClassificationBatch.Item(i, e.kind().status, null, Problem.from(e, language.get())));
            }
        }
        return new ClassificationBatch.Response(results, results.size() - failed, failed);
    }
}
