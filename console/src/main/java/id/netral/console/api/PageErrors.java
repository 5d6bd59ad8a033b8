package id.netral.console.api;

import id.netral.console.client.ApiProblem;
import id.netral.console.domain.Viewer;
import io.quarkus.qute.Template;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Errors as pages, not as the services' JSON (common's mappers answer problem+json; these come
 * first): no session sends the browser to the sign-in, a stale or forged session cookie is cleared
 * on the way, a page of another role is 403, an unknown address 404, and anything unexpected an
 * error page without details (logged here).
 */
public class PageErrors {
    private static final Logger LOG = Logger.getLogger(PageErrors.class);
    private static final int FIRST = Priorities.USER - 100;

    @Inject
    Pages pages;

    @Inject
    Template error;

    @Inject
    id.netral.console.client.IdentityProvider idp;

    @Inject
    id.netral.console.client.Services services;

    @Inject
    id.netral.console.config.ConsoleConfig config;

    @ServerExceptionMapper(priority = FIRST)
    public Response notSignedIn(UnauthorizedException e) {
        return Pages.seeOther("/sign-in");
    }

    /**
     * A session token that does not pass: one that ran out while the IdP's refresh token still holds
     * is renewed and the request sent again (303 for a page, 307 for a form so that the browser posts
     * it again with its entries); anything else clears the cookies and goes to the sign-in.
     */
    @ServerExceptionMapper(priority = FIRST)
    public Uni<Response> badSession(AuthenticationFailedException e, ContainerRequestContext request) {
        Cookie session = request.getCookies().get(Viewer.SESSION_COOKIE);
        Cookie refresh = request.getCookies().get(SessionCookies.REFRESH);
        if (session == null || refresh == null || !idp.enabled() || !expired(session.getValue())) {
            return Uni.createFrom().item(toSignIn());
        }
        URI again = request.getUriInfo().getRequestUri();
        String path = again.getRawPath() + (again.getRawQuery() == null ? "" : "?" + again.getRawQuery());
        boolean page = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return Uni.createFrom().completionStage(idp.refresh(refresh.getValue())).map(tokens -> tokens.map(t -> {
            Response.ResponseBuilder answer = Response.status(page ? 303 : 307).location(URI.create(path))
                    .cookie(SessionCookies.session(t.access(), t.refreshSeconds(), config.secureCookies()));
            if (t.refresh() != null) {
                answer.cookie(SessionCookies.refresh(t.refresh(), t.refreshSeconds(), config.secureCookies()));
            }
            return answer.header("Cache-Control", "no-store").build();
        }).orElseGet(this::toSignIn));
    }

    private Response toSignIn() {
        return Response.seeOther(URI.create("/sign-in?expired=true")).cookie(SessionCookies.cleared(config.secureCookies())).build();
    }

    /** Whether a token's exp lies in the past (read, not verified: only to choose between renewing and signing in again). */
    private boolean expired(String token) {
        try {
            String[] parts = token.split("\\.");
            var claims = services.mapper().readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
            return claims.path("exp").asLong(Long.MAX_VALUE) <= java.time.Instant.now().getEpochSecond() + 5;
        } catch (RuntimeException | java.io.IOException unreadable) {
            return false;
        }
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException e) {
        return show(403, "forbidden", "forbiddenDetail");
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response notFound(NotFoundException e) {
        return show(404, "notFound", "notFoundDetail");
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unexpected(RuntimeException e) {
        if (e instanceof jakarta.ws.rs.WebApplicationException w && w.getResponse().getStatus() < 500) {
            return show(w.getResponse().getStatus(), "badRequest", "badRequestDetail");
        }
        LOG.error("a page failed", e);
        return show(500, "unexpected", "unexpectedDetail");
    }

    private Response show(int status, String title, String detail) {
        var texts = pages.texts();
        return pages.html(pages.page(error).data("problem", new ApiProblem(status, texts.get(title).toString(), texts.get(detail).toString(),
                List.of())), status);
    }
}
