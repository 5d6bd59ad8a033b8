package id.netral.bench;

import id.netral.devstack.ServiceSpec;
import id.netral.devstack.Suite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.StringJoiner;

/** Resident memory of the suite's JVMs, from /proc: what the Kubernetes requests and limits are sized from. */
final class ProcessMemory {
    private ProcessMemory() {
    }

    /** A process's resident set in KB (0 once it has ended). */
    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    /** The resident memory of the service a benchmark loaded, right after the load: issue 28 wants at most 300 MB. */
    static Figure afterLoad(String benchmark, Suite suite, ServiceSpec spec) {
        System.out.println("after the load: " + ofSuite(suite));
        return Figure.of(benchmark, spec.name() + " RSS after the load", rssKb(suite.pid(spec)) / 1024.0, "MB", Goal.valueAtMost(300));
    }

    /** Every service's RSS now, in MB: {@code roster-service 412 MB, rules-service ...}. */
    static String ofSuite(Suite suite) {
        StringJoiner all = new StringJoiner(", ", "RSS now: ", " (heap capped at " + String.join(" ", suite.config().javaOptions()) + ")");
        for (ServiceSpec spec : ServiceSpec.SUITE) {
            all.add(String.format(Locale.ROOT, "%s %d MB", spec.name(), rssKb(suite.pid(spec)) / 1024));
        }
        return all.toString();
    }
}
