package id.netral.bench;

import id.netral.devstack.ServiceSpec;
import id.netral.devstack.Suite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * The resident memory of the service a benchmark loaded, right after the load (issue 28 wants at
     * most 300 MB), and from its GC log the heap it kept: the most it held after any collection (an
     * upper bound of its live set, as garbage that reached the old generation counts until a full
     * collection), and the most the heap had grown to.
     */
    static List<Figure> afterLoad(String benchmark, Suite suite, ServiceSpec spec) throws IOException {
        System.out.println("after the load: " + ofSuite(suite));
        long pid = suite.pid(spec);
        List<Figure> figures = new ArrayList<>(List.of(Figure.of(benchmark, spec.name() + " RSS after the load", rssKb(pid) / 1024.0, "MB",
                Goal.valueAtMost(300))));
        Path log = suite.config().home().resolve("gc-" + pid + ".log");
        if (Files.exists(log)) {
            Heap heap = Heap.of(Files.readAllLines(log));
            System.out.println(spec.name() + " GC log: " + heap);
            figures.add(Figure.of(benchmark, spec.name() + " heap after a collection, at most", heap.afterMaxMb(), "MB", null));
            figures.add(Figure.of(benchmark, spec.name() + " heap grown to, at most", heap.committedMaxMb(), "MB", null));
        }
        // after the RSS was read: the full collection it takes would change it
        long live = liveSetBytes(pid);
        if (live > 0) {
            figures.add(Figure.of(benchmark, spec.name() + " live set after the load (a full collection)", live / 1048576.0, "MB", null));
        }
        return figures;
    }

    /**
     * What a JVM really keeps: the bytes of its objects after a full collection, as {@code jcmd
     * GC.class_histogram} reports them (the histogram collects first). The GC log's "left after a
     * collection" is only an upper bound: under load garbage reaches the old generation with every
     * young collection and stays there until a full one (case-service after intake: 110-120 MB there,
     * 31-37 MB live). 0 when jcmd is not at hand.
     */
    static long liveSetBytes(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return 0;
        }
        try {
            Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor();
            Matcher total = TOTAL.matcher(out);
            return total.find() ? Long.parseLong(total.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

    /** What a JVM's {@code -Xlog:gc} says of its heap: the most left after a collection, the most committed, the collections. */
    record Heap(long afterMaxMb, long committedMaxMb, int collections, int full, double pausedMs) {
        private static final Pattern PAUSE = Pattern.compile("Pause (Young|Full).*? (\\d+)M->(\\d+)M\\((\\d+)M\\) ([0-9.]+)ms");

        static Heap of(List<String> lines) {
            long after = 0;
            long committed = 0;
            int collections = 0;
            int full = 0;
            double paused = 0;
            for (String line : lines) {
                Matcher m = PAUSE.matcher(line);
                if (m.find()) {
                    collections++;
                    full += m.group(1).equals("Full") ? 1 : 0;
                    after = Math.max(after, Long.parseLong(m.group(3)));
                    committed = Math.max(committed, Long.parseLong(m.group(4)));
                    paused += Double.parseDouble(m.group(5));
                }
            }
            return new Heap(after, committed, collections, full, paused);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d collections (%d full), %.0f ms paused in all; at most %d MB left after one, heap grown to %d MB",
                    collections, full, pausedMs, afterMaxMb, committedMaxMb);
        }
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
