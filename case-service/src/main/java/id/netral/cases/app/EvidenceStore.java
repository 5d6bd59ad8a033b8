package id.netral.cases.app;

import id.netral.common.i18n.Messages;
import id.netral.common.audit.HashChain;
import id.netral.cases.domain.AuditTrail;
import id.netral.cases.domain.CaseFile;
import id.netral.cases.domain.EvidenceFile;
import id.netral.cases.domain.EvidenceKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.cases.config.CaseConfig;
import id.netral.common.domain.RegionCode;
import id.netral.common.domain.FileName;
import id.netral.common.domain.Sha256;
import id.netral.common.security.IdempotencyKey;
import id.netral.common.error.NetralException;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/**
 * Keeps uploaded evidence so that nobody can later claim it changed: the SHA-256 is taken from the
 * bytes as they arrive, the bytes are kept (in PostgreSQL, or in a configured directory under
 * their id), and {@link #verify} hashes them again. Adding a file is an event of the case's audit chain.
 */
@ApplicationScoped
public class EvidenceStore {
    private static final String UNDECLARED = "application/octet-stream";

    @Inject
    CaseConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    /** What an upload brings besides its bytes. */
    public record Upload(Path file, String fileName, String contentType, EvidenceKind kind, OffsetDateTime capturedAt,
            String description) {
    }

    /** A file kept, and whether an earlier upload with the same Idempotency-Key kept it. */
    public record Added(EvidenceFile file, boolean replayed) {
    }

    /** The outcome of re-hashing: the hash recorded at upload, the hash now, and whether they agree. */
    public record Verification(UUID id, String recordedSha256, String currentSha256, boolean valid) {
    }

    @Transactional
    public Added add(UUID caseId, RegionCode scope, Upload upload, HashChain.Actor actor, IdempotencyKey key) {
        CaseFile c = CaseFile.requireForUpdate(caseId, scope);
        String declared = upload.contentType() == null ? "" : upload.contentType().toLowerCase(Locale.ROOT).split(";")[0].strip();
        // a client that cannot tell the type (generated clients send application/octet-stream) lets the bytes tell it
        boolean undeclared = declared.isEmpty() || declared.equals(UNDECLARED);
        if (!undeclared && !config.evidence().contentTypes().contains(declared)) {
            throw NetralException.unprocessable("file", Messages.text("case.EvidenceStore.file-type-is-not-accepted-accepted", declared, config.evidence().contentTypes()));
        }
        if (upload.kind() == null || upload.kind() == EvidenceKind.URL) {
            throw NetralException.unprocessable("kind", Messages.text("case.EvidenceStore.a-file-s-kind-is-screenshot"));
        }
        try {
            long size = Files.size(upload.file());
            if (size == 0 || size > config.evidence().maxBytes()) {
                throw NetralException.unprocessable("file", Messages.text("case.EvidenceStore.the-file-is-empty-or-larger", config.evidence().maxBytes()));
            }
            String detected = detectType(upload.file());
            String type = undeclared ? detected : declared;
            if (undeclared && !config.evidence().contentTypes().contains(detected)) {
                throw NetralException.unprocessable("file", Messages.text("case.EvidenceStore.file-type-is-not-accepted-accepted", detected, config.evidence().contentTypes()));
            }
            if (!sameType(detected, type)) {
                // an executable or a web page declared as a picture would be served back as one
                throw NetralException.unsupportedMediaType("file", Messages.text("case.EvidenceStore.the-file-s-content-is-not", detected, type));
            }
            String sha256;
            try (InputStream in = Files.newInputStream(upload.file())) {
                sha256 = Sha256.hex(in);
            }
            if (key != null) {
                java.util.Optional<EvidenceFile> earlier = EvidenceFile.byIdempotencyKey(key);
                if (earlier.isPresent()) {
                    if (!earlier.get().caseId.equals(c.id) || !earlier.get().sha256.equals(sha256)) {
                        throw NetralException.conflict(Messages.text("case.EvidenceStore.you-used-idempotency-key-for-another", key.key()));
                    }
                    return new Added(earlier.get(), true);
                }
            }
            EvidenceFile e = new EvidenceFile();
            e.id = UUID.randomUUID();
            e.idempotencyKey = key == null ? null : key.key();
            e.idempotencyOwner = key == null ? null : key.owner();
            e.caseId = c.id;
            e.kind = upload.kind();
            e.fileName = FileName.sanitise(upload.fileName(), e.id.toString());
            e.contentType = type;
            e.sizeBytes = size;
            e.sha256 = sha256;
            e.capturedAt = upload.capturedAt();
            e.description = upload.description();
            e.addedBy = actor.subject();
            e.addedRole = actor.role();
            e.addedAt = OffsetDateTime.now(ZoneOffset.UTC);
            if (config.evidence().directory().isPresent()) {
                Path dir = Files.createDirectories(Path.of(config.evidence().directory().get()));
                Path target = dir.resolve(e.id.toString());
                Files.copy(upload.file(), target, StandardCopyOption.REPLACE_EXISTING);
                e.storedPath = target.toString();
            } else {
                e.content = Files.readAllBytes(upload.file());
            }
            e.persist();
            ObjectNode after = json.createObjectNode().put("evidenceId", e.id.toString()).put("kind", e.kind.name())
                    .put("fileName", e.fileName).put("contentType", e.contentType).put("sizeBytes", e.sizeBytes).put("sha256", e.sha256);
            audit.append(c, actor, "EVIDENCE_ADDED", null, after);
            c.updatedAt = e.addedAt;
            return new Added(e, false);
        } catch (IOException io) {
            throw new UncheckedIOException("cannot keep evidence of case " + caseId, io);
        }
    }

    /** The type the bytes show (their magic numbers), whatever name or type the upload claimed. */
    static String detectType(Path file) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            return TYPES.detect(in, new Metadata()).getBaseType().toString();
        }
    }

    /** Whether the detected type is the declared one or a kind of it (an MP4 variant is video/mp4). */
    static boolean sameType(String detected, String declared) {
        return detected.equals(declared) || REGISTRY.isSpecializationOf(MediaType.parse(detected), MediaType.parse(declared));
    }

    private static final Detector TYPES = TikaConfig.getDefaultConfig().getDetector();
    private static final MediaTypeRegistry REGISTRY = TikaConfig.getDefaultConfig().getMediaTypeRegistry();

    /** A file of a case the caller may see. */
    public EvidenceFile require(UUID caseId, UUID evidenceId, RegionCode scope) {
        CaseFile.require(caseId, scope);
        EvidenceFile e = EvidenceFile.findById(evidenceId);
        if (e == null || !e.caseId.equals(caseId)) {
            throw NetralException.notFound(Messages.text("case.EvidenceStore.evidence"), evidenceId);
        }
        return e;
    }

    /** The stored bytes as a stream. */
    public InputStream open(EvidenceFile e) {
        try {
            return e.storedPath != null ? Files.newInputStream(Path.of(e.storedPath)) : new java.io.ByteArrayInputStream(e.content);
        } catch (IOException io) {
            throw new UncheckedIOException("evidence " + e.id + " cannot be read", io);
        }
    }

    /** Hashes the stored bytes again; a missing file reads as a mismatch. */
    @Transactional
    public Verification verify(UUID caseId, UUID evidenceId, RegionCode scope) {
        EvidenceFile e = require(caseId, evidenceId, scope);
        String now;
        try (InputStream in = open(e)) {
            now = Sha256.hex(in);
        } catch (IOException | UncheckedIOException missing) {
            now = null;
        }
        return new Verification(e.id, e.sha256, now, e.sha256.equals(now));
    }
}
