package id.netral.common.testing;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's real neighbours for its tests: other services of the suite started from their built
 * jars as their own JVMs (as in a cluster), each on its own database of the test JVM's embedded
 * PostgreSQL and verifying the test key, each behind a {@link TcpProxy} a test can cut off to play
 * the neighbour being down. Started once per test JVM, stopped when it exits.
 */
public final class NeighbourJars {
    private static final Map<String, Neighbour> RUNNING = new LinkedHashMap<>();
    /** Every started neighbour's port variable and port: each is told where the others are, as ./netral does. */
    private static final Map<String, String> PORTS = new LinkedHashMap<>();
    private static Path work;

    /** A running neighbour: its direct address and the proxy the service under test calls it through. */
    public record Neighbour(String module, String url, TcpProxy proxy) {
        /** The address the service under test should use. */
        public String proxiedUrl() {
            return "http://localhost:" + proxy.port();
        }
    }

    private NeighbourJars() {
    }

    /**
     * Starts the modules not yet running (in parallel, then waits for all to be ready) and returns
     * them in the order asked. {@code portVariables} names the variable each module reads its port from.
     */
    public static synchronized List<Neighbour> start(Map<String, String> portVariables) {
        try {
            if (work == null) {
                work = Files.createTempDirectory("netral-neighbours-");
                try (InputStream pem = NeighbourJars.class.getResourceAsStream("/netral-test-public.pem")) {
                    Files.copy(pem, work.resolve("test-public.pem"));
                }
            }
            Map<String, ServiceProcess> launched = new LinkedHashMap<>();
            Map<String, Integer> ports = new HashMap<>();
            for (Map.Entry<String, String> module : portVariables.entrySet()) {
                if (!RUNNING.containsKey(module.getKey())) {
                    int port = freePort();
                    ports.put(module.getKey(), port);
                    PORTS.put(module.getValue(), String.valueOf(port));
                }
            }
            for (String module : ports.keySet()) {
                launched.put(module, launch(module, portVariables.get(module), ports.get(module)));
            }
            for (Map.Entry<String, ServiceProcess> process : launched.entrySet()) {
                process.getValue().awaitReady(Duration.ofSeconds(180));
            }
            // the proxies bind ports of their own only once every neighbour has bound its port: a proxy
            // opened earlier could take the free port a neighbour still starting was given
            for (String module : launched.keySet()) {
                int port = ports.get(module);
                RUNNING.put(module, new Neighbour(module, "http://localhost:" + port, new TcpProxy(port)));
            }
            return portVariables.keySet().stream().map(RUNNING::get).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the neighbours " + portVariables.keySet(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ServiceProcess launch(String module, String portVariable, int port) throws IOException {
        Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: these tests run after " + module + " is packaged "
                    + "(mvn verify from the root does that)");
        }
        EmbeddedPostgres pg = EmbeddedPostgresResource.server();
        Map<String, String> env = new HashMap<>(PORTS);
        env.put(portVariable, String.valueOf(port));
        env.put(ServiceProcess.MANAGEMENT_PORT, String.valueOf(freePort()));
        env.put("NETRAL_SERVICE_TOKEN", TestTokens.token().subject(module).roles(id.netral.common.security.Roles.SERVICE).region("*")
                .expiresIn(Duration.ofHours(12)).jwt());
        env.put("NETRAL_DB_URL", pg.getJdbcUrl("postgres", database(pg, module.replace("-service", ""))));
        env.put("NETRAL_DB_USER", "postgres");
        env.put("NETRAL_DB_PASSWORD", "postgres");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", work.resolve("test-public.pem").toString());
        env.put("NETRAL_NOTIFICATION_WEBHOOKS_ALLOW_LOOPBACK_HTTP", "true");
        env.put("NETRAL_MAIL_MOCK", "true");
        ServiceProcess process = ServiceProcess.start(module, jar, List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                env, work.resolve(module + ".log"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> process.stop(Duration.ofSeconds(10))));
        return process;
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

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
