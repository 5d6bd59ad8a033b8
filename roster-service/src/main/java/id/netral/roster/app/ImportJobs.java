package id.netral.roster.app;

import id.netral.common.i18n.Messages;
import id.netral.roster.domain.imports.ImportJob;
import id.netral.roster.store.SpooledUpload;
import id.netral.common.domain.RegionCode;
import id.netral.common.security.IdempotencyKey;
import id.netral.common.error.NetralException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The job rows of imports and their Idempotency-Keys. Every change is its own short transaction,
 * outside the import's long one, so progress is visible while a file loads and a failure is
 * recorded even though the import itself rolled back.
 */
@ApplicationScoped
public class ImportJobs {

    /** A job to run, or the earlier job the same key and file already started. */
    public record Opened(ImportJob job, boolean isNew) {
    }

    /**
     * Records a new QUEUED job for a file. With an Idempotency-Key used before: the same file
     * replays the earlier job, unless the server failed that one, which is then run again under
     * the same key (a key replays a result, never a failure the server caused); another file is
     * a conflict.
     */
    public Opened open(SpooledUpload upload, RegionCode scope, String author, IdempotencyKey idempotencyKey) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> openIn(upload, scope, author, idempotencyKey));
        } catch (RuntimeException e) {
            if (idempotencyKey == null || !isIdempotencyKeyTaken(e)) {
                throw e;
            }
            // a parallel upload with the same key won the insert: answer as if it had come first
            return QuarkusTransaction.requiringNew().call(() -> openIn(upload, scope, author, idempotencyKey));
        }
    }

    private static Opened openIn(SpooledUpload upload, RegionCode scope, String author, IdempotencyKey idempotencyKey) {
        ImportJob job = new ImportJob();
        if (idempotencyKey != null) {
            Optional<ImportJob> earlier = ImportJob.find("idempotencyOwner = ?1 and idempotencyKey = ?2",
                    idempotencyKey.owner(), idempotencyKey.key()).firstResultOptional();
            if (earlier.isPresent()) {
                ImportJob first = earlier.get();
                if (!first.sha256.equals(upload.sha256())) {
                    throw NetralException.conflict(Messages.text("roster.ImportJobs.you-used-idempotency-key-for-another", idempotencyKey.key()));
                }
                if (first.status != ImportJob.Status.FAILED) {
                    return new Opened(first, false);
                }
                first.idempotencyKey = null;
                first.flush();
                job.retryOf = first.id;
            }
        }
        job.id = UUID.randomUUID();
        job.status = ImportJob.Status.QUEUED;
        job.scope = scope.value();
        job.sha256 = upload.sha256();
        job.idempotencyKey = idempotencyKey == null ? null : idempotencyKey.key();
        job.idempotencyOwner = idempotencyKey == null ? null : idempotencyKey.owner();
        job.total = upload.rows();
        job.errors = List.of();
        job.createdAt = now();
        job.heartbeatAt = job.createdAt;
        job.createdBy = author;
        job.persistAndFlush();
        return new Opened(job, true);
    }

    private static boolean isIdempotencyKeyTaken(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().contains("idempotency_key")) {
                return true;
            }
        }
        return false;
    }

    /** The job, if it exists and was submitted inside the caller's region. Reads only. */
    public ImportJob visible(UUID id, RegionCode scope) {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(id));
        if (job == null || !scope.covers(job.scope)) {
            throw NetralException.notFound(Messages.text("roster.ImportJobs.import"), id);
        }
        return job;
    }

    /** Marks a job as alive (and RUNNING once it started), with the rows read so far. */
    public void beat(UUID id, ImportJob.Status status, long processed) {
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update(
                "status = ?1, processed = ?2, heartbeatAt = ?3 where id = ?4 and status in ?5",
                status, processed, now(), id, List.of(ImportJob.Status.QUEUED, ImportJob.Status.RUNNING)));
    }

    /** What a finished load did. */
    public record Outcome(long processed, long inserted, long updated, long rejected, List<ImportJob.RowError> errors) {
    }

    public void complete(UUID id, Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(id);
            job.status = ImportJob.Status.COMPLETED;
            job.total = outcome.processed();
            job.processed = outcome.processed();
            job.inserted = outcome.inserted();
            job.updated = outcome.updated();
            job.rejected = outcome.rejected();
            job.errors = outcome.errors();
            job.heartbeatAt = now();
            job.finishedAt = job.heartbeatAt;
        });
    }

    /** Fails a live job; one that finished meanwhile (its load committed) keeps its outcome. */
    public void fail(UUID id, String reason) {
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update(
                "status = ?1, failure = ?2, heartbeatAt = ?3, finishedAt = ?3 where id = ?4 and status in ?5",
                ImportJob.Status.FAILED, failureText(reason), now(), id, List.of(ImportJob.Status.QUEUED, ImportJob.Status.RUNNING)));
    }

    /**
     * Fails every live job whose worker stopped beating for longer than {@code timeout} (its
     * replica died or was killed). One set statement, so replicas sweeping at once agree.
     */
    public int failStalled(Duration timeout) {
        OffsetDateTime now = now();
        return QuarkusTransaction.requiringNew().call(() -> ImportJob.update(
                "status = ?1, failure = ?2, finishedAt = ?3 where status in ?4 and heartbeatAt < ?5",
                ImportJob.Status.FAILED, failureText("its worker went away"), now,
                List.of(ImportJob.Status.QUEUED, ImportJob.Status.RUNNING), now.minus(timeout)));
    }

    private static String failureText(String reason) {
        return "The import failed (" + reason + ") and nothing of it was written. Send the file again; the same "
                + "Idempotency-Key runs it again.";
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
