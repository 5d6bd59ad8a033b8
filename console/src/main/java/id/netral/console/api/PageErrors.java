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
import jakarta.ws.rs.core.NewCookie;
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

    @ServerExceptionMapper(priority = FIRST)
    public Response notSignedIn(UnauthorizedException e) {
        return Pages.seeOther("/sign-in");
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response badSession(AuthenticationFailedException e) {
        return Response.seeOther(URI.create("/sign-in?expired=true"))
                .cookie(new NewCookie.Builder(Viewer.SESSION_COOKIE).value("").path("/").maxAge(0).httpOnly(true).build()).build();
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
