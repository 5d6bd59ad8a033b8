package id.netral.console.api;

import id.netral.common.domain.RegionCode;
import id.netral.common.security.Roles;
import id.netral.common.security.TokenMinter;
import id.netral.console.config.ConsoleConfig;
import id.netral.console.domain.Csrf;
import id.netral.console.domain.Viewer;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signing in and out, and the choice of language. Under {@code ./netral up} the sign-in is the
 * development one: pick a role and region (and the agency a PPK or BKPP speaks for) and the console
 * mints the token {@code ./netral token} would, with the key the services trust. Without that key
 * (a cluster) the page says so: people sign in through the IdP there.
 */
@Path("/")
public class SignInResource {

    @Inject
    Pages pages;

    @Inject
    Viewer viewer;

    @Inject
    ConsoleConfig config;

    @Inject
    Template signIn;

    private volatile TokenMinter minter;

    @GET
    public Response home() {
        return Pages.seeOther(viewer.isSignedIn() ? "/cases" : "/sign-in");
    }

    @GET
    @Path("sign-in")
    public Response form(@QueryParam("expired") boolean expired) {
        return pages.html(signInPage(Map.of(), expired ? List.of(pages.texts().get("sessionExpired").toString()) : List.of()));
    }

    @POST
    @Path("sign-in")
    public Response signIn(@FormParam("role") String role, @FormParam("region") String region, @FormParam("agency") String agency,
            @FormParam("name") String name) {
        if (config.devSigningKey().isEmpty()) {
            return pages.html(signInPage(Map.of(), List.of(pages.texts().get("signInThroughIdp").toString())), 404);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (role == null || !Viewer.OFFICER_ROLES.contains(role)) {
            errors.put("role", pages.texts().get("chooseRole").toString());
        }
        String scope = region == null ? "" : region.strip();
        if (!scope.equals("*") && !scope.matches(RegionCode.PATTERN)) {
            errors.put("region", pages.texts().get("regionFormat").toString());
        }
        String agencyCode = agency == null || agency.isBlank() ? null : agency.strip();
        if ((Roles.PPK.equals(role) || Roles.BKPP.equals(role)) && agencyCode == null) {
            errors.put("agency", pages.texts().get("agencyNeeded").toString());
        }
        if (!errors.isEmpty()) {
            return pages.html(signInPage(errors, List.of()), 422);
        }
        String subject = name == null || name.isBlank() ? role + "-" + scope : name.strip();
        String token = minter().mint(TokenMinter.Claims.of(List.of(role), scope, config.sessionLength(), subject, agencyCode));
        return Response.seeOther(java.net.URI.create("/cases")).cookie(session(token, (int) config.sessionLength().toSeconds())).build();
    }

    @POST
    @Path("sign-out")
    public Response signOut(@FormParam("csrf") String csrf) {
        if (viewer.isSignedIn() && !Csrf.matches(viewer.token(), csrf)) {
            return Pages.seeOther("/cases");
        }
        return Response.seeOther(java.net.URI.create("/sign-in")).cookie(session("", 0)).build();
    }

    /** Sets the page language ("id" or "en") and goes back to the page it was chosen on (a path of the console only). */
    @GET
    @Path("language/{tag}")
    public Response language(@PathParam("tag") String tag, @QueryParam("back") String back) {
        String language = "en".equals(tag) ? "en" : "id";
        String target = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
        return Response.seeOther(java.net.URI.create(target))
                .cookie(new NewCookie.Builder(Viewer.LANGUAGE_COOKIE).value(language).path("/").maxAge(365 * 24 * 3600)
                        .sameSite(NewCookie.SameSite.LAX).secure(config.secureCookies()).build())
                .build();
    }

    private io.quarkus.qute.TemplateInstance signInPage(Map<String, String> errors, List<String> notices) {
        return pages.page(signIn).data("errors", errors).data("notices", notices).data("devSignIn", config.devSigningKey().isPresent())
                .data("roles", Viewer.OFFICER_ROLES);
    }

    /**
     * The session cookie: HttpOnly (no script reads it), SameSite=Lax (another site's form never sends
     * it; a link from a mail still opens the case), and every POST carries the form token besides.
     */
    private NewCookie session(String token, int maxAge) {
        return new NewCookie.Builder(Viewer.SESSION_COOKIE).value(token).path("/").maxAge(maxAge).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).secure(config.secureCookies()).build();
    }

    private TokenMinter minter() {
        if (minter == null) {
            try {
                minter = TokenMinter.fromPem(config.devSigningKey().orElseThrow());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return minter;
    }
}
