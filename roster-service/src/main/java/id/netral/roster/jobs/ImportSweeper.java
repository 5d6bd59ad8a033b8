package id.netral.roster.jobs;

import id.netral.roster.config.RosterConfig;
import id.netral.roster.app.ImportJobs;
import id.netral.common.jobs.QuietDuringOutage;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Marks FAILED the imports whose replica died mid-way (killed, out of memory, node lost): their
 * transaction rolled back, so nothing was written, and a caller polling the job must learn that
 * rather than wait forever. Reading a job never changes it; this is the one place that does.
 */
@ApplicationScoped
public class ImportSweeper {
    private static final Logger LOG = Logger.getLogger(ImportSweeper.class);

    @Inject
    ImportJobs jobs;

    @Inject
    RosterConfig config;

    /** Every replica sweeps, as often as {@link RosterConfig#importSweepEvery()} says. */
    @QuietDuringOutage
    @Scheduled(every = "${netral.roster.import-sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sweep() {
        int failed = jobs.failStalled(config.importStallTimeout());
        if (failed > 0) {
            LOG.warnf("%d import job(s) stopped beating for %s and were marked FAILED", failed, config.importStallTimeout());
        }
    }
}
