package id.netral.bench;

import id.netral.devstack.Suite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./netral bench [name…] [--quick]}: every benchmark (or the named ones), each with its
 * warm-up, its data and the suite it needs, then one table of every figure with its baseline, ratio
 * and goal in bench/RESULTS.md, a chart of each figure against its goal in bench/results.svg, and
 * the table added to bench/HISTORY.md. A run of some benchmarks only writes its table and chart to
 * bench/out/NAME-…/ (and adds to the history): the current table is always one whole run.
 * {@code --quick} runs everything small on one shared suite and writes to bench/out/quick/: it
 * proves that every benchmark runs and yields its figures (CI runs it), not how fast anything is.
 * Exits 1 when a benchmark failed or yielded no figure.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        List<String> names = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                names.add(arg);
            } else if (!arg.equals("--quick")) {
                usage("unknown option " + arg);
            }
        }
        List<String> known = new ArrayList<>(List.of(Benchmark.STARTUP));
        Benchmark.ON_A_SUITE.forEach(b -> known.add(b.name()));
        for (String name : names) {
            if (!known.contains(name)) {
                usage("no benchmark called " + name);
            }
        }
        Scale scale = quick ? Scale.QUICK : Scale.FULL;
        Results.Run starting = Results.Run.starting(BenchSuite.root(), quick, args);
        long started = System.nanoTime();
        Map<String, List<Figure>> figures = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        Suite shared = null;
        try {
            if (names.isEmpty() || names.contains(Benchmark.STARTUP)) {
                banner(Benchmark.STARTUP, "start-up and memory of each service against a minimal Quarkus application");
                try {
                    StartupBench.Measured measured = StartupBench.measure(scale);
                    figures.put(Benchmark.STARTUP, measured.figures());
                    // a quick run goes on with the suite start-up left running; a full one gives every benchmark its own
                    if (quick) {
                        shared = measured.suite();
                    } else {
                        measured.suite().close();
                    }
                } catch (Exception | AssertionError e) {
                    failures.put(Benchmark.STARTUP, failure(e));
                }
            }
            for (Benchmark benchmark : Benchmark.ON_A_SUITE) {
                if (!names.isEmpty() && !names.contains(benchmark.name())) {
                    continue;
                }
                banner(benchmark.name(), benchmark.measures());
                Suite suite = null;
                try {
                    if (quick) {
                        shared = shared != null ? shared : BenchSuite.start("quick");
                        suite = shared;
                    } else {
                        suite = BenchSuite.start(benchmark.name());
                    }
                    List<Figure> measured = benchmark.body().run(suite, scale);
                    figures.put(benchmark.name(), measured);
                    measured.forEach(f -> System.out.println("  " + f.name() + ": " + f.formattedValue()));
                } catch (Exception | AssertionError e) {
                    failures.put(benchmark.name(), failure(e));
                } finally {
                    if (suite != null && suite != shared) {
                        suite.close();
                    }
                }
            }
        } finally {
            if (shared != null) {
                shared.close();
            }
        }
        figures.forEach((name, list) -> {
            if (list.isEmpty()) {
                failures.put(name, "no figure");
            }
        });
        Results.Run run = starting.took(Duration.ofNanos(System.nanoTime() - started));
        List<Figure> all = figures.values().stream().flatMap(List::stream).toList();
        // only a run of every benchmark at full scale is the current table; a quick or partial run goes beside it
        Path folder = quick ? Files.createDirectories(BenchSuite.out().resolve("quick"))
                : names.isEmpty() ? BenchSuite.root().resolve("bench")
                : Files.createDirectories(BenchSuite.out().resolve(String.join("-", names)));
        String table = Results.markdown(all, failures, run);
        Files.writeString(folder.resolve("RESULTS.md"), table);
        Files.writeString(folder.resolve("results.svg"), Results.svg(all, run));
        Path history = BenchSuite.root().resolve("bench/HISTORY.md");
        if (!quick) {
            Results.appendToHistory(history, all, failures, run);
        }
        System.out.println();
        System.out.println(table);
        System.out.println("written: " + folder.resolve("RESULTS.md") + ", " + folder.resolve("results.svg")
                + (quick ? "" : ", " + history));
        if (!failures.isEmpty()) {
            System.err.println("bench: failed: " + failures);
            System.exit(1);
        }
    }

    private static void banner(String name, String measures) {
        System.out.println();
        System.out.println("== " + name + ": " + measures);
    }

    private static String failure(Throwable e) {
        e.printStackTrace();
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static void usage(String problem) {
        System.err.println("bench: " + problem);
        System.err.println("usage: ./netral bench [startup|classification|classifier|roster|intake|notification ...] [--quick]");
        System.exit(2);
    }

    /** A benchmark class's own main: this one benchmark on a fresh suite, its figures printed (for profiling by hand). */
    static void standalone(String name, Benchmark.Body body, Scale scale) throws Exception {
        List<Figure> figures;
        try (Suite suite = BenchSuite.start(name)) {
            figures = body.run(suite, scale);
        }
        figures.forEach(f -> System.out.println(f.name() + ": " + f.formattedValue()
                + (f.hasRatio() ? String.format(java.util.Locale.ROOT, " (%.2f × %s)", f.ratio(), f.baseline()) : "")));
    }
}
