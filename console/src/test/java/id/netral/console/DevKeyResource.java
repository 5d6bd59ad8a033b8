package id.netral.console;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The console under test: the development sign-in with common's test key (the one the test public
 * key verifies), and every service at an address where nothing listens, so that the pages' own
 * behaviour is tested, including a service that cannot be reached. The browser tests in devstack
 * run it against the real suite.
 */
public class DevKeyResource implements QuarkusTestResourceLifecycleManager {
    private Path key;

    @Override
    public Map<String, String> start() {
        try (InputStream pem = DevKeyResource.class.getResourceAsStream("/netral-test-private.pem")) {
            key = Files.createTempFile("console-test-key", ".pem");
            Files.write(key, pem.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String nowhere = "http://127.0.0.1:9";
        return Map.of("netral.console.dev-signing-key", key.toString(), "netral.console.cases-url", nowhere,
                "netral.console.rules-url", nowhere, "netral.console.roster-url", nowhere, "netral.console.notification-url", nowhere);
    }

    @Override
    public void stop() {
        try {
            Files.deleteIfExists(key);
        } catch (IOException ignored) {
            // a temporary file
        }
    }
}
