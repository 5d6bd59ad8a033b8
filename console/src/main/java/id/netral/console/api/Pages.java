package id.netral.console.api;

import id.netral.client.cases.ApiException;
import id.netral.console.client.ApiProblem;
import id.netral.console.client.Services;
import id.netral.console.domain.Csrf;
import id.netral.console.domain.Labels;
import id.netral.console.domain.Texts;
import id.netral.console.domain.Viewer;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * What every page shares: the viewer ({@code v} in templates) and the words in the viewer's
 * language ({@code m}), the rendering of a service's refusal, and the answer's headers (HTML, its
 * language, never cached: pages show personal data).
 */
@RequestScoped
public class Pages {

    @Inject
    Viewer viewer;

    @Inject
    Services services;

    @Inject
    Template error;

    @Inject
    jakarta.ws.rs.core.UriInfo uri;

    @Inject
    id.netral.console.client.ActNames actNames;

    @Inject
    id.netral.console.client.PortalIdentity portal;

    /** A template with the viewer and the words set. */
    public TemplateInstance page(Template template) {
        Texts texts = texts();
        var request = uri.getRequestUri();
        String here = request.getRawPath() + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery());
        var language = viewer.language();
        Labels labels = new Labels(texts, code -> {
            String token = viewer.isSignedIn() ? viewer.token() : portal.token().orElse(null);
            return token == null ? code : actNames.label(code, token, language);
        });
        return template.data("v", viewer.shown()).data("m", texts).data("l", labels)
                .data("here", java.net.URLEncoder.encode(here, java.nio.charset.StandardCharsets.UTF_8)).setLocale(viewer.locale());
    }

    public Texts texts() {
        return Texts.in(viewer.language());
    }

    /** An HTML answer of a page, with its status. */
    public Response html(TemplateInstance page, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .header("Content-Language", viewer.getLang()).header("Cache-Control", "no-store").build();
    }

    public Response html(TemplateInstance page) {
        return html(page, 200);
    }

    /**
     * Every POST of a page carries the session's form token: without it the post may come from
     * another site's form riding on the session cookie, and is refused (403) before anything is sent.
     */
    public void requireFormToken(String posted) {
        if (!Csrf.matches(viewer.formKey(), posted)) {
            throw new io.quarkus.security.ForbiddenException("form token");
        }
    }

    /** After a successful POST: back to a page by GET, so that reloading it repeats nothing. */
    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).header("Cache-Control", "no-store").build();
    }

    /** A form the console could not turn into a request (a date that is no date): 400, nothing sent. */
    public ApiProblem unreadableForm() {
        Texts texts = texts();
        return new ApiProblem(400, texts.get("badRequest").toString(), texts.get("badRequestDetail").toString(), java.util.List.of());
    }

    /** A service's refusal as problem details in the viewer's language. */
    public ApiProblem problem(ApiException e) {
        return problem(e.getCode(), e.getResponseBody());
    }

    /**
     * A refusal of any service by its status and body: each generated client has an exception class
     * of its own (cases, rules, roster, notification), with the same two parts.
     */
    public ApiProblem problem(int status, String body) {
        return ApiProblem.of(status, body, services.mapper(), viewer.language());
    }

    /**
     * A page that is only a problem, with its status: a field of this request-scoped bean is not
     * reachable through its proxy, so the error template is used here, not handed out.
     */
    public Response problemPage(ApiProblem problem) {
        return html(page(error).data("problem", problem), problem.status());
    }

    /**
     * A page the console could not build because a service refused: an expired session goes back to
     * the sign-in, anything else shows the service's problem with its status (404 stays 404).
     */
    public Response refused(ApiException e) {
        return refused(e.getCode(), e.getResponseBody());
    }

    /**
     * A form's post the service refused: an expired session, a refusal of the viewer (403) or of what
     * the form is about (404) is a page of its own; anything else (a field wrong, a conflict, the
     * service down) is the form again, with the problem and what was typed.
     */
    public Response refusedForm(int status, String body, java.util.function.Function<ApiProblem, Response> formAgain) {
        if (status == 401 || status == 403 || status == 404) {
            return refused(status, body);
        }
        return formAgain.apply(problem(status, body));
    }

    /** {@link #refused(ApiException)} for any service's refusal, by its status and body. */
    public Response refused(int status, String body) {
        if (status == 401) {
            return seeOther("/sign-in?expired=true");
        }
        return problemPage(problem(status, body));
    }
}
