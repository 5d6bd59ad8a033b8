package id.netral.common.i18n;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Says in which language an answer is ({@code Content-Language}) and that it depends on
 * {@code Accept-Language} ({@code Vary}), so caches keep the two apart. Problem details follow
 * the same negotiation as every other answer.
 */
public class ContentLanguageFilter {

    @Inject
    RequestLanguage language;

    @ServerResponseFilter
    public void announce(ContainerResponseContext response) {
        if (!response.hasEntity()) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.get().tag);
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
}
