package id.netral.bench;

import id.netral.devstack.ServiceSpec;
import id.netral.devstack.Suite;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@link ClassifierBenchmark} (JMH, one thread, its own JVM) on the catalog the suite's
 * rules-service serves: classifications per second with the explanation rendered, against the
 * verdict alone as baseline.
 */
final class ClassifierBench {
    private ClassifierBench() {
    }

    static List<Figure> run(Suite suite, Scale scale) throws Exception {
        ServiceSpec rules = ServiceSpec.SUITE.get(1);
        String admin = "Bearer " + suite.keys().mint(List.of("admin"), "*", Duration.ofHours(1), "bench", null);
        CatalogLoader.export(HttpClient.newHttpClient(), suite.url(rules), admin, BenchSuite.root().resolve(CatalogLoader.FILE));
        // Five warm-up rounds and two forks: after three rounds of 2 s the JIT was still compiling (a first measured
        // round at 1.1 M/s, the next at 4.3), and one fork settles at 3.5 M/s where another settles at 4.9, so a
        // single fork's figure was which way its compilation fell (bench/HISTORY.md, twenty-seventh session).
        Options options = new OptionsBuilder().include(ClassifierBenchmark.class.getName())
                .warmupIterations(scale.quick() ? 1 : 5).warmupTime(TimeValue.seconds(scale.quick() ? 1 : 2))
                .measurementIterations(scale.quick() ? 2 : 5).measurementTime(TimeValue.seconds(scale.quick() ? 1 : 2))
                .forks(scale.quick() ? 1 : 2)
                .resultFormat(ResultFormatType.JSON).result(BenchSuite.out().resolve("jmh.json").toString()).build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> perSecond = results.stream().collect(Collectors.toMap(
                r -> r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1),
                r -> r.getPrimaryResult().getScore()));
        if (!perSecond.containsKey("classify") || !perSecond.containsKey("classifyAndExplain")) {
            throw new IllegalStateException("JMH measured only " + perSecond.keySet() + ": its output above says why");
        }
        double verdict = perSecond.get("classify") / 1e6;
        double explained = perSecond.get("classifyAndExplain") / 1e6;
        return List.of(Figure.of("classifier", "verdict alone, one thread", verdict, "M/s", null),
                Figure.against("classifier", "verdict and its explanation (Indonesian), one thread", explained, "M/s",
                        String.format(java.util.Locale.ROOT, "verdict alone %.2f M/s", verdict), verdict, Goal.valueAtLeast(3.7)));
    }
}
