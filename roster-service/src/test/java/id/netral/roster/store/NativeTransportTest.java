package id.netral.roster.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.netral.common.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Vert.x, which serves the HTTP requests and holds the lookup pool's connections, runs on Netty's
 * epoll transport on Linux (quarkus.vertx.prefer-native-transport, with the native library that
 * netral-common brings): a lookup cost roster-service 50-57 µs of CPU on it against 59-66 µs on
 * Java NIO (bench/HISTORY.md, thirty-third session). Without the library, or with the setting off,
 * Vert.x falls back to NIO without a word; this test is what notices.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class NativeTransportTest {

    @Inject
    Vertx vertx;

    @Test
    void vertxRunsOnTheNativeTransportOnLinux() {
        String arch = System.getProperty("os.arch");
        assumeTrue("Linux".equals(System.getProperty("os.name")) && ("amd64".equals(arch) || "aarch64".equals(arch)),
                "the native libraries shipped are Linux x86-64 and ARM64");
        assertThat(vertx.isNativeTransportEnabled()).as("Vert.x on epoll").isTrue();
    }
}
