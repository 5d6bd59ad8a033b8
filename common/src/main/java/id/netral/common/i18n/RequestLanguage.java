package id.netral.common.i18n;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The language of the current request, negotiated once from its {@code Accept-Language}. */
@RequestScoped
public class RequestLanguage {

    @Inject
    CurrentVertxRequest request;

    private Language language;

    public Language get() {
        if (language == null) {
            language = Language.negotiate(request.getCurrent() == null ? null
                    : request.getCurrent().request().getHeader("Accept-Language"));
        }
        return language;
    }

    /** Settles the language another way than by the header: the console's own language choice (a cookie). */
    public void choose(Language chosen) {
        language = chosen;
    }
}
