package id.netral.roster.api;

import id.netral.common.api.Problem;
import id.netral.common.error.NetralException;
import id.netral.common.i18n.RequestLanguage;
import id.netral.common.security.CallerScope;
import id.netral.common.security.Roles;
import id.netral.roster.domain.AccountRef;
import id.netral.roster.domain.Platform;
import id.netral.roster.domain.RosterService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    RosterService roster;

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
    public EmployeeViews.Summary lookup(
            @QueryParam("url") @Parameter(example = "https://www.instagram.com/budi.santoso_/") String url,
            @QueryParam("platform") @Pattern(regexp = "FACEBOOK|INSTAGRAM|X|TIKTOK|YOUTUBE|THREADS|LINKEDIN|OTHER",
                    message = "{netral.platform}") String platform,
            @QueryParam("handle") String handle) {
        if ((url == null || url.isBlank()) && (handle == null || handle.isBlank())) {
            throw NetralException.badRequest("url", "berikan url, atau platform dan handle", "give url, or platform and handle");
        }
        AccountRef ref = AccountViews.ref(platform == null ? null : Platform.valueOf(platform), handle, url, "");
        RosterService.Owner owner = roster.owner(ref, caller.region())
                .orElseThrow(() -> NetralException.notFound("Akun", "Account", ref.platform() + " " + ref.handle()));
        return EmployeeViews.Summary.of(owner, caller.seesPersonalData());
    }

    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "lookupAccounts", summary = "Look up to 1,000 accounts", description = "One result per input, in order: 200 with the owner, 404, or 400 with why.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AccountViews.Results.class)))
    public AccountViews.Results lookupBatch(@NotNull @Valid AccountViews.Batch batch) {
        List<AccountViews.Result> results = new ArrayList<>(batch.items().size());
        int found = 0;
        int missing = 0;
        int invalid = 0;
        boolean fullNip = caller.seesPersonalData();
        for (int i = 0; i < batch.items().size(); i++) {
            AccountViews.Input input = batch.items().get(i);
            try {
                AccountRef ref = AccountViews.ref(input.platform(), input.handle(), input.url(), "items[" + i + "].");
                Optional<RosterService.Owner> owner = roster.owner(ref, caller.region());
                if (owner.isPresent()) {
                    found++;
                    results.add(new AccountViews.Result(i, 200, ref.platform(), ref.handle(),
                            EmployeeViews.Summary.of(owner.get(), fullNip), null));
                } else {
                    missing++;
                    results.add(new AccountViews.Result(i, 404, ref.platform(), ref.handle(), null, null));
                }
            } catch (NetralException e) {
                invalid++;
                results.add(new AccountViews.Result(i, e.kind().status, null, null, null, Problem.from(e, language.get())));
            }
        }
        return new AccountViews.Results(results, found, missing, invalid);
    }
}
