package id.netral.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One running suite for all end-to-end test classes of this JVM: starting four services takes
 * longer than most tests, so they share it and it stops when the JVM does. Imports are declared
 * stalled after 3 s instead of 2 min, so the kill test need not wait long.
 */
final class SharedSuite {
    private static Suite suite;

    private SharedSuite() {
    }

    static synchronized Suite get() {
        if (suite == null) {
            try {
                Path root = Path.of(System.getProperty("netral.root", "..")).toAbsolutePath().normalize();
                suite = Suite.start(Suite.Config.isolated(root, Files.createTempDirectory("netral-e2e"), Map.of(
                        "NETRAL_ROSTER_IMPORT_STALL_TIMEOUT", "3s",
                        "NETRAL_ROSTER_IMPORT_HEARTBEAT_EVERY", "500ms",
                        "NETRAL_ROSTER_IMPORT_SWEEP_EVERY", "1s")), System.out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Suite started = suite;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return suite;
    }

    /** A bearer token from the suite's dev key. */
    static String token(String role, String region) {
        return "Bearer " + get().keys().mint(List.of(role), region, Duration.ofMinutes(10), "e2e", null);
    }
}
