package id.netral.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.netral.common.testing.NeighbourJars;
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
 * stalled after 3 s instead of 2 min, so the kill test need not wait long; deadlines are swept every
 * second; mail goes to a GreenMail SMTP server the tests read.
 */
final class SharedSuite {
    private static Suite suite;
    private static GreenMail smtp;
    private static String console;

    private SharedSuite() {
    }

    static synchronized Suite get() {
        if (suite == null) {
            try {
                Path root = Path.of(System.getProperty("netral.root", "..")).toAbsolutePath().normalize();
                smtp = new GreenMail(new ServerSetup(NeighbourJars.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                smtp.start();
                suite = Suite.start(Suite.Config.isolated(root, Files.createTempDirectory("netral-e2e"), Map.of(
                        "NETRAL_ROSTER_IMPORT_STALL_TIMEOUT", "3s",
                        "NETRAL_ROSTER_IMPORT_HEARTBEAT_EVERY", "500ms",
                        "NETRAL_ROSTER_IMPORT_SWEEP_EVERY", "1s",
                        "NETRAL_CASES_SWEEP_EVERY", "1s",
                        // mail goes to a real SMTP server, not to the log
                        "NETRAL_MAIL_MOCK", "false",
                        "NETRAL_SMTP_HOST", "127.0.0.1",
                        "NETRAL_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                        "NETRAL_SMTP_STARTTLS", "DISABLED")), System.out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Suite started = suite;
            GreenMail mail = smtp;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                mail.stop();
            }));
        }
        return suite;
    }

    /** The SMTP server the shared suite's notification-service sends its mail to. */
    static synchronized GreenMail smtp() {
        get();
        return smtp;
    }

    /** The console started against the shared suite (the first caller starts it); its address. */
    static synchronized String console() {
        if (console == null) {
            try {
                console = get().startConsole();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return console;
    }

    /** A bearer token from the suite's dev key. */
    static String token(String role, String region) {
        return "Bearer " + get().keys().mint(List.of(role), region, Duration.ofMinutes(10), "e2e", null);
    }
}
