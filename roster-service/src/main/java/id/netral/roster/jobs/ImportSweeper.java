package id.netral.roster.jobs;

import id.netral.roster.config.RosterConfig;
import id.netral.roster.app.EmployeeImports;
import id.netral.roster.app.ImportJobs;
import id.netral.roster.store.SpooledUpload;
import id.netral.common.jobs.QuietDuringOutage;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Marks FAILED the imports whose replica died mid-way (killed, out of memory, node lost): their
 * transaction rolled back, so nothing was written, and a caller polling the job must learn that
 * rather than wait forever. Reading a job never changes it; this is the one place that does. It
 * also deletes the uploads such a replica left spooled on disk.
 */
@ApplicationScoped
public class ImportSweeper {
    private static final Logger LOG = Logger.getLogger(ImportSweeper.class);

    @Inject
    ImportJobs jobs;

    @Inject
    EmployeeImports imports;

    @Inject
    RosterConfig config;

    /** A replica started after being killed finds the uploads it had spooled before anything else. */
    void onStart(@Observes StartupEvent event) {
        removeOrphanedUploads();
    }

    /** Every replica sweeps, as often as {@link RosterConfig#importSweepEvery()} says. */
    @QuietDuringOutage
    @Scheduled(every = "${netral.roster.import-sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sweep() {
        int failed = jobs.failStalled(config.importStallTimeout());
        if (failed > 0) {
            LOG.warnf("%d import job(s) stopped beating for %s and were marked FAILED", failed, config.importStallTimeout());
        }
        removeOrphanedUploads();
    }

    /** Spooled files no live worker holds (a killed replica's, up to hundreds of megabytes each) are deleted. */
    private void removeOrphanedUploads() {
        int removed = SpooledUpload.removeOrphans(imports.spoolDir());
        if (removed > 0) {
            LOG.infof("%d spooled upload(s) of a worker that went away deleted from %s", removed, imports.spoolDir());
        }
    }
}
