package id.netral.common.api;

import id.netral.common.i18n.Messages;
import id.netral.common.error.FieldError;
import id.netral.common.i18n.Language;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a NUL character in a query parameter or the path (written {@code %00}) with a 400 naming
 * the parameter, before any resource runs: PostgreSQL stores no NUL in text, and a search that
 * passed one on failed with a 500.
 */
public class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public Response refuseNul(ContainerRequestContext request) {
        String raw = request.getUriInfo().getRequestUri().getRawQuery();
        String rawPath = request.getUriInfo().getRequestUri().getRawPath();
        boolean inQuery = raw != null && raw.contains("%00");
        boolean inPath = rawPath != null && rawPath.contains("%00");
        if (!inQuery && !inPath) {
            return null;
        }
        String field = "path";
        if (inQuery) {
            MultivaluedMap<String, String> parameters = request.getUriInfo().getQueryParameters(true);
            field = parameters.entrySet().stream()
                    .filter(e -> e.getKey().indexOf('\0') >= 0 || e.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0))
                    .map(Map.Entry::getKey).findFirst().map(name -> name.replace("\0", "")).orElse("query");
        }
        Language language = Language.negotiate(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return ProblemMappers.validationProblem(List.of(new FieldError(field, Messages.text("common.ControlCharacterFilter.holds-a-nul-character-00").in(language))), language);
    }
}
