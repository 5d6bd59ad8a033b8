package id.netral.cases.api;

import id.netral.common.i18n.Messages;
import id.netral.cases.domain.EvidenceFile;
import id.netral.cases.domain.EvidenceKind;
import id.netral.cases.app.EvidenceStore;
import id.netral.cases.domain.CaseFile;
import id.netral.common.domain.FileName;
import id.netral.common.api.InstantParameter;
import id.netral.common.error.NetralException;
import id.netral.common.security.CallerScope;
import id.netral.common.security.IdempotencyKey;
import id.netral.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Evidence files of a case: uploaded with their hash, downloadable, re-hashed on demand. */
@Path("/api/v1/cases/{id}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence", description = "Screenshots, videos and documents of a case, with SHA-256 checked on demand")
public class EvidenceResource {

    @Inject
    EvidenceStore store;

    @Inject
    CallerScope caller;

    /** A file of evidence as listed; the bytes come from its download link. */
    @Schema(name = "EvidenceFile")
    public record View(UUID id, EvidenceKind kind, String fileName, String contentType, long sizeBytes,
            @Schema(description = "SHA-256 of the bytes as they arrived, lower-case hex") String sha256, OffsetDateTime capturedAt,
            String description, String addedBy, String addedRole, OffsetDateTime addedAt,
            @Schema(description = "Where to download the bytes") String download) {

        static View of(EvidenceFile e) {
            return new View(e.id, e.kind, FileName.sanitise(e.fileName, e.id.toString()), e.contentType, e.sizeBytes, e.sha256, e.capturedAt, e.description, e.addedBy,
                    e.addedRole, e.addedAt, "/api/v1/cases/" + e.caseId + "/evidence/" + e.id + "/content");
        }
    }

    /** What re-hashing found. */
    @Schema(name = "EvidenceVerification")
    public record Verification(UUID id, String recordedSha256,
            @Schema(description = "Null when the stored bytes are gone") String currentSha256, boolean valid) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.BAWASLU, Roles.PORTAL})
    @Operation(operationId = "addEvidence", summary = "Upload a file of evidence",
            description = "multipart/form-data with `file`, `kind` (SCREENSHOT, VIDEO, DOCUMENT), optional `capturedAt` (ISO-8601) and "
                    + "`description`. PNG, JPEG, WebP, MP4, WebM and PDF up to 25 MB; the type is read from the bytes and must be "
                    + "the declared one (415 otherwise); a part declared application/octet-stream (or not at all) is kept as "
                    + "the type its bytes have, when that type is accepted. The file name is kept without control or bidirectional characters. The "
                    + "SHA-256 is computed on arrival, who added it is recorded, and the addition enters the case's audit chain.")
    @APIResponse(responseCode = "201", description = "Kept", content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "200", description = "Kept earlier under this Idempotency-Key", content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "You used the Idempotency-Key for another file")
    @APIResponse(responseCode = "415", description = "The bytes are not of the declared type")
    @APIResponse(responseCode = "422", description = "No file, an empty or too large one, a type not accepted, or a bad kind")
    public Response add(@PathParam("id") UUID id, @RestForm("file") FileUpload file,
            @RestForm("kind") @PartType(MediaType.TEXT_PLAIN) String kind,
            @RestForm("capturedAt") @PartType(MediaType.TEXT_PLAIN) String capturedAt,
            @RestForm("description") @PartType(MediaType.TEXT_PLAIN) String description,
            @HeaderParam("Idempotency-Key") @Size(max = IdempotencyKey.MAX_LENGTH) @Parameter(description = "Makes retries safe: the same "
                    + "key and file answer with the file kept first (200); another file under your key is 409") String idempotencyKey) {
        if (file == null) {
            CaseFile.require(id, caller.region());
            throw NetralException.unprocessable("file", Messages.text("case.EvidenceResource.the-file-part-is-missing"));
        }
        if (description != null && description.length() > 1000) {
            throw NetralException.unprocessable("description", Messages.text("case.EvidenceResource.at-most-1000-characters"));
        }
        // a form's empty field arrives as an empty part: no description, as when the part is absent
        EvidenceStore.Upload upload = new EvidenceStore.Upload(file.uploadedFile(), file.fileName(), file.contentType(), kind(kind),
                InstantParameter.optional("capturedAt", capturedAt), description == null || description.isBlank() ? null : description.strip());
        IdempotencyKey key = IdempotencyKey.of(caller, idempotencyKey);
        EvidenceStore.Added added = IdempotencyKey.onceRaced(key, () -> store.add(id, caller.region(), upload, caller.actor(), key));
        EvidenceFile e = added.file();
        return Response.status(added.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .location(URI.create("/api/v1/cases/" + id + "/evidence/" + e.id)).entity(View.of(e)).build();
    }

    @GET
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "listEvidence", summary = "A case's evidence files", description = "In the order they were added.")
    public List<View> list(@PathParam("id") UUID id) {
        CaseFile.require(id, caller.region());
        return EvidenceFile.of(id).stream().map(View::of).toList();
    }

    @GET
    @Path("/{evidenceId}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP, Roles.ADMIN})
    @Operation(operationId = "downloadEvidence", summary = "Download a file of evidence", description = "The bytes as kept, with their type.")
    @APIResponse(responseCode = "200", description = "The file, with its own content type and a Digest header (sha-256)",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response content(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        EvidenceFile e = store.require(id, evidenceId, caller.region());
        // never rendered inline, never sniffed into another type, its name safe (files kept before names were cleaned too)
        return Response.ok(store.open(e), e.contentType)
                .header("Content-Disposition", FileName.attachment(FileName.sanitise(e.fileName, e.id.toString())))
                .header("X-Content-Type-Options", "nosniff").header("Digest", "sha-256=" + e.sha256).build();
    }

    @GET
    @Path("/{evidenceId}/verify")
    @RolesAllowed(Roles.ANY)
    @Operation(operationId = "verifyEvidence", summary = "Re-hash a file of evidence",
            description = "Hashes the stored bytes again: valid when they still have the SHA-256 recorded at upload.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Verification.class)))
    public Verification verify(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        EvidenceStore.Verification v = store.verify(id, evidenceId, caller.region());
        return new Verification(v.id(), v.recordedSha256(), v.currentSha256(), v.valid());
    }

    private static EvidenceKind kind(String raw) {
        try {
            return raw == null ? null : EvidenceKind.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw NetralException.unprocessable("kind", Messages.text("case.EvidenceResource.a-file-s-kind-is-screenshot"));
        }
    }
}
