package id.netral.roster.app;

import id.netral.common.audit.HashChain;
import id.netral.roster.domain.imports.ImportJob;
import id.netral.roster.store.SpooledUpload;
import id.netral.common.domain.RegionCode;
import id.netral.common.security.IdempotencyKey;
import id.netral.roster.config.RosterConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Taking in a CSV file of employees: the upload is spooled to disk and checked, a job row is
 * written and the caller gets it at once; a worker (see {@code jobs/ImportWorker}) hears
 * {@link Queued} and loads the file. Importing the same file twice changes nothing.
 */
@ApplicationScoped
public class EmployeeImports {

    /** A job that is waiting for a worker, with its file on this replica's disk and who sent it (for the history of what it changes). */
    public record Queued(ImportJob job, SpooledUpload upload, RegionCode scope, HashChain.Actor actor) {
    }

    @Inject
    ImportJobs jobs;

    @Inject
    RosterConfig config;

    @Inject
    Event<Queued> queued;

    /** Queues the file, or answers with the earlier job its Idempotency-Key already started. */
    public ImportJob submit(InputStream body, RegionCode scope, HashChain.Actor actor, IdempotencyKey idempotencyKey) {
        SpooledUpload upload = SpooledUpload.spool(body, spoolDir());
        boolean handedOn = false;
        try {
            ImportJobs.Opened opened = jobs.open(upload, scope, actor.subject(), idempotencyKey);
            if (opened.isNew()) {
                queued.fire(new Queued(opened.job(), upload, scope, actor));
                handedOn = true;
            }
            return opened.job();
        } finally {
            if (!handedOn) {
                upload.delete();
            }
        }
    }

    /** Where uploads are spooled before their job runs. */
    public Path spoolDir() {
        return Path.of(config.importDir().orElse(System.getProperty("java.io.tmpdir")));
    }
}
