package id.netral.cases.testing;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.ServiceProcess;
import id.netral.common.testing.TcpProxy;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * case-service's real neighbours for its tests: roster-, rules- and notification-service started from
 * their built jars as their own JVMs (as in a cluster), on the test JVM's embedded PostgreSQL, each
 * behind a {@link TcpProxy} that a test can cut off to play a neighbour being down. Started once per
 * test JVM; case-service gets its own fresh database like every service test.
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
        return config;
    }

    @Override
    public void stop() {
        // the neighbours outlive one application; the JVM hook stops them
    }

    private static synchronized Neighbours startOnce() {
        if (running != null) {
            return running;
        }
        try {
            Path work = Files.createTempDirectory("netral-neighbours-");
            Path publicKey = work.resolve("test-public.pem");
            try (InputStream pem = NeighboursResource.class.getResourceAsStream("/netral-test-public.pem")) {
                Files.copy(pem, publicKey);
            }
            EmbeddedPostgres pg = EmbeddedPostgresResource.server();
            int rosterPort = freePort();
            int rulesPort = freePort();
            ServiceProcess roster = launch("roster-service", "NETRAL_ROSTER_PORT", rosterPort, database(pg, "roster"), pg, publicKey, work);
            ServiceProcess rules = launch("rules-service", "NETRAL_RULES_PORT", rulesPort, database(pg, "rules"), pg, publicKey, work);
            int notificationPort = freePort();
            ServiceProcess notification = launch("notification-service", "NETRAL_NOTIFICATION_PORT", notificationPort,
                    database(pg, "notification"), pg, publicKey, work);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                roster.stop(Duration.ofSeconds(10));
                rules.stop(Duration.ofSeconds(10));
                notification.stop(Duration.ofSeconds(10));
            }));
            roster.awaitReady("http://localhost:" + rosterPort, Duration.ofSeconds(180));
            rules.awaitReady("http://localhost:" + rulesPort, Duration.ofSeconds(180));
            notification.awaitReady("http://localhost:" + notificationPort, Duration.ofSeconds(180));
            running = new Neighbours("http://localhost:" + rosterPort, "http://localhost:" + rulesPort,
                    "http://localhost:" + notificationPort, new TcpProxy(rosterPort), new TcpProxy(rulesPort), new TcpProxy(notificationPort));
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start case-service's neighbours", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ServiceProcess launch(String module, String portVariable, int port, String database, EmbeddedPostgres pg,
            Path publicKey, Path work) throws IOException {
        Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: case-service's tests run after " + module + " is packaged "
                    + "(mvn verify from the root does that)");
        }
        Map<String, String> env = new HashMap<>();
        env.put(portVariable, String.valueOf(port));
        env.put("NETRAL_DB_URL", pg.getJdbcUrl("postgres", database));
        env.put("NETRAL_DB_USER", "postgres");
        env.put("NETRAL_DB_PASSWORD", "postgres");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
        env.put("NETRAL_NOTIFICATION_WEBHOOKS_ALLOW_LOOPBACK_HTTP", "true");
        return ServiceProcess.start(module, jar, List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), env,
                work.resolve(module + ".log"));
    }

    private static String database(EmbeddedPostgres pg, String name) {
        String database = name + "_" + ProcessHandle.current().pid();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
        return database;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
