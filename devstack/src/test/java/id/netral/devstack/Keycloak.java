package id.netral.devstack;

import id.netral.common.testing.NeighbourJars;
import id.netral.common.testing.ServiceProcess;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real Keycloak, started from its Maven distribution ({@code keycloak-quarkus-dist}, unpacked by
 * this module's build) in development mode with the given realm files imported. Keycloak 26 needs
 * Java 21 or newer while the suite builds with 17, so it runs on the newest JDK installed beside
 * the one running the tests (or {@code KEYCLOAK_JAVA_HOME}).
 */
record Keycloak(ServiceProcess process, int port) implements AutoCloseable {
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-e2e-only";

    /** Starts Keycloak with the realms in {@code realmFiles} and the variables their placeholders name. */
    static Keycloak start(List<Path> realmFiles, Map<String, String> environment, Path work) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("netral.keycloak.home", "target/keycloak"));
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home + ": build devstack with Maven, which unpacks it");
        }
        Path data = home.resolve("data");
        deleteTree(data); // a realm that exists is never imported again: start from an empty database
        Path imports = Files.createDirectories(data.resolve("import"));
        for (Path realm : realmFiles) {
            Files.copy(realm, imports.resolve(realm.getFileName()));
        }
        int port = NeighbourJars.freePort();
        Map<String, String> env = new HashMap<>(environment);
        env.put("JAVA_HOME", javaHome().toString());
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        ServiceProcess process = ServiceProcess.start("keycloak", List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--import-realm", "--http-management-port=" + NeighbourJars.freePort(), "--cache=local"),
                env, work.resolve("keycloak.log"));
        Keycloak keycloak = new Keycloak(process, port);
        try {
            process.awaitOk(URI.create(keycloak.realmUrl("netral") + "/.well-known/openid-configuration"), Duration.ofMinutes(4));
        } catch (RuntimeException | InterruptedException e) {
            keycloak.close();
            throw e;
        }
        return keycloak;
    }

    String realmUrl(String realm) {
        return "http://localhost:" + port + "/realms/" + realm;
    }

    String jwksUrl(String realm) {
        return realmUrl(realm) + "/protocol/openid-connect/certs";
    }

    /** An access token for a confidential client, by client credentials, as an integrator gets one. */
    String clientToken(String realm, String clientId, String secret) {
        return RestAssured.given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).post(realmUrl(realm) + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** Adds a confidential client to a realm through the admin API (for clients only a test needs). */
    void addClient(String realm, Map<String, Object> client) {
        String admin = RestAssured.given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", ADMIN).formParam("password", ADMIN_PASSWORD)
                .post(realmUrl("master") + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        RestAssured.given().header("Authorization", "Bearer " + admin).contentType("application/json").body(client)
                .post("http://localhost:" + port + "/admin/realms/" + realm + "/clients").then().statusCode(201);
    }

    /** The JDK to run Keycloak: KEYCLOAK_JAVA_HOME, else the newest JDK 21+ beside the one running now. */
    static Path javaHome() {
        Optional<String> configured = Optional.ofNullable(System.getenv("KEYCLOAK_JAVA_HOME")).filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            return Path.of(configured.get());
        }
        Path running = Path.of(System.getProperty("java.home"));
        List<Path> candidates = new ArrayList<>(List.of(running));
        try (Stream<Path> siblings = Files.list(running.toRealPath().getParent())) {
            siblings.forEach(candidates::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return candidates.stream().filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")) && featureVersion(jdk) >= 21)
                .max(Comparator.comparingInt(Keycloak::featureVersion))
                .orElseThrow(() -> new IllegalStateException("Keycloak " + System.getProperty("netral.keycloak.home")
                        + " needs Java 21 or newer: install one beside Java " + Runtime.version().feature()
                        + " or set KEYCLOAK_JAVA_HOME"));
    }

    /** The major version a JDK's {@code release} file names (JAVA_VERSION="25.0.1"), 0 when unknown. */
    private static int featureVersion(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Stops Keycloak (its script forwards the signal to the JVM), by force after 20 s. */
    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }
}
