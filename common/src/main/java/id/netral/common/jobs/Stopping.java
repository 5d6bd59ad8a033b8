package id.netral.common.jobs;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whether the application is stopping (SIGTERM). Set first thing on shutdown, before Hibernate and
 * the datasources close: a background job that starts after it would fail against closed resources
 * and log an error at every rollout, so {@link QuietDuringOutageInterceptor} skips it; what it would
 * have claimed stays for the replicas that keep running.
 */
@ApplicationScoped
public class Stopping {
    private static volatile boolean stopping;

    void onStop(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
    }

    public static boolean now() {
        return stopping;
    }
}
