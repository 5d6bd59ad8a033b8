package id.netral.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A file of evidence uploaded to a case, with the hash it had when it arrived and who added it. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public EvidenceKind kind;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    @Column(name = "captured_at")
    public OffsetDateTime capturedAt;

    public String description;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_role")
    public String addedRole;

    @Column(name = "added_at")
    public OffsetDateTime addedAt;

    /** The bytes when kept in the database; loaded only when read or verified. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    @Column(name = "stored_path")
    public String storedPath;

    /** The uploader's Idempotency-Key, unique per uploader ({@code idempotencyOwner}). */
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "idempotency_owner")
    public String idempotencyOwner;

    public static java.util.Optional<EvidenceFile> byIdempotencyKey(id.netral.common.security.IdempotencyKey key) {
        return find("idempotencyOwner = ?1 and idempotencyKey = ?2", key.owner(), key.key()).firstResultOptional();
    }

    public static List<EvidenceFile> of(UUID caseId) {
        return list("caseId = ?1 order by addedAt, id", caseId);
    }
}
