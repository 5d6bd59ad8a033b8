package id.netral.rules.jobs;

import id.netral.rules.config.RulesConfig;
import id.netral.rules.app.CatalogService;
import id.netral.rules.app.ElectionService;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Loads the catalog and the election calendar at start-up and re-reads them on a timer, so that
 * requests never wait on the database and every replica follows changes made through another.
 * Read-only, so it is safe for each of N replicas to run it.
 */
@ApplicationScoped
public class ReferenceDataRefresher {
    private static final Logger LOG = Logger.getLogger(ReferenceDataRefresher.class);

    @Inject
    CatalogService catalogs;

    @Inject
    ElectionService elections;

    @Inject
    RulesConfig config;

    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent event) {
        refresh();
        long every = config.refreshInterval().toMillis();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "reference-data-refresh");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void refresh() {
        catalogs.reload();
        elections.reload();
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // keep serving the last good snapshot; the next tick tries again
            LOG.warnf("Could not refresh the catalog or the calendar: %s", e.getMessage());
        }
    }
}
