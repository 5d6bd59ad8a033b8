package id.netral.common.i18n;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Says in which language an answer is ({@code Content-Language}) and that it depends on
 * {@code Accept-Language} ({@code Vary}), so caches keep the two apart. Problem details are
 * written in English for now, and say so.
 */
public class ContentLanguageFilter {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    RequestLanguage language;

    @ServerResponseFilter
    public void announce(ContainerResponseContext response) {
        if (!response.hasEntity()) {
            return;
        }
        MediaType type = response.getMediaType();
        boolean problem = type != null && PROBLEM.equals(type.getType() + "/" + type.getSubtype());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, problem ? Language.ENGLISH.tag : language.get().tag);
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
}
