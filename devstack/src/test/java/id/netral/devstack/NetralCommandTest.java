package id.netral.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetralCommandTest {

    @TempDir
    Path home;

    private Suite.Config config() throws Exception {
        return Suite.Config.isolated(Path.of(".."), home);
    }

    @Test
    void tokenCarriesRoleRegionAndLifetime() throws Exception {
        String jwt = Netral.token(config(), List.of("--role", "bawaslu", "--region", "34.04", "--ttl", "2h", "--sub", "ani"));
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"groups\":[\"bawaslu\"]", "\"region\":\"34.04\"", "\"sub\":\"ani\"",
                "\"aud\":\"netral\"");
        assertThat(Files.exists(home.resolve("keys/dev-public.pem"))).isTrue();
    }

    @Test
    void badTokenArgumentsAreExplained() {
        assertThatThrownBy(() -> Netral.token(config(), List.of("--role", "citizen", "--region", "34")))
                .hasMessageContaining("--role must be");
        assertThatThrownBy(() -> Netral.token(config(), List.of("--role", "admin", "--region", "DIY")))
                .hasMessageContaining("--region must be");
        assertThatThrownBy(() -> Netral.token(config(), List.of("--role", "admin", "--region")))
                .hasMessageContaining("needs a value");
    }

    @Test
    void ttlUnits() {
        assertThat(Netral.parseTtl("45s")).isEqualTo(Duration.ofSeconds(45));
        assertThat(Netral.parseTtl("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(Netral.parseTtl("2d")).isEqualTo(Duration.ofDays(2));
        assertThatThrownBy(() -> Netral.parseTtl("1 hour")).hasMessageContaining("--ttl");
    }

    /**
     * On a fresh clone (nothing built), {@code ./netral help} prints its usage at once and the other
     * commands but {@code up} say what to do, neither calling Maven nor Java (shims that would
     * leave a mark stand in for both).
     */
    @Test
    void helpAnswersAtOnceOnAFreshCloneAndOnlyUpBuilds() throws Exception {
        Path clone = home.resolve("clone");
        Files.createDirectories(clone.resolve("devstack/src/main/resources"));
        Files.copy(Path.of("..", "netral"), clone.resolve("netral"));
        Files.copy(Path.of("..", "devstack/src/main/resources/netral-usage.txt"), clone.resolve("devstack/src/main/resources/netral-usage.txt"));
        Path shims = Files.createDirectories(home.resolve("shims"));
        for (String tool : List.of("mvn", "java")) {
            Path shim = Files.writeString(shims.resolve(tool), "#!/bin/sh\necho called >> " + home.resolve("called-" + tool) + "\nexit 1\n");
            shim.toFile().setExecutable(true);
        }
        Run help = netral(clone, shims, "help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.output()).startsWith("Usage: ./netral COMMAND").contains("up ", "token ", "reset ");
        assertThat(netral(clone, shims).output()).as("no command: the usage too").startsWith("Usage: ./netral COMMAND");
        Run token = netral(clone, shims, "token", "--role", "admin", "--region", "*");
        assertThat(token.exitCode()).isEqualTo(2);
        assertThat(token.output()).contains("nothing is built yet; ./netral up builds the suite");
        assertThat(home.resolve("called-mvn")).as("Maven never ran").doesNotExist();
        assertThat(home.resolve("called-java")).as("Java never ran").doesNotExist();
    }

    /**
     * A developer's suite starts the JVMs with the first compiler only (a quicker start on two cores)
     * and keeps its data and AOT caches; the tests' and benchmarks' run them as pods do (both
     * compilers, but for what a service's own pods add) and keep neither.
     */
    @Test
    void developersStartWithTheFirstCompilerTestsAsInAPod() throws Exception {
        Assumptions.assumeTrue(System.getenv("NETRAL_JAVA_OPTS") == null, "NETRAL_JAVA_OPTS replaces every default");
        Suite.Config tests = config();
        assertThat(tests.javaOptions()).doesNotContain(Suite.FIRST_COMPILER_ONLY)
                .containsAll(List.of(Suite.JAVA_OPTIONS.split(" "))).contains(Suite.POD_HEAP);
        assertThat(tests.keepsData()).isFalse();
        assertThat(tests.aotCache()).isFalse();
        assertThat(tests.addedFor(ServiceSpec.SUITE.get(2))).as("case-service gets what its pods add").containsExactly(Suite.FIRST_COMPILER_ONLY);
        Suite.Config developer = tests.asDevelopment();
        assertThat(developer.addedFor(ServiceSpec.SUITE.get(2))).as("a developer's options are the same for all").isEmpty();
        assertThat(developer.javaOptions()).contains(Suite.FIRST_COMPILER_ONLY, "-Xmx512m");
        assertThat(developer.keepsData()).isTrue();
        assertThat(developer.aotCache()).isTrue();
        assertThat(developer.ports()).isEqualTo(tests.ports());
    }

    /** An AOT cache belongs to one build: any file of the service's app folder changed, and the key is another; caches do not count. */
    @Test
    void theAotCacheIsKeyedByEveryFileOfTheBuild() throws Exception {
        Path app = Files.createDirectories(home.resolve("quarkus-app/lib/main"));
        Files.writeString(app.getParent().getParent().resolve("quarkus-run.jar"), "runner");
        Path library = Files.writeString(app.resolve("id.netral.rules.jar"), "classes v1");
        Path folder = app.getParent().getParent();
        String first = Suite.buildKey(folder);
        assertThat(Suite.buildKey(folder)).isEqualTo(first);
        Files.writeString(folder.resolve("netral-" + first + ".aot"), "a cache");
        assertThat(Suite.buildKey(folder)).as("its own cache is not part of the build").isEqualTo(first);
        Files.writeString(library, "classes v2, longer");
        assertThat(Suite.buildKey(folder)).as("one library rebuilt, the runner jar untouched").isNotEqualTo(first);
    }

    /** The script starts the JVM of JAVA_HOME when it is set (a Java 25 for the AOT cache, say), the one on PATH otherwise. */
    @Test
    void theScriptRunsJavaHomesJvm() throws Exception {
        Path clone = home.resolve("built");
        Files.createDirectories(clone.resolve("devstack/target/lib"));
        Files.createDirectories(clone.resolve("devstack/target/classes"));
        for (String module : List.of("roster-service", "rules-service", "case-service", "notification-service")) {
            Files.createDirectories(clone.resolve(module + "/target/quarkus-app"));
            Files.writeString(clone.resolve(module + "/target/quarkus-app/quarkus-run.jar"), "");
        }
        Files.copy(Path.of("..", "netral"), clone.resolve("netral"));
        Path javaHome = Files.createDirectories(home.resolve("jdk/bin"));
        Path java = Files.writeString(javaHome.resolve("java"), "#!/bin/sh\necho \"jdk java $*\"\n");
        java.toFile().setExecutable(true);
        ProcessBuilder builder = new ProcessBuilder("bash", clone.resolve("netral").toString(), "token").redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome.getParent().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        assertThat(output).startsWith("jdk java ").contains("id.netral.devstack.Netral token");
    }

    private record Run(int exitCode, String output) {
    }

    private static Run netral(Path clone, Path shims, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", clone.resolve("netral").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", shims + ":" + System.getenv("PATH"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }
}
