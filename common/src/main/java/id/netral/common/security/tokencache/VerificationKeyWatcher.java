package id.netral.common.security.tokencache;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import id.netral.common.domain.Sha256;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Empties the {@link TokenCache} when the verification key changes (a rotated PEM file, a JWKS
 * whose keys changed), so that no token verified with a key that is no longer trusted is answered
 * from the cache. It reads the same location smallrye-jwt verifies with; a key on the classpath
 * cannot change while the service runs and is not watched.
 */
@ApplicationScoped
public class VerificationKeyWatcher {
    private static final Logger LOG = Logger.getLogger(VerificationKeyWatcher.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    TokenCache cache;

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> location;

    /** What the location held at the last check; the first check only records it (no I/O at start-up). */
    private volatile byte[] fingerprint;

    @Scheduled(every = "${netral.security.token-cache.key-check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void check() {
        byte[] now = read();
        if (now != null && fingerprint != null && !Arrays.equals(now, fingerprint)) {
            cache.clear();
            LOG.infof("The JWT verification key at %s changed: the verified-token cache was emptied", location.orElse(""));
        }
        if (now != null) {
            fingerprint = now;
        }
    }

    /** The SHA-256 of what the location holds now, or null when it cannot change or cannot be read. */
    private byte[] read() {
        if (location.isEmpty()) {
            return null;
        }
        String where = location.get();
        try {
            byte[] content;
            if (where.startsWith("http://") || where.startsWith("https://")) {
                HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(where)).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    return null;
                }
                content = response.body();
            } else {
                Path file = Path.of(where.startsWith("file:") ? URI.create(where).getPath() : where);
                if (!Files.isRegularFile(file)) {
                    return null;
                }
                content = Files.readAllBytes(file);
            }
            return Sha256.digest(content);
        } catch (IOException | IllegalArgumentException e) {
            LOG.debugf("Cannot read the verification key at %s: %s", where, e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
