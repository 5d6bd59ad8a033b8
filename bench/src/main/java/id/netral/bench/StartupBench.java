package id.netral.bench;

import id.netral.common.testing.NeighbourJars;
import id.netral.common.testing.ServiceProcess;
import id.netral.devstack.ServiceSpec;
import id.netral.devstack.Suite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up and memory (issue 28, item 1), as ratios against the smallest Quarkus REST application
 * (module bench/minimal-app) built and started the same way in the same run: {@code ./netral up}
 * as a developer runs it (see {@link #developerStarts}), then the four services together with the
 * pods' JVM options (PostgreSQL included), and each alone with them, killed and
 * started again while the others idle (its database there and migrated, so Flyway only validates),
 * and the console started beside them and stopped again: wall time from launch to readiness 200 on the management port (polled every 50 ms), Quarkus' own
 * "started in", resident memory 5 s after ready (the compilers still at work on the start's code)
 * and, once per process, idle: 30 s after ready, when a pod has settled.
 *
 * <p>In {@code ./netral bench} as "startup"; alone {@code StartupBench [ROUNDS]} (3): each figure is the median of the rounds.
 */
public final class StartupBench {
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final Duration IDLE = Duration.ofSeconds(30);

    private StartupBench() {
    }

    /** One process's figures: launch to ready, Quarkus' own start time, RSS 5 s after ready. */
    record Start(long readyMs, double quarkusSeconds, long rssMb) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Scale full = Scale.FULL;
        Measured measured = measure(new Scale(false, full.seconds(), full.warmUpSeconds(), full.rounds(), full.rows(), full.employees(),
                full.events(), full.recipients(), rounds));
        measured.suite().close();
    }

    /** The figures, and the suite started for them, still running (the caller closes it, or goes on with it). */
    record Measured(List<Figure> figures, Suite suite) {
    }

    static Measured measure(Scale scale) throws Exception {
        int rounds = scale.startRounds();
        // a quick run (CI's) only shows that each figure is produced: it reads "idle" 5 s after ready
        Duration idleAfter = scale.quick() ? SETTLE : IDLE;
        Path root = BenchSuite.root();
        Path minimal = root.resolve("bench/minimal-app/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(minimal)) {
            throw new IllegalStateException(minimal + " is missing: build with mvn -DskipTests package first");
        }
        Developer developer = developerStarts(rounds);
        long suiteStart = System.nanoTime();
        Suite suite = BenchSuite.start("startup");
        long together = Duration.ofNanos(System.nanoTime() - suiteStart).toMillis();
        Thread.sleep(SETTLE.toMillis());
        Map<String, Long> rssTogether = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.SUITE) {
            rssTogether.put(spec.name(), ProcessMemory.rssKb(suite.pid(spec)) / 1024);
        }

        // the minimal app started as each service is: with the suite's options, and again with what a service's
        // own pods add (case-service: the first compiler only), so that each ratio compares like with like
        Map<List<String>, Start> baselines = new LinkedHashMap<>();
        Path logs = Files.createTempDirectory(BenchSuite.out(), "minimal-");
        long[] minimalIdle = new long[1];
        for (List<String> added : java.util.stream.Stream.concat(java.util.stream.Stream.of(List.<String>of()),
                ServiceSpec.SUITE.stream().map(spec -> suite.config().addedFor(spec))).distinct().toList()) {
            List<String> options = new ArrayList<>(suite.config().javaOptions());
            options.addAll(added);
            List<Start> starts = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                starts.add(minimalApp(minimal, options, logs.resolve("minimal-" + baselines.size() + "-" + i + ".log"),
                        added.isEmpty() && i == rounds - 1 ? minimalIdle : null, idleAfter));
            }
            baselines.put(added, median(starts));
        }
        Map<String, List<Start>> alone = new LinkedHashMap<>();
        Map<String, Long> idle = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.SUITE) {
            List<Start> starts = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                long launched = System.nanoTime();
                suite.killAndRestart(spec);
                long ready = Duration.ofNanos(System.nanoTime() - launched).toMillis();
                Thread.sleep(SETTLE.toMillis());
                starts.add(new Start(ready, lastStartedIn(suite.log(spec)), ProcessMemory.rssKb(suite.pid(spec)) / 1024));
            }
            Thread.sleep(idleAfter.minus(SETTLE).toMillis());
            idle.put(spec.name(), ProcessMemory.rssKb(suite.pid(spec)) / 1024);
            alone.put(spec.name(), starts);
        }
        // the console (no database: pages and calls to the four), started beside the suite and stopped again
        List<Start> consoleStarts = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long launched = System.nanoTime();
            suite.startConsole();
            long ready = Duration.ofNanos(System.nanoTime() - launched).toMillis();
            Thread.sleep(SETTLE.toMillis());
            consoleStarts.add(new Start(ready, lastStartedIn(suite.log(ServiceSpec.CONSOLE)), ProcessMemory.rssKb(suite.pid(ServiceSpec.CONSOLE)) / 1024));
            if (i == rounds - 1) {
                Thread.sleep(idleAfter.minus(SETTLE).toMillis());
                idle.put(ServiceSpec.CONSOLE.name(), ProcessMemory.rssKb(suite.pid(ServiceSpec.CONSOLE)) / 1024);
            }
            suite.stopConsole();
        }
        alone.put(ServiceSpec.CONSOLE.name(), consoleStarts);

        Start base = baselines.get(List.of());
        Map<String, List<String>> addedBy = new LinkedHashMap<>();
        ServiceSpec.WITH_CONSOLE.forEach(spec -> addedBy.put(spec.name(), suite.config().addedFor(spec)));
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%nStart-up and memory, %d rounds, JVM options %s%n", rounds, suite.config().javaOptions()));
        report.append(String.format(Locale.ROOT, "%-22s %10s %8s %14s %10s %8s %10s%n", "", "ready ms", "ratio", "Quarkus says", "RSS 5 s",
                "ratio", "RSS idle"));
        report.append(row("minimal Quarkus app", base, base, minimalIdle[0]));
        baselines.forEach((added, b) -> {
            if (!added.isEmpty()) {
                report.append(String.format(Locale.ROOT, "%-22s %10d   (with %s, as %s)%n", "minimal app, added", b.readyMs(),
                        String.join(" ", added), addedBy.entrySet().stream().filter(e -> e.getValue().equals(added)).map(Map.Entry::getKey).toList()));
            }
        });
        alone.forEach((name, starts) -> report.append(row(name + " alone", median(starts), baselines.get(addedBy.get(name)), idle.get(name))));
        report.append(String.format(Locale.ROOT, "%-22s %10d %8.2f   (PostgreSQL start and four databases included)%n",
                "all four, pods' JVM", together, together / (double) base.readyMs()));
        report.append(String.format(Locale.ROOT, "./netral up (%s): first start %,d ms, then %s ms%n", developer.how(), developer.first(),
                java.util.Arrays.toString(developer.again())));
        report.append("RSS idle with all four up: ").append(rssTogether).append(" MB\n");
        System.out.print(report);

        String minimalReady = String.format(Locale.ROOT, "minimal app %,d ms", base.readyMs());
        String minimalRss = String.format(Locale.ROOT, "minimal app %d MB", minimalIdle[0]);
        List<Figure> figures = new ArrayList<>();
        alone.forEach((name, starts) -> {
            List<String> added = addedBy.get(name);
            Start against = baselines.get(added);
            String baseline = added.isEmpty() ? minimalReady
                    : String.format(Locale.ROOT, "minimal app with %s %,d ms", String.join(" ", added), against.readyMs());
            figures.add(Figure.against("startup", name + " alone, launch to ready", median(starts).readyMs(), "ms", baseline, against.readyMs(),
                    Goal.ratioAtMost(2)));
        });
        figures.add(Figure.against("startup", "all four with PostgreSQL, the pods' JVM options, launch to ready", together, "ms",
                minimalReady, base.readyMs(), null));
        // the names stay the same from run to run (RESULTS.md's header names the JVM); the printed report says what was loaded
        figures.add(Figure.against("startup", "./netral up on a new database (C1 only; records the AOT cache on Java 25+), launch to ready",
                developer.first(), "ms", minimalReady, base.readyMs(), null));
        figures.add(Figure.against("startup", "./netral up again, data kept (C1 only; AOT cache on Java 25+), launch to ready",
                medianOf(developer.again().clone()), "ms", minimalReady, base.readyMs(), Goal.valueAtMost(5000)));
        String idleName = " RSS idle (" + idleAfter.toSeconds() + " s after ready)";
        alone.forEach((name, starts) -> figures.add(Figure.against("startup", name + idleName, idle.get(name), "MB", minimalRss, minimalIdle[0],
                Goal.valueAtMost(200))));
        return new Measured(figures, suite);
    }

    /** {@code ./netral up}'s starts: the first on a new database, then {@code again} with the data kept; {@code how} its JVM's. */
    record Developer(long first, long[] again, String how) {
    }

    /**
     * The four and the console started as {@code ./netral up} starts them (a developer's JVM options,
     * data kept, the AOT cache where the JVM has one): first on a new database, which also records
     * the AOT cache when this build has none yet, then {@code rounds} times again, each stopped
     * (its cache written) before the next. On free ports, in a folder of its own, removed after.
     */
    private static Developer developerStarts(int rounds) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory(BenchSuite.out(), "startup-up-");
        Suite.Config config = Suite.Config.isolated(BenchSuite.root(), home).asDevelopment();
        long[] took = new long[rounds + 1];
        boolean recorded = false;
        for (int i = 0; i <= rounds; i++) {
            long launched = System.nanoTime();
            try (Suite suite = Suite.start(config, System.out, true)) {
                took[i] = Duration.ofNanos(System.nanoTime() - launched).toMillis();
                recorded |= suite.recordsAotCache();
            }
        }
        try (java.util.stream.Stream<Path> files = Files.walk(home.resolve("pgdata"))) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        String compiler = String.join(" ", config.javaOptions()).contains(Suite.FIRST_COMPILER_ONLY) ? "C1 only" : "both compilers";
        String cache = Runtime.version().feature() < 25 ? "no AOT cache on Java " + Runtime.version().feature()
                : recorded ? "AOT cache recorded by the first start" : "AOT cache of this build";
        return new Developer(took[0], java.util.Arrays.copyOfRange(took, 1, took.length), compiler + ", " + cache);
    }

    private static String row(String name, Start s, Start base, long idleMb) {
        return String.format(Locale.ROOT, "%-22s %10d %8.2f %13.2fs %7d MB %8.2f %7d MB%n", name, s.readyMs(), s.readyMs() / (double) base.readyMs(),
                s.quarkusSeconds(), s.rssMb(), s.rssMb() / (double) base.rssMb(), idleMb);
    }

    /**
     * The minimal application, started as Suite starts a service (same JVM, options, allocator, management port), and stopped
     * again; with {@code idleMb}, its RSS {@code idleAfter} ready is written there.
     */
    private static Start minimalApp(Path jar, List<String> javaOptions, Path log, long[] idleMb, Duration idleAfter)
            throws IOException, InterruptedException {
        Map<String, String> env = new java.util.HashMap<>(Suite.ALLOCATOR);
        env.put("NETRAL_MINIMAL_PORT", String.valueOf(NeighbourJars.freePort()));
        env.put(ServiceProcess.MANAGEMENT_PORT, String.valueOf(NeighbourJars.freePort()));
        long launched = System.nanoTime();
        ServiceProcess app = ServiceProcess.start("minimal-app", jar, javaOptions, env, log);
        try {
            app.awaitReady(Duration.ofMinutes(1));
            long ready = Duration.ofNanos(System.nanoTime() - launched).toMillis();
            Thread.sleep(SETTLE.toMillis());
            Start start = new Start(ready, lastStartedIn(log), ProcessMemory.rssKb(app.pid()) / 1024);
            if (idleMb != null) {
                Thread.sleep(idleAfter.minus(SETTLE).toMillis());
                idleMb[0] = ProcessMemory.rssKb(app.pid()) / 1024;
            }
            return start;
        } finally {
            app.stop(Duration.ofSeconds(10));
        }
    }

    /** The last "started in 1.234s" Quarkus logged (0 when none). */
    private static double lastStartedIn(Path log) throws IOException {
        double seconds = 0;
        Matcher m = STARTED.matcher(Files.readString(log));
        while (m.find()) {
            seconds = Double.parseDouble(m.group(1));
        }
        return seconds;
    }

    private static Start median(List<Start> starts) {
        return new Start(medianOf(starts.stream().mapToLong(Start::readyMs).toArray()),
                starts.stream().mapToDouble(Start::quarkusSeconds).sorted().toArray()[starts.size() / 2],
                medianOf(starts.stream().mapToLong(Start::rssMb).toArray()));
    }

    private static long medianOf(long[] values) {
        java.util.Arrays.sort(values);
        return values[values.length / 2];
    }
}
