package id.netral.bench;

import id.netral.devstack.Suite;
import java.util.List;

/**
 * One benchmark of {@code ./netral bench}: its name on the command line, what it measures, and how
 * it runs against a started suite (a fresh one on a full run, one shared by all on a quick run).
 */
record Benchmark(String name, String measures, Body body) {
    @FunctionalInterface
    interface Body {
        List<Figure> run(Suite suite, Scale scale) throws Exception;
    }

    /** Every benchmark but start-up (which starts the suite itself), in the order a run makes them. */
    static final List<Benchmark> ON_A_SUITE = List.of(
            new Benchmark("classification", "classification over HTTP against rules-service's health endpoint", SuiteBench::run),
            new Benchmark("classifier", "the classifier in process (JMH), with and without explanations", ClassifierBench::run),
            new Benchmark("roster", "import against COPY, account lookups against health, batches, name search", RosterBench::run),
            new Benchmark("intake", "case intake against case-service's health endpoint, the outbox relay", CaseBench::run),
            new Benchmark("notification", "webhook deliveries against health, a broadcast to a large audience", NotificationBench::run));

    static final String STARTUP = "startup";
}
