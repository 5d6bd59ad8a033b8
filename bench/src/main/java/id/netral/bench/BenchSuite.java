package id.netral.bench;

import id.netral.devstack.Suite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where every benchmark writes (bench/out) and how it starts the suite: as ./netral up does, on free ports. */
final class BenchSuite {
    private BenchSuite() {
    }

    /** The project's root ({@code -Dnetral.root}, as bench/run.sh sets it). */
    static Path root() {
        return Path.of(System.getProperty("netral.root", ".")).toAbsolutePath().normalize();
    }

    /** bench/out, where results, generated files and the suites' data go. */
    static Path out() throws IOException {
        return Files.createDirectories(root().resolve("bench/out"));
    }

    /**
     * A fresh suite with its data under bench/out/{@code name}-…; closing it stops everything, and so
     * does stopping the benchmark (Ctrl-C, kill): its JVMs and PostgreSQL would otherwise run on and
     * skew the next run's figures.
     */
    static Suite start(String name) throws IOException, InterruptedException {
        Suite suite = Suite.start(Suite.Config.isolated(root(), Files.createTempDirectory(out(), name + "-")), System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(suite::close));
        return suite;
    }
}
