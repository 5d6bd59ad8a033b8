package id.netral.common.metrics;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * HTTP request metrics labelled by route template only. Quarkus labels a request with its route's
 * template ({@code /api/v1/cases/{id}}), but a request refused before any route matched (a token
 * refused by the authentication layer, say) carries its raw path, so anyone could create a series
 * per id they send, with the id in it. A path that is not a template of static words and
 * {@code {placeholders}} is labelled {@code UNMATCHED}.
 */
public class HttpMetricLabels {
    /** One segment of a template: a lower-case word (with dashes), a version like {@code v1}, or a placeholder. */
    private static final Pattern TEMPLATE = Pattern.compile("(/([a-z]+(-[a-z]+)*|v[0-9]+|\\{[^/{}]+\\}))*/?");
    static final String UNMATCHED = "UNMATCHED";

    @Produces
    @Singleton
    MeterFilter templatedUrisOnly() {
        return MeterFilter.replaceTagValues("uri", HttpMetricLabels::label);
    }

    static String label(String uri) {
        if (uri == null || uri.isEmpty() || uri.equals("root") || uri.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c == '_')) {
            return uri; // Quarkus' own labels: NOT_FOUND, REDIRECTION, root
        }
        return TEMPLATE.matcher(uri).matches() ? uri : UNMATCHED;
    }
}
