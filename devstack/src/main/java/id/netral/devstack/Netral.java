package id.netral.devstack;

import id.netral.common.domain.RegionCode;
import id.netral.common.security.Roles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The {@code ./netral} command: {@code up}, {@code token}, {@code reset}. */
public final class Netral {
    private static final Set<String> ROLES = java.util.stream.Stream.concat(java.util.Arrays.stream(Roles.ALL),
            java.util.stream.Stream.of(Roles.ASN)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern TTL = Pattern.compile("(\\d+)([smhd])");

    private Netral() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("netral.root", ".")).toAbsolutePath().normalize();
        Suite.Config config = Suite.Config.fromEnvironment(root);
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        try {
            switch (command) {
                case "up" -> up(config, rest.contains("--demo"));
                case "demo" -> demo(config, Suite.urls(config));
                case "token" -> System.out.println(token(config, rest));
                case "reset" -> reset(config);
                case "help", "-h", "--help" -> help();
                default -> fail("Unknown command '" + command + "'. Try ./netral help");
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            fail(e.getMessage());
        } catch (Exception e) {
            // a refusal from the suite (the generated clients' ApiException): its status and problem details, no stack trace
            if (!e.getClass().getSimpleName().equals("ApiException")) {
                throw e;
            }
            fail(e.getMessage());
        }
    }

    private static void up(Suite.Config config, boolean withDemo) throws Exception {
        Files.createDirectories(config.home());
        try (FileChannel channel = new RandomAccessFile(config.home().resolve("netral.lock").toFile(), "rw").getChannel()) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String pid = new String(Files.readAllBytes(config.home().resolve("netral.pid")), StandardCharsets.UTF_8).trim();
                fail("Netral is already running from " + config.home() + " (pid " + pid + "). "
                        + "Use that one, or stop it with Ctrl-C in its terminal first.");
            }
            Files.writeString(config.home().resolve("netral.pid"), String.valueOf(ProcessHandle.current().pid()));
            long started = System.nanoTime();
            Suite suite = Suite.start(config, System.out, true);
            suite.restartWhenDead(System.out);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.println("\nStopping Netral...");
                suite.close();
                System.out.println("Stopped. Data is kept in " + config.home() + " (./netral reset wipes it).");
                stopped.countDown();
            }));
            printWelcome(config, suite, Duration.ofNanos(System.nanoTime() - started));
            if (withDemo) {
                System.out.println();
                demo(config, ServiceSpec.SUITE.stream().map(suite::url).toList());
                System.out.println("\nNetral is still up with the demo loaded. Press Ctrl-C to stop.");
            }
            stopped.await();
        }
    }

    private static void printWelcome(Suite.Config config, Suite suite, Duration took) {
        System.out.printf("%nNetral is up (%.1f s). Logs in %s%n", took.toMillis() / 1000.0, config.home().resolve("logs"));
        if (suite.recordsAotCache()) {
            System.out.println("First start of this build on Java " + Runtime.version().feature() + ": each service records its AOT cache,"
                    + " written when Netral stops; the next start loads it (NETRAL_AOT_CACHE=false turns this off).");
        }
        System.out.println();
        for (ServiceSpec spec : ServiceSpec.SUITE) {
            System.out.printf("  %-21s %s   Swagger UI: %s/q/swagger-ui   health and metrics: %s/q/health, /q/metrics%n",
                    spec.name(), suite.url(spec), suite.url(spec), suite.managementUrl(spec));
        }
        String token = suite.keys().mint(List.of("admin"), "*", Duration.ofHours(8), "dev-admin", null);
        System.out.println("\n  Open the console:     " + suite.consoleUrl() + "   (development sign-in: pick a role and region)");
        System.out.println("\nAdmin token (national, 8 h):\n" + token);
        System.out.println("\nTry:  curl -H \"Authorization: Bearer $(./netral token --role admin --region '*')\" "
                + suite.url(ServiceSpec.SUITE.get(0)) + "/api/v1/regions");
        System.out.println("Press Ctrl-C to stop.");
    }

    /**
     * Loads the demo region and plays the stories against the running suite, with tokens of the
     * dev key; NETRAL_DEMO_STAFF staff per region (1,000). The letter goes to NETRAL_HOME/demo.
     */
    private static void demo(Suite.Config config, List<String> urls) throws Exception {
        id.netral.devstack.demo.Endpoints endpoints = new id.netral.devstack.demo.Endpoints(urls.get(0), urls.get(1), urls.get(2), urls.get(3));
        if (!Suite.answers(urls.get(0))) {
            throw new IllegalStateException("Netral is not running at " + urls.get(0) + ": start it with ./netral up (or ./netral up --demo)");
        }
        DevKeys keys = DevKeys.loadOrCreate(config.home().resolve("keys"));
        id.netral.devstack.demo.Officers officers = id.netral.devstack.demo.Officers.minting(keys, Duration.ofHours(1));
        int staff = Integer.parseInt(System.getenv().getOrDefault("NETRAL_DEMO_STAFF", "1000"));
        new id.netral.devstack.demo.Demo(endpoints, officers, System.out).run(staff, config.home().resolve("demo"));
    }

    static String token(Suite.Config config, List<String> args) throws IOException {
        List<String> roles = new ArrayList<>();
        String region = null;
        String subject = "dev-user";
        String agency = null;
        Duration ttl = Duration.ofHours(1);
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("Option " + option + " needs a value");
            }
            String value = args.get(++i);
            switch (option) {
                case "--role" -> roles.addAll(Arrays.asList(value.split(",")));
                case "--region" -> region = value;
                case "--ttl" -> ttl = parseTtl(value);
                case "--sub" -> subject = value;
                case "--agency" -> agency = value;
                default -> throw new IllegalArgumentException("Unknown option " + option
                        + ". Usage: ./netral token --role ROLE --region CODE [--ttl 1h] [--sub NAME] [--agency CODE]");
            }
        }
        if (roles.isEmpty() || !ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("--role must be one or more of " + new java.util.TreeSet<>(ROLES)
                    + " (comma-separated)");
        }
        // an employee's token (role asn) carries no region: it reads only what is addressed to its sub
        boolean employeeOnly = roles.equals(List.of(Roles.ASN)) && region == null;
        if (!employeeOnly && (region == null || !RegionCode.isValid(region))) {
            throw new IllegalArgumentException("--region must be a Kemendagri code such as 34 or 34.04, or '*' for national");
        }
        return DevKeys.loadOrCreate(config.home().resolve("keys")).mint(roles, region, ttl, subject, agency);
    }

    static Duration parseTtl(String value) {
        Matcher m = TTL.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("--ttl must look like 30m, 1h or 2d");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private static void reset(Suite.Config config) throws IOException {
        Path lockFile = config.home().resolve("netral.lock");
        if (Files.exists(lockFile)) {
            try (FileChannel channel = new RandomAccessFile(lockFile.toFile(), "rw").getChannel()) {
                if (channel.tryLock() == null) {
                    fail("Netral is running; stop it (Ctrl-C) before ./netral reset");
                }
            }
        }
        if (Files.exists(config.home())) {
            try (Stream<Path> files = Files.walk(config.home())) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        System.out.println("Wiped " + config.home() + " (databases, logs, dev keys). The next ./netral up starts empty.");
    }

    /** The usage text, which ./netral prints itself before anything is built (devstack/src/main/resources). */
    private static void help() throws java.io.IOException {
        try (var usage = Netral.class.getResourceAsStream("/netral-usage.txt")) {
            System.out.print(new String(usage.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static void fail(String message) {
        System.err.println("netral: " + message);
        System.exit(2);
    }
}
