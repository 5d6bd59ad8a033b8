package id.netral.bench;

import id.netral.devstack.Suite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /** The JVM option that logs collections to {@code folder/gc-<pid>.log}. */
    static String gcLog(Path folder) {
        return "-Xlog:gc:file=" + folder.resolve("gc-%p.log") + ":uptime";
    }

    /**
     * A fresh suite with its data under bench/out/{@code name}-…; closing it stops everything, and so
     * does stopping the benchmark (Ctrl-C, kill): its JVMs and PostgreSQL would otherwise run on and
     * skew the next run's figures.
     */
    static Suite start(String name) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory(out(), name + "-");
        // every JVM's collections logged, one file per process: the live sets the pods' heaps are sized from (ProcessMemory)
        Suite suite = Suite.start(Suite.Config.isolated(root(), home).withJavaOptions(List.of(gcLog(home))), System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(suite::close));
        return suite;
    }
}
