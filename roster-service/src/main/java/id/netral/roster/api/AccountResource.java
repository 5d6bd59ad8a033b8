package id.netral.roster.api;

import id.netral.common.i18n.Messages;
import id.netral.common.api.Problem;
import id.netral.common.error.NetralException;
import id.netral.common.i18n.Language;
import id.netral.common.i18n.RequestLanguage;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.roster.store.AccountOwners;
import id.netral.roster.domain.AccountRef;
import id.netral.roster.domain.Platform;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Whose account is this?": looking accounts up by handle or URL, one or a thousand at a time. */
@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Social-media accounts of employees")
public class AccountResource {

    @Inject
    AccountOwners owners;

    @Inject
    CallerScope caller;

    @Inject
    RequestLanguage language;

    @GET
    @Path("/lookup")
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "lookupAccount", summary = "Who owns this account?", description = "By `url`, or by `platform` and `handle`.")
    @APIResponse(responseCode = "404", description = "No employee in your region has this account")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = EmployeeViews.Summary.class)))
    public CompletionStage<EmployeeViews.Summary> lookup(
            @QueryParam("url") @Parameter(example = "https://www.instagram.com/budi.santoso_/") String url,
            @QueryParam("platform") @Parameter(schema = @Schema(implementation = Platform.class)) String platform,
            @QueryParam("handle") String handle) {
        if ((url == null || url.isBlank()) && (handle == null || handle.isBlank())) {
            throw NetralException.badRequest("url", Messages.text("roster.AccountResource.give-url-or-platform-and-handle"));
        }
        // checked here rather than by a constraint: without one no validation interceptor wraps the
        // roster's hottest call (bench/HISTORY.md, R13: about 5 % of a lookup's samples)
        AccountRef ref = AccountViews.ref(platform == null ? null : platform(platform), handle, url, "");
        boolean fullNip = caller.seesPersonalData();
        // non-blocking: answered on the event loop by the reactive query (AccountOwners says why)
        return owners.of(ref, caller.region()).thenApply(owner -> EmployeeViews.Summary.of(owner
                .orElseThrow(() -> NetralException.notFound(Messages.text("roster.AccountResource.account"), ref.platform() + " " + ref.handle())), fullNip));
    }

    private static Platform platform(String code) {
        try {
            return Platform.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw NetralException.badRequest("platform", Messages.text("roster.AccountResource.must-be-a-platform-code-such"));
        }
    }

    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "lookupAccounts", summary = "Look up to 1,000 accounts", description = "One result per input, in order: 200 with the owner, 404, or 400 with why.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AccountViews.Results.class)))
    public Uni<AccountViews.Results> lookupBatch(@NotNull @Valid AccountViews.Batch batch) {
        // parse every input first (a bad one answers for itself), then ask for all owners in one query
        List<Object> refs = new ArrayList<>(batch.items().size());
        for (int i = 0; i < batch.items().size(); i++) {
            AccountViews.Input input = batch.items().get(i);
            try {
                refs.add(AccountViews.ref(input.platform(), input.handle(), input.url(), "items[" + i + "]."));
            } catch (NetralException e) {
                refs.add(e);
            }
        }
        boolean fullNip = caller.seesPersonalData();
        List<AccountRef> valid = refs.stream().filter(AccountRef.class::isInstance).map(AccountRef.class::cast).toList();
        Language locale = language.get();
        return owners.of(valid, caller.region()).map(found -> {
            List<AccountViews.Result> results = new ArrayList<>(refs.size());
            int owned = 0;
            int missing = 0;
            int invalid = 0;
            for (int i = 0; i < refs.size(); i++) {
                if (refs.get(i) instanceof NetralException e) {
                    invalid++;
                    results.add(new AccountViews.Result(i, e.kind().status, null, null, null, Problem.from(e, locale)));
                    continue;
                }
                AccountRef ref = (AccountRef) refs.get(i);
                AccountOwners.Owner owner = found.get(ref);
                if (owner != null) {
                    owned++;
                    results.add(new AccountViews.Result(i, 200, ref.platform(), ref.handle(), EmployeeViews.Summary.of(owner, fullNip), null));
                } else {
                    missing++;
                    results.add(new AccountViews.Result(i, 404, ref.platform(), ref.handle(), null, null));
                }
            }
            return new AccountViews.Results(results, owned, missing, invalid);
        });
    }
}
