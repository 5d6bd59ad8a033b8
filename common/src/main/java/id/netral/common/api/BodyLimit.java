package id.netral.common.api;

import id.netral.common.i18n.Messages;
import id.netral.common.i18n.Language;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413
 * problem, before anything reads it: the HTTP layer's own refusal has an empty body. (A chunked
 * body, which announces no length, is still cut off by that layer when it passes the limit.)
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> limit;

    void install(@Observes Router router) {
        if (limit.isEmpty()) {
            return;
        }
        long max = limit.get().asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String announced = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (announced != null && tooLong(announced, max)) {
                Language language = Language.negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
                String body = Problem.of(413, "payload-too-large",
                        Messages.text("common.BodyLimit.request-body-too-large").in(language),
                        Messages.text("common.BodyLimit.a-request-body-may-hold-at", max).in(language)).toJson();
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(body);
                return;
            }
            ctx.next();
        });
    }

    private static boolean tooLong(String announced, long max) {
        try {
            return Long.parseLong(announced.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
