package id.netral.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a Flight Recorder recording's samples fall: the share of Java samples ({@code
 * jdk.ExecutionSample}) whose stack passes through each layer (a sample counts once per layer, so
 * shares overlap), the methods most often on top, and the threads waiting in native code
 * ({@code jdk.NativeMethodSample}: mostly socket reads, that is waiting for PostgreSQL or a client).
 */
final class JfrSummary {
    /** Layers by package prefix, in the order a request passes them. */
    private static final Map<String, List<String>> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("HTTP (Vert.x, Netty)", List.of("io.vertx.", "io.netty."));
        LAYERS.put("REST (RESTEasy Reactive)", List.of("org.jboss.resteasy.reactive.", "io.quarkus.resteasy.reactive."));
        LAYERS.put("security (JWT, token cache)", List.of("io.smallrye.jwt.", "io.quarkus.security.", "id.netral.common.security."));
        LAYERS.put("validation", List.of("org.hibernate.validator."));
        LAYERS.put("JSON (Jackson)", List.of("com.fasterxml.jackson."));
        LAYERS.put("Hibernate ORM", List.of("org.hibernate.", "io.quarkus.hibernate."));
        LAYERS.put("transactions (Narayana)", List.of("com.arjuna.", "io.quarkus.narayana."));
        LAYERS.put("connection pool (Agroal)", List.of("io.agroal."));
        LAYERS.put("JDBC driver (pgjdbc)", List.of("org.postgresql."));
        LAYERS.put("metrics (Micrometer)", List.of("io.micrometer."));
        LAYERS.put("context propagation, CDI", List.of("io.smallrye.context.", "io.quarkus.arc."));
        LAYERS.put("roster code", List.of("id.netral.roster."));
    }

    private JfrSummary() {
    }

    /** Summarises a recording made by hand: {@code JfrSummary FILE.jfr}. */
    public static void main(String[] args) throws IOException {
        System.out.println(of(Path.of(args[0])));
    }

    static String of(Path recording) throws IOException {
        Map<String, Integer> layers = new LinkedHashMap<>();
        Map<String, Integer> topFrames = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> nativeTop = new HashMap<>();
        int samples = 0;
        int nativeSamples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                if (event.getStackTrace() == null || event.getStackTrace().getFrames().isEmpty()) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (type.equals("jdk.ExecutionSample")) {
                    samples++;
                    topFrames.merge(name(frames.get(0)), 1, Integer::sum);
                    self.merge(owner(frames), 1, Integer::sum);
                    for (Map.Entry<String, List<String>> layer : LAYERS.entrySet()) {
                        if (frames.stream().anyMatch(f -> layer.getValue().stream().anyMatch(p -> name(f).startsWith(p)))) {
                            layers.merge(layer.getKey(), 1, Integer::sum);
                        }
                    }
                } else if (type.equals("jdk.NativeMethodSample")) {
                    nativeSamples++;
                    // the first frame of ours or a library's below the native method says what it waited for
                    String waiter = frames.stream().map(JfrSummary::name).filter(n -> !n.startsWith("java.") && !n.startsWith("sun."))
                            .findFirst().orElse(name(frames.get(0)));
                    nativeTop.merge(waiter, 1, Integer::sum);
                }
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "JFR %s: %d Java samples, %d native samples%n",
                recording.getFileName(), samples, nativeSamples));
        int total = Math.max(1, samples);
        layers.forEach((layer, n) -> out.append(String.format(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * n / total, layer)));
        out.append("  self time, by the layer of the first frame outside the JDK:\n");
        top(self, 14).forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey())));
        out.append("  top of stack:\n");
        top(topFrames, 15).forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey())));
        out.append("  native waits, by the first non-JDK frame:\n");
        int natives = Math.max(1, nativeSamples);
        top(nativeTop, 8).forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * e.getValue() / natives, e.getKey())));
        return out.toString();
    }

    /** The layer a sample's CPU belongs to: that of the topmost frame outside the JDK (JDK code works for its caller). */
    private static String owner(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String name = name(frame);
            if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
                continue;
            }
            for (Map.Entry<String, List<String>> layer : LAYERS.entrySet()) {
                if (layer.getValue().stream().anyMatch(name::startsWith)) {
                    return layer.getKey();
                }
            }
            String type = frame.getMethod().getType().getName();
            return "other: " + type.substring(0, Math.max(0, type.lastIndexOf('.')));
        }
        return "JDK only";
    }

    private static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n).toList();
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
