package id.netral.rules.jobs;

import id.netral.common.error.Outages;
import id.netral.common.jobs.QuietDuringOutage;
import id.netral.rules.app.CatalogService;
import id.netral.rules.app.ElectionService;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Loads the catalog and the election calendar at start-up and re-reads them every
 * netral.rules.refresh-interval, so that requests never wait on the database and every replica
 * follows changes made through another. Read-only, so it is safe for each of N replicas to run it.
 * The timer is Quarkus' scheduler (before: an executor of its own), so a database outage is
 * handled as in every other job: one line when it starts, one when it ends ({@link QuietDuringOutage}).
 */
@ApplicationScoped
public class ReferenceDataRefresher {
    private static final Logger LOG = Logger.getLogger(ReferenceDataRefresher.class);

    @Inject
    CatalogService catalogs;

    @Inject
    ElectionService elections;

    void start(@Observes StartupEvent event) {
        refresh();
    }

    @QuietDuringOutage
    // the period and its default are RulesConfig#refreshInterval's; the scheduler reads the property itself
    @Scheduled(every = "${netral.rules.refresh-interval}", delayed = "${netral.rules.refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            if (Outages.databaseUnreachable(e)) {
                throw e;
            }
            // keep serving the last good snapshot; the next tick tries again
            LOG.warnf("Could not refresh the catalog or the calendar: %s", e.getMessage());
        }
    }

    private void refresh() {
        catalogs.reload();
        elections.reload();
    }
}
