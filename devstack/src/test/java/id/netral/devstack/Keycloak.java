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
        admin().body(client).post(adminUrl(realm) + "/clients").then().statusCode(201);
    }

    /**
     * Adds a machine client as an administrator would: client credentials, the realm's scope
     * {@code netral}, its region in a hard-coded claim and one realm role for its service account.
     */
    void addServiceClient(String realm, String clientId, String secret, String role, String region) {
        addClient(realm, Map.of("clientId", clientId, "secret", secret, "publicClient", false, "serviceAccountsEnabled", true,
                "standardFlowEnabled", false, "defaultClientScopes", List.of("netral"),
                "protocolMappers", List.of(Map.of("name", "region", "protocol", "openid-connect", "protocolMapper", "oidc-hardcoded-claim-mapper",
                        "config", Map.of("claim.name", "region", "claim.value", region, "jsonType.label", "String", "access.token.claim", "true")))));
        String id = admin().get(adminUrl(realm) + "/clients?clientId=" + clientId).then().statusCode(200).extract().path("[0].id");
        String account = admin().get(adminUrl(realm) + "/clients/" + id + "/service-account-user").then().statusCode(200).extract().path("id");
        grant(realm, account, role);
    }

    /**
     * Adds a person as an administrator would: a user with a password, one realm role and the
     * attributes the realm's user profile declares (region, agency).
     */
    void addUser(String realm, String username, String password, String role, Map<String, String> attributes) {
        Map<String, Object> attrs = new HashMap<>();
        attributes.forEach((name, value) -> attrs.put(name, List.of(value)));
        admin().body(Map.of("username", username, "enabled", true, "firstName", username, "lastName", "Netral",
                "email", username + "@officers.example", "emailVerified", true, "attributes", attrs,
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post(adminUrl(realm) + "/users").then().statusCode(201);
        String id = admin().get(adminUrl(realm) + "/users?exact=true&username=" + username).then().statusCode(200).extract().path("[0].id");
        grant(realm, id, role);
    }

    private void grant(String realm, String userId, String role) {
        Map<String, Object> representation = admin().get(adminUrl(realm) + "/roles/" + role).then().statusCode(200).extract().as(Map.class);
        admin().body(List.of(representation)).post(adminUrl(realm) + "/users/" + userId + "/role-mappings/realm").then().statusCode(204);
    }

    /** What an officer's browser does: the login form, the code at the redirect address, the code for a token (PKCE S256). */
    String signIn(String realm, String clientId, String secret, String redirectUri, String username, String password) {
        return BrowserSignIn.accessToken(realmUrl(realm), clientId, secret, redirectUri, username, password);
    }

    private io.restassured.specification.RequestSpecification admin() {
        String token = RestAssured.given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", ADMIN).formParam("password", ADMIN_PASSWORD)
                .post(realmUrl("master") + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        return RestAssured.given().header("Authorization", "Bearer " + token).contentType("application/json");
    }

    private String adminUrl(String realm) {
        return "http://localhost:" + port + "/admin/realms/" + realm;
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
