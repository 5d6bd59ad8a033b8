package id.netral.devstack;

import id.netral.common.testing.NeighbourJars;
import id.netral.common.testing.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The whole suite on one machine: one embedded PostgreSQL with a database per service, and each
 * service as its own JVM, as in a cluster. Used by {@code ./netral up} and by the end-to-end tests.
 */
public final class Suite implements AutoCloseable {
    public static final String DB_USER = "netral";
    /** Restarts of one service within ten minutes before ./netral up gives up on it. */
    private static final int RESTART_LIMIT = 5;

    /**
     * Where things live and which ports to use; every field has an environment override.
     * {@code serviceEnvironment} is passed to every service (settings such as
     * {@code NETRAL_ROSTER_IMPORT_STALL_TIMEOUT}), for tests that need other values than a developer;
     * {@code {database}} in a value becomes the service's own database.
     * {@code keepsData}: a developer's database outlives the suite; a test's or benchmark's is
     * removed when the suite stops (a million-employee roster is gigabytes), its logs kept.
     * {@code aotCache}: on a JVM that has one (JDK 25 and later), each service's first start after a
     * build records an AOT cache beside its jar, which its later starts load ({@link #javaOptions(ServiceSpec)}).
     * {@code podJvm}: {@code javaOptions} are the pods', so each service also gets what its own pods add
     * ({@link ServiceSpec#podJavaOptions()}); false when a developer's or a benchmark's options replace them.
     */
    public record Config(Path root, Path home, int postgresPort, Map<ServiceSpec, Integer> ports, Map<ServiceSpec, Integer> managementPorts,
            List<String> javaOptions, Duration readyTimeout, Map<String, String> serviceEnvironment, boolean keepsData, boolean aotCache,
            boolean podJvm) {

        public static Config fromEnvironment(Path root) {
            Map<String, String> env = System.getenv();
            Path home = Path.of(env.getOrDefault("NETRAL_HOME", root.resolve(".netral").toString())).toAbsolutePath();
            Map<ServiceSpec, Integer> ports = new LinkedHashMap<>();
            Map<ServiceSpec, Integer> management = new LinkedHashMap<>();
            for (ServiceSpec spec : ServiceSpec.WITH_CONSOLE) {
                int port = Integer.parseInt(env.getOrDefault(spec.portVariable(), String.valueOf(spec.defaultPort())));
                ports.put(spec, port);
                // health and metrics a thousand above the API: 9081 for roster-service on 8081
                management.put(spec, Integer.parseInt(env.getOrDefault(spec.managementPortVariable(), String.valueOf(port + 1000))));
            }
            // a small first heap, as in a pod (1/64 of its memory limit): a first heap of 1/64 of this machine's memory
            // (384 MB on 24 GiB) was touched during start-up and kept, 45-70 MB more RSS per idle service (bench/HISTORY.md)
            return new Config(root, home, Integer.parseInt(env.getOrDefault("NETRAL_PG_PORT", "55432")), ports, management,
                    developmentOptions(), Duration.ofSeconds(Long.parseLong(env.getOrDefault("NETRAL_READY_TIMEOUT", "180"))), Map.of(), true,
                    !"false".equals(env.get("NETRAL_AOT_CACHE")), false);
        }

        /** A developer's JVM options: {@code NETRAL_JAVA_OPTS}, or the pod's with a larger heap and the first compiler only. */
        private static List<String> developmentOptions() {
            return List.of(System.getenv().getOrDefault("NETRAL_JAVA_OPTS", JAVA_OPTIONS + " -Xmx512m " + FIRST_COMPILER_ONLY).split("\\s+"));
        }

        /** Free ports everywhere, for tests that run beside a developer's suite. */
        public static Config isolated(Path root, Path home) throws IOException {
            return isolated(root, home, Map.of());
        }

        /** Free ports everywhere, and these settings for every service. */
        public static Config isolated(Path root, Path home, Map<String, String> serviceEnvironment) throws IOException {
            Map<ServiceSpec, Integer> ports = new LinkedHashMap<>();
            Map<ServiceSpec, Integer> management = new LinkedHashMap<>();
            // each port free and distinct: the system may hand the same free port out twice, and a service whose
            // port another took fails to start while that other one answers its readiness probe
            java.util.Set<Integer> taken = new java.util.HashSet<>();
            for (ServiceSpec spec : ServiceSpec.WITH_CONSOLE) {
                ports.put(spec, distinctFreePort(taken));
                management.put(spec, distinctFreePort(taken));
            }
            // NETRAL_JAVA_OPTS as for ./netral up, so that a benchmark can compare JVM settings; tests leave it unset
            String replaced = System.getenv("NETRAL_JAVA_OPTS");
            List<String> javaOptions = List.of((replaced == null ? JAVA_OPTIONS + " " + POD_HEAP : replaced).split("\\s+"));
            return new Config(root, home, distinctFreePort(taken), ports, management, javaOptions, Duration.ofSeconds(180),
                    Map.copyOf(serviceEnvironment), false, false, replaced == null);
        }

        /** The same ports and folder started as {@code ./netral up} starts a developer's suite: its JVM options, data kept, AOT cache. */
        public Config asDevelopment() {
            return new Config(root, home, postgresPort, ports, managementPorts, developmentOptions(), readyTimeout, serviceEnvironment, true, true,
                    false);
        }

        private static int distinctFreePort(java.util.Set<Integer> taken) throws IOException {
            int port;
            do {
                port = NeighbourJars.freePort();
            } while (!taken.add(port));
            return port;
        }

        /** Every port this configuration names (a test that opens a port of its own checks it is not one of them). */
        public java.util.Set<Integer> allPorts() {
            java.util.Set<Integer> all = new java.util.HashSet<>(ports.values());
            all.addAll(managementPorts.values());
            all.add(postgresPort);
            return all;
        }

        /** The same settings with these JVM options added for every service (a benchmark's GC log, say). */
        public Config withJavaOptions(List<String> more) {
            List<String> all = new ArrayList<>(javaOptions);
            all.addAll(more);
            return new Config(root, home, postgresPort, ports, managementPorts, List.copyOf(all), readyTimeout, serviceEnvironment, keepsData,
                    aotCache, podJvm);
        }

        /** The JVM options this service's own pods add to {@code javaOptions}: none unless these are the pods' options. */
        public List<String> addedFor(ServiceSpec spec) {
            return podJvm ? spec.podJavaOptions() : List.of();
        }

        /** The same settings with {@code serviceEnvironment} replaced. */
        public Config withServiceEnvironment(Map<String, String> environment) {
            return new Config(root, home, postgresPort, ports, managementPorts, javaOptions, readyTimeout, Map.copyOf(environment), keepsData,
                    aotCache, podJvm);
        }
    }

    private final Config config;
    private final EmbeddedPostgres postgres;
    private final DevKeys keys;
    private final Map<ServiceSpec, ServiceProcess> processes = new LinkedHashMap<>();
    private ServiceProcess console;
    private final List<ServiceProcess> replicas = new ArrayList<>();
    /** Processes stopped on purpose (killAndRestart): their exit is no reason to restart them. */
    private final Set<ServiceProcess> stoppedOnPurpose = new HashSet<>();
    /** Where restarts are told, once {@link #restartWhenDead} is on; null: a dead service stays dead (tests decide). */
    private PrintStream supervisor;
    private final Map<ServiceSpec, Deque<Long>> restarts = new HashMap<>();
    private boolean closed;
    /** Whether a JVM records its AOT cache this run: it writes it when it stops, which takes seconds. */
    private boolean training;
    private static final String AOT_PREFIX = "netral-";

    private Suite(Config config, EmbeddedPostgres postgres, DevKeys keys) {
        this.config = config;
        this.postgres = postgres;
        this.keys = keys;
    }

    /** Starts PostgreSQL and the four services and returns once every service reports ready. */
    public static Suite start(Config config, PrintStream out) throws IOException, InterruptedException {
        return start(config, out, false);
    }

    /**
     * The same, the console too if {@code withConsole}, launched with the four (its start asks none of
     * them anything) instead of after them: what {@code ./netral up} starts.
     */
    public static Suite start(Config config, PrintStream out, boolean withConsole) throws IOException, InterruptedException {
        checkPortsFree(config);
        for (ServiceSpec spec : ServiceSpec.SUITE) {
            Path jar = runnable(config, spec);
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build with 'mvn -DskipTests package' first");
            }
        }
        Files.createDirectories(config.home().resolve("logs"));
        DevKeys keys = DevKeys.loadOrCreate(config.home().resolve("keys"));
        out.println("Starting PostgreSQL on port " + config.postgresPort() + " (data in " + config.home().resolve("pgdata") + ")");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(config.home().resolve("pgdata"))
                .setCleanDataDirectory(!config.keepsData())
                .setPort(config.postgresPort())
                .setServerConfig("max_connections", "300")
                // PostgreSQL's default 128 MB holds a fifth of a million-employee roster with its accounts (629 MB):
                // lookups then read from the OS cache through syscalls. NETRAL_PG_SHARED_BUFFERS sizes it for other data.
                .setServerConfig("shared_buffers", System.getenv().getOrDefault("NETRAL_PG_SHARED_BUFFERS", "512MB"))
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        Suite suite = new Suite(config, postgres, keys);
        try {
            suite.createDatabases();
            for (ServiceSpec spec : ServiceSpec.SUITE) {
                suite.launch(spec);
            }
            if (withConsole) {
                suite.launchConsole(Map.of());
            }
            for (ServiceSpec spec : ServiceSpec.SUITE) {
                suite.awaitReady(spec);
                out.println("  " + spec.name() + " ready at " + suite.url(spec));
            }
            if (withConsole) {
                suite.console.awaitReady(config.readyTimeout());
                out.println("  console ready at " + suite.consoleUrl());
            }
            return suite;
        } catch (IOException | InterruptedException | RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    public String url(ServiceSpec spec) {
        return urls(config).get(ServiceSpec.SUITE.indexOf(spec));
    }

    /** The four services' base addresses under a configuration, running here or started by another {@code ./netral up}. */
    public static List<String> urls(Config config) {
        return ServiceSpec.SUITE.stream().map(spec -> "http://localhost:" + config.ports().get(spec)).toList();
    }

    /** Whether something accepts connections at a base address (a started suite, before asking it anything). */
    public static boolean answers(String base) {
        java.net.URI uri = java.net.URI.create(base);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Where a service's health and metrics answer (its management interface, apart from the API). */
    public String managementUrl(ServiceSpec spec) {
        return "http://localhost:" + config.managementPorts().get(spec);
    }

    /** The process id of a service's JVM, the console's included (benchmarks read its memory). */
    public long pid(ServiceSpec spec) {
        return spec == ServiceSpec.CONSOLE ? console.pid() : processes.get(spec).pid();
    }

    public DevKeys keys() {
        return keys;
    }

    public Config config() {
        return config;
    }

    /**
     * Kills a service at once (SIGKILL: no shutdown hook, no rollback by the service itself), as
     * a node failure or the OOM killer would, and starts it again; returns when it is ready.
     */
    public void killAndRestart(ServiceSpec spec) throws IOException, InterruptedException {
        ServiceProcess process;
        synchronized (this) {
            process = processes.get(spec);
            stoppedOnPurpose.add(process);
        }
        process.kill();
        synchronized (this) {
            launch(spec);
        }
        awaitReady(spec);
    }

    /**
     * Stops a service as Kubernetes does in a rollout or a drain (SIGTERM, then SIGKILL if it is still
     * running after {@code grace}), starts it again and returns once it is ready; answers the stopped
     * JVM's exit code and how long it took to exit.
     */
    public Stopped stopAndRestart(ServiceSpec spec, Duration grace) throws IOException, InterruptedException {
        ServiceProcess process;
        synchronized (this) {
            process = processes.get(spec);
            stoppedOnPurpose.add(process);
        }
        long started = System.nanoTime();
        process.stop(grace);
        Stopped stopped = new Stopped(process.exit().join(), Duration.ofNanos(System.nanoTime() - started));
        synchronized (this) {
            launch(spec);
        }
        awaitReady(spec);
        return stopped;
    }

    /** How a stopped service exited. */
    public record Stopped(int exitCode, Duration took) {
    }

    /**
     * {@code ./netral up}: from now on a service that dies (crash, OOM, a stray kill) is started again
     * with a line on {@code out} saying so, and another once it is ready; one that dies more than
     * {@value #RESTART_LIMIT} times in ten minutes is left stopped, with a line saying that too.
     * Stopping the suite ({@link #close()}, Ctrl-C) stops the restarted ones like the others.
     */
    public synchronized void restartWhenDead(PrintStream out) {
        supervisor = out;
        processes.forEach(this::watch);
    }

    private void watch(ServiceSpec spec, ServiceProcess process) {
        process.exit().thenAccept(code -> died(spec, process, code));
    }

    private void died(ServiceSpec spec, ServiceProcess process, int code) {
        synchronized (this) {
            if (closed || supervisor == null || stoppedOnPurpose.remove(process) || processes.get(spec) != process) {
                return;
            }
            Deque<Long> recent = restarts.computeIfAbsent(spec, s -> new ArrayDeque<>());
            long now = System.nanoTime();
            recent.removeIf(at -> now - at > Duration.ofMinutes(10).toNanos());
            if (recent.size() >= RESTART_LIMIT) {
                supervisor.printf("%s stopped again (exit code %d) after %d restarts in ten minutes; not starting it again. See %s%n",
                        spec.name(), code, RESTART_LIMIT, log(spec));
                return;
            }
            recent.add(now);
            supervisor.printf("%s stopped unexpectedly (exit code %d); starting it again. See %s%n", spec.name(), code, log(spec));
            try {
                launch(spec);
            } catch (IOException e) {
                supervisor.printf("%s could not be started again: %s%n", spec.name(), e.getMessage());
                return;
            }
        }
        try {
            awaitReady(spec);
            supervisor.printf("%s is back at %s%n", spec.name(), url(spec));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException e) {
            // it died again while starting: its own exit is watched like the first
            supervisor.printf("%s did not come back: %s%n", spec.name(), e.getMessage());
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + config.postgresPort() + "/" + database;
    }

    private void createDatabases() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + DB_USER + "') THEN "
                    + "CREATE ROLE " + DB_USER + " LOGIN PASSWORD '" + DB_USER + "'; END IF; END $$");
            for (ServiceSpec spec : ServiceSpec.SUITE) {
                try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    exists.setString(1, spec.database());
                    try (ResultSet rs = exists.executeQuery()) {
                        if (!rs.next()) {
                            s.execute("CREATE DATABASE " + spec.database() + " OWNER " + DB_USER);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the service databases", e);
        }
    }

    /** One more instance of a service, started and ready: what {@link #startReplica} returns. */
    public record Replica(String url, ServiceProcess process) implements AutoCloseable {
        public String managementUrl() {
            return process.managementUrl();
        }

        @Override
        public void close() {
            process.stop(Duration.ofSeconds(15));
        }
    }

    /**
     * Starts another instance of a service on a free port with the same database and settings, as
     * a second pod of a Deployment would be; {@code environment} adds to or overrides its settings
     * (another neighbour's address, say). It is stopped by {@link Replica#close()} or with the suite.
     */
    public synchronized Replica startReplica(ServiceSpec spec, Map<String, String> environment) throws IOException, InterruptedException {
        int port = NeighbourJars.freePort();
        Map<String, String> env = environment(spec);
        env.put(spec.portVariable(), String.valueOf(port));
        env.put(ServiceProcess.MANAGEMENT_PORT, String.valueOf(NeighbourJars.freePort()));
        env.putAll(environment);
        String name = spec.name() + "-" + (replicas.size() + 2);
        ServiceProcess process = ServiceProcess.start(name, runnable(config, spec), configuredOptions(spec), env,
                config.home().resolve("logs").resolve(name + ".log"));
        replicas.add(process);
        process.awaitReady(config.readyTimeout());
        return new Replica("http://localhost:" + port, process);
    }

    private void launch(ServiceSpec spec) throws IOException {
        Map<String, String> env = environment(spec);
        env.put(ServiceProcess.MANAGEMENT_PORT, String.valueOf(config.managementPorts().get(spec)));
        ServiceProcess process = ServiceProcess.start(spec.name(), runnable(config, spec), javaOptions(spec), env, log(spec));
        processes.put(spec, process);
        if (supervisor != null) {
            watch(spec, process);
        }
    }

    /**
     * The JVM as in a pod, but for the heap's ceiling ({@link #POD_HEAP}, or a developer's larger one):
     * a small first heap, the serial collector (live sets of 23-47 MB: bench/HISTORY.md), and the C
     * library asked every 5 s to give back the native memory freed since (an option of recent JDK 17
     * updates), which it otherwise keeps.
     */
    public static final String JAVA_OPTIONS = "-Xms32m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000";

    /**
     * The pods' heap (common's {@code quarkus.jib.jvm-additional-arguments}): twice the largest live set
     * the benchmarks measured, so that the tests and benchmarks run the services as tightly as a pod does.
     */
    public static final String POD_HEAP = "-Xmx96m";

    /**
     * What {@code ./netral up} adds: the first compiler (C1) only. On two cores the second one (C2)
     * took 3 of the 10 CPU-seconds a service spent to get ready, four of them starting at once; the
     * peak speed it brings under minutes of load is not what a developer's suite is for. The tests
     * and benchmarks keep both compilers, as a pod does (with C1 only for all four the crash tests,
     * which load the suite, ran slower: bench/HISTORY.md), but for case-service, whose pods run C1
     * only ({@link ServiceSpec#podJavaOptions()}).
     */
    public static final String FIRST_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";

    /**
     * The C library's allocator as in a pod: two arenas instead of eight per core, which threads
     * allocating native memory (JIT, Netty, the JDBC driver) each grew and kept (bench/HISTORY.md).
     */
    public static final Map<String, String> ALLOCATOR = Map.of("MALLOC_ARENA_MAX", "2");

    /** What every instance of a service is started with. */
    private Map<String, String> environment(ServiceSpec spec) {
        Map<String, String> env = new LinkedHashMap<>(ALLOCATOR);
        env.put("NETRAL_DB_URL", jdbcUrl(spec.database()));
        env.put("NETRAL_DB_USER", DB_USER);
        env.put("NETRAL_DB_PASSWORD", DB_USER);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKey().toAbsolutePath().toString());
        env.put("NETRAL_SERVICE_TOKEN", keys.serviceToken());
        // local webhook receivers listen on 127.0.0.1 over plain http; a cluster accepts only https to public addresses
        env.put("NETRAL_NOTIFICATION_WEBHOOKS_ALLOW_LOOPBACK_HTTP", "true");
        // no mail server on a developer's machine: notification-service logs the mails it would send
        env.put("NETRAL_MAIL_MOCK", "true");
        // Every port, not only its own: a service finds its neighbours through the same variables.
        config.ports().forEach((any, port) -> env.put(any.portVariable(), String.valueOf(port)));
        // "{database}" in a setting stands for the service's own database (a pooler's URL, say)
        config.serviceEnvironment().forEach((name, value) -> env.put(name, value.replace("{database}", spec.database())));
        return env;
    }

    /** The configured JVM options, and those this service's pods add when the suite runs the pods' JVM. */
    private List<String> configuredOptions(ServiceSpec spec) {
        List<String> options = new ArrayList<>(config.javaOptions());
        options.addAll(config.addedFor(spec));
        return options;
    }

    /**
     * The configuration's JVM options, and where it asks for one and the JVM has it (JDK 25 and later,
     * JEP 483/514/515), the AOT cache of this build of the service: classes already read, linked and
     * profiled. Without one for the jar as built, this start records it; the JVM writes it beside the
     * jar when it stops (seconds, see {@link #close()}), and every later start loads it.
     */
    private List<String> javaOptions(ServiceSpec spec) throws IOException {
        List<String> options = configuredOptions(spec);
        if (config.aotCache() && Runtime.version().feature() >= 25) {
            Path jar = runnable(config, spec);
            Path cache = jar.resolveSibling(AOT_PREFIX + buildKey(jar.getParent()) + ".aot");
            if (Files.exists(cache)) {
                options.add("-XX:AOTCache=" + cache);
            } else {
                // the caches of earlier builds (100 MB each) go: their jar is gone
                try (Stream<Path> old = Files.list(jar.getParent())) {
                    for (Path file : old.filter(f -> f.getFileName().toString().startsWith(AOT_PREFIX)).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                training = true;
                options.add("-XX:AOTCacheOutput=" + cache);
            }
        }
        return options;
    }

    /**
     * What names one build of a service: every file of its quarkus-app folder (path, size, time), the
     * caches aside. The JVM does not notice a cache made for other classes (a cache of roster-service
     * given to rules-service's jar started roster-service's configuration, seen on Temurin 25): a cache
     * must never outlive the build it was recorded on, not even a rebuild of one library.
     */
    static String buildKey(Path appFolder) throws IOException {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(appFolder)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(AOT_PREFIX)).sorted().toList()) {
                String entry = appFolder.relativize(file) + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis() + "\n";
                digest.update(entry.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /** Whether this run records AOT caches, written when the suite stops. */
    public boolean recordsAotCache() {
        return training;
    }

    private void awaitReady(ServiceSpec spec) throws InterruptedException {
        processes.get(spec).awaitReady(config.readyTimeout());
    }

    public Path log(ServiceSpec spec) {
        return config.home().resolve("logs").resolve(spec.name() + ".log");
    }

    private static Path runnable(Config config, ServiceSpec spec) {
        return config.root().resolve(spec.name()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static void checkPortsFree(Config config) {
        List<String> busy = new ArrayList<>();
        if (!isFree(config.postgresPort())) {
            busy.add("PostgreSQL port " + config.postgresPort() + " (NETRAL_PG_PORT)");
        }
        config.ports().forEach((spec, port) -> {
            if (!isFree(port)) {
                busy.add(spec.name() + " port " + port + " (" + spec.portVariable() + ")");
            }
        });
        config.managementPorts().forEach((spec, port) -> {
            if (!isFree(port)) {
                busy.add(spec.name() + " management port " + port + " (" + spec.managementPortVariable() + ")");
            }
        });
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Ports already in use: " + String.join(", ", busy)
                    + ". Stop whatever holds them or choose other ports with the variables named.");
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Starts the console against this suite, with the development sign-in (the dev key) and the
     * portal identity minted from it; returns its address once it is ready.
     */
    public synchronized String startConsole() throws IOException, InterruptedException {
        return startConsole(Map.of());
    }

    /**
     * The console with settings added or overriding the development ones: sign-in through an IdP
     * (NETRAL_CONSOLE_OIDC_*), say. The suite's own settings that are the console's too (how tokens
     * are verified: key location, issuer, audience) come with it.
     */
    public synchronized String startConsole(Map<String, String> settings) throws IOException, InterruptedException {
        launchConsole(settings);
        console.awaitReady(config.readyTimeout());
        return consoleUrl();
    }

    private void launchConsole(Map<String, String> settings) throws IOException {
        ServiceSpec spec = ServiceSpec.CONSOLE;
        Path jar = runnable(config, spec);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build with 'mvn -DskipTests package' first");
        }
        Map<String, String> env = new LinkedHashMap<>(ALLOCATOR);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKey().toAbsolutePath().toString());
        env.put("NETRAL_CONSOLE_DEV_SIGNING_KEY", keys.privateKey().toAbsolutePath().toString());
        config.ports().forEach((any, port) -> env.put(any.portVariable(), String.valueOf(port)));
        env.put(ServiceProcess.MANAGEMENT_PORT, String.valueOf(config.managementPorts().get(spec)));
        config.serviceEnvironment().forEach((name, value) -> {
            if (name.startsWith("MP_JWT_") || name.startsWith("NETRAL_JWT_")) {
                env.put(name, value);
            }
        });
        env.putAll(settings);
        console = ServiceProcess.start(spec.name(), jar, javaOptions(spec), env, log(spec));
    }

    /** Stops the console (gracefully, then by force after 15 s); the services go on. */
    public synchronized void stopConsole() {
        if (console != null) {
            console.stop(Duration.ofSeconds(15));
            console = null;
        }
    }

    /** The console's address under this configuration. */
    public String consoleUrl() {
        return "http://localhost:" + config.ports().get(ServiceSpec.CONSOLE);
    }

    /** Stops the console and the services (gracefully, then by force after 15 s) and then PostgreSQL. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<ServiceProcess> all = new ArrayList<>(replicas);
        all.addAll(processes.values());
        if (console != null) {
            all.add(console);
        }
        replicas.clear();
        processes.clear();
        // all at once: each one's shutdown (and the AOT cache a training run writes) waits on none of the others
        Duration grace = Duration.ofSeconds(training ? 120 : 15);
        List<Thread> stopping = all.stream().map(process -> new Thread(() -> process.stop(grace), "stop-" + process)).toList();
        stopping.forEach(Thread::start);
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
