package id.netral.console.api;

import id.netral.common.domain.RegionCode;
import id.netral.common.security.Roles;
import id.netral.common.security.TokenMinter;
import id.netral.console.client.DevelopmentKey;
import id.netral.console.client.IdentityProvider;
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

    @Inject
    IdentityProvider idp;

    @Inject
    DevelopmentKey developmentKey;

    @GET
    public Response home() {
        return Pages.seeOther(viewer.home());
    }

    @GET
    @Path("sign-in")
    public Response form(@QueryParam("expired") boolean expired) {
        return pages.html(signInPage(Map.of(), expired ? List.of(pages.texts().get("sessionExpired").toString()) : List.of()));
    }

    @POST
    @Path("sign-in")
    public Response signIn(@FormParam("role") String role, @FormParam("region") String region, @FormParam("agency") String agency,
            @FormParam("name") String name, @FormParam("employeeKey") String employeeKey) {
        if (config.devSigningKey().isEmpty()) {
            return pages.html(signInPage(Map.of(), List.of()), 404);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (role == null || !Viewer.SIGN_IN_ROLES.contains(role)) {
            errors.put("role", pages.texts().get("chooseRole").toString());
        }
        boolean employee = Roles.ASN.equals(role);
        String scope = region == null ? "" : region.strip();
        if (!employee && !scope.equals("*") && !scope.matches(RegionCode.PATTERN)) {
            errors.put("region", pages.texts().get("regionFormat").toString());
        }
        // an employee signs in as their roster key (NIP, or staff number for non-ASN staff), as ./netral token --role asn --sub does
        String key = employeeKey == null ? "" : employeeKey.strip();
        if (employee && !key.matches("[0-9A-Za-z][0-9A-Za-z._-]{2,63}")) {
            errors.put("employeeKey", pages.texts().get("employeeKeyNeeded").toString());
        }
        String agencyCode = agency == null || agency.isBlank() ? null : agency.strip();
        if ((Roles.PPK.equals(role) || Roles.BKPP.equals(role)) && agencyCode == null) {
            errors.put("agency", pages.texts().get("agencyNeeded").toString());
        }
        if (!errors.isEmpty()) {
            return pages.html(signInPage(errors, List.of()), 422);
        }
        String subject = employee ? key : name == null || name.isBlank() ? role + "-" + scope : name.strip();
        // an employee's token carries no region or agency: it reads only what is addressed to its subject
        String token = developmentKey.minter().orElseThrow().mint(TokenMinter.Claims.of(List.of(role), employee ? null : scope,
                config.sessionLength(), subject, employee ? null : agencyCode));
        return Response.seeOther(java.net.URI.create(employee ? "/inbox" : "/cases"))
                .cookie(SessionCookies.session(token, config.sessionLength().toSeconds(), config.secureCookies())).build();
    }

    /** Off to the IdP's sign-in, with a fresh state and PKCE verifier kept for the way back. */
    @GET
    @Path("sign-in/sso")
    public Response signInWithIdp() {
        if (!idp.enabled()) {
            return pages.html(signInPage(Map.of(), List.of()), 404);
        }
        String state = IdentityProvider.random();
        String verifier = IdentityProvider.random();
        return Response.seeOther(idp.authorization(state, verifier)).cookie(SessionCookies.signIn(state + "." + verifier, config.secureCookies()))
                .header("Cache-Control", "no-store").build();
    }

    /** Back from the IdP: the state checked, the code exchanged for the officer's tokens. */
    @GET
    @Path("sign-in/callback")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state, @QueryParam("error") String error,
            @jakarta.ws.rs.CookieParam(SessionCookies.SIGN_IN) String pending) {
        if (!idp.enabled()) {
            return pages.html(signInPage(Map.of(), List.of()), 404);
        }
        if (code == null && error == null) {
            return Pages.seeOther("/sign-in");
        }
        int dot = pending == null ? -1 : pending.indexOf('.');
        if (error != null || dot < 0 || !java.security.MessageDigest.isEqual(pending.substring(0, dot).getBytes(), String.valueOf(state).getBytes())) {
            return pages.html(signInPage(Map.of(), List.of(pages.texts().get("signInFailed").toString())), 400);
        }
        try {
            IdentityProvider.Tokens tokens = idp.exchange(code, pending.substring(dot + 1));
            // the role is in the new token, read on the next request: "/" sends each to their start
            Response.ResponseBuilder answer = Response.seeOther(java.net.URI.create("/"))
                    .cookie(SessionCookies.session(tokens.access(), tokens.refreshSeconds(), config.secureCookies()))
                    .cookie(SessionCookies.signInDone(config.secureCookies()));
            if (tokens.refresh() != null) {
                answer.cookie(SessionCookies.refresh(tokens.refresh(), tokens.refreshSeconds(), config.secureCookies()));
            }
            return answer.build();
        } catch (IdentityProvider.Refused | java.io.IOException e) {
            return pages.html(signInPage(Map.of(), List.of(pages.texts().get("signInFailed").toString())), 400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return pages.html(signInPage(Map.of(), List.of(pages.texts().get("signInFailed").toString())), 503);
        }
    }

    @POST
    @Path("sign-out")
    public Response signOut(@FormParam("csrf") String csrf, @jakarta.ws.rs.CookieParam(SessionCookies.REFRESH) String refresh) {
        if (viewer.isSignedIn() && !Csrf.matches(viewer.formKey(), csrf)) {
            return Pages.seeOther("/");
        }
        // the IdP's session ends too, or its next sign-in would need no password
        if (idp.enabled() && refresh != null && !refresh.isBlank()) {
            idp.endSession(refresh);
        }
        return Response.seeOther(java.net.URI.create("/sign-in")).cookie(SessionCookies.cleared(config.secureCookies())).build();
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
                .data("idpSignIn", idp.enabled())
                .data("roles", Viewer.SIGN_IN_ROLES);
    }
}
