package id.netral.common.health;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * {@code /q/health/group/neighbours} (on the management port): whether each service this one calls
 * (every {@code quarkus.rest-client.<name>.url}) answers HTTP at that URL, by name, with the reason
 * when not. Any answer below 500 counts (its API answers 404 or 401 to a bare GET): the neighbour's
 * own database is its readiness's business, reached on its management port, which routes between
 * services need not open. Kept out of this service's readiness on purpose: case-service takes reports while roster is
 * down (they wait as PENDING), so a neighbour's outage must not take it out of the load balancer;
 * an operator reads here which neighbour is the cause. Its own database is in readiness
 * ({@code /q/health/ready}, "Database connections health check").
 */
@HealthGroup("neighbours")
@ApplicationScoped
public class NeighboursHealthCheck implements HealthCheck {
    private static final Pattern CLIENT_URL = Pattern.compile("quarkus\\.rest-client\\.\"?([a-z0-9-]+)\"?\\.url");
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<String>> probes = new TreeMap<>();
        neighbours(ConfigProvider.getConfig()).forEach((name, url) -> probes.put(name, probe(url)));
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("neighbours").up();
        probes.forEach((name, probe) -> {
            String state = probe.join();
            answer.withData(name, state);
            if (!"UP".equals(state)) {
                answer.down();
            }
        });
        return answer.build();
    }

    /** The configured REST clients by name, and their base URLs. */
    static Map<String, String> neighbours(Config config) {
        Map<String, String> found = new TreeMap<>();
        for (String property : config.getPropertyNames()) {
            Matcher m = CLIENT_URL.matcher(property);
            if (m.matches()) {
                config.getOptionalValue(property, String.class).ifPresent(url -> found.put(m.group(1), url));
            }
        }
        return found;
    }

    /** "UP", or "DOWN: " and why: a 5xx status, or the failure to reach it in time. */
    private CompletableFuture<String> probe(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.replaceAll("/+$", "") + "/")).timeout(TIMEOUT).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> response.statusCode() < 500 ? "UP" : "DOWN: it answered " + response.statusCode())
                .exceptionally(failure -> "DOWN: " + describe(failure));
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
