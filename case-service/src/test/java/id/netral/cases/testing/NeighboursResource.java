package id.netral.cases.testing;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.NeighbourJars;
import id.netral.common.testing.TcpProxy;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * case-service's real neighbours for its tests: roster-, rules- and notification-service from their
 * built jars ({@link NeighbourJars}), each behind a proxy a test can cut off; case-service gets its
 * own fresh database like every service test.
 */
public class NeighboursResource implements QuarkusTestResourceLifecycleManager {
    private static Neighbours running;

    /** The running neighbours: their direct addresses and the proxies case-service calls them through. */
    public record Neighbours(String rosterUrl, String rulesUrl, String notificationUrl, TcpProxy rosterProxy, TcpProxy rulesProxy,
            TcpProxy notificationProxy) {
    }

    public static Neighbours neighbours() {
        return running;
    }

    @Override
    public Map<String, String> start() {
        Neighbours n = startOnce();
        Map<String, String> config = new HashMap<>(new EmbeddedPostgresResource().start());
        config.put("quarkus.rest-client.roster.url", "http://localhost:" + n.rosterProxy().port());
        config.put("quarkus.rest-client.rules.url", "http://localhost:" + n.rulesProxy().port());
        config.put("quarkus.rest-client.notification.url", "http://localhost:" + n.notificationProxy().port());
        config.put("netral.service.token", TestTokens.token().subject("case-service").roles(Roles.SERVICE).region("*")
                .expiresIn(Duration.ofHours(12)).jwt());
        config.put("netral.cases.resolve-retry-every", "1S");
        config.put("netral.cases.resolve-check-every", "1s");
        config.put("netral.cases.sweep-every", "1s");
        config.put("netral.cases.evidence.max-bytes", "1048576");
        return config;
    }

    @Override
    public void stop() {
        // the neighbours outlive one application; the JVM hook stops them
    }

    private static synchronized Neighbours startOnce() {
        if (running == null) {
            Map<String, String> modules = new LinkedHashMap<>();
            modules.put("roster-service", "NETRAL_ROSTER_PORT");
            modules.put("rules-service", "NETRAL_RULES_PORT");
            modules.put("notification-service", "NETRAL_NOTIFICATION_PORT");
            List<NeighbourJars.Neighbour> n = NeighbourJars.start(modules);
            running = new Neighbours(n.get(0).url(), n.get(1).url(), n.get(2).url(), n.get(0).proxy(), n.get(1).proxy(), n.get(2).proxy());
        }
        return running;
    }
}
