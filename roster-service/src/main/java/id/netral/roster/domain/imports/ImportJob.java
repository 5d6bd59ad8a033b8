package id.netral.roster.domain.imports;

import id.netral.common.i18n.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A bulk import of employees and its progress; the use case {@code app/ImportJobs} writes it, callers poll it. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    /** Life cycle of a job. FAILED means the server failed it: nothing of the file was written. */
    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED }

    /** One rejected row: its line in the file, the column, and why (in both languages; the API shows the caller's). */
    public record RowError(long line, String field, LocalizedText message) {
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** The region of the caller who submitted it: rows outside it are rejected. */
    public String scope;

    public String sha256;

    /** Moves to the next job when this one FAILED and the same file is sent again with the key. */
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** Who sent {@link #idempotencyKey}: a key is unique per caller only. */
    @Column(name = "idempotency_owner")
    public String idempotencyOwner;

    /** The FAILED job this one runs again, when it was started by a retry with the same key. */
    @Column(name = "retry_of")
    public UUID retryOf;

    public long total;
    public long processed;
    public long inserted;
    public long updated;
    public long rejected;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<RowError> errors;

    public String failure;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "heartbeat_at")
    public OffsetDateTime heartbeatAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    public boolean isLive() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }

    /**
     * Rows that were valid and already held exactly these values. Known only once the job has
     * COMPLETED: rows read by a job that failed were never written, so none of them is unchanged.
     */
    public long unchanged() {
        return status == Status.COMPLETED ? Math.max(0, processed - rejected - inserted - updated) : 0;
    }
}
