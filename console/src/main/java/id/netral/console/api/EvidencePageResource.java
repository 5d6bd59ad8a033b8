package id.netral.console.api;

import id.netral.client.cases.ApiException;
import id.netral.client.cases.model.EvidenceVerification;
import id.netral.common.domain.FileName;
import id.netral.common.security.Roles;
import id.netral.console.client.Services;
import id.netral.console.domain.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A case's evidence files and letter: Bawaslu adds a file (case-service computes its SHA-256 and
 * records who added it in the audit chain), anyone who may read the case checks a file's hash again
 * or downloads it, and the recommendation letter opens ready to print.
 */
@Path("/cases/{id}")
@RolesAllowed({Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.BKPP, Roles.ADMIN})
public class EvidencePageResource extends ConsolePage {

    @POST
    @Path("/evidence")
    @RolesAllowed(Roles.BAWASLU)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response add(@PathParam("id") UUID id, @RestForm("file") FileUpload file, @RestForm String kind, @RestForm String description,
            @RestForm String capturedAt, @RestForm String zone, @RestForm String csrf, @RestForm String idempotencyKey) {
        pages.requireFormToken(csrf);
        if (file == null || file.size() == 0) {
            return Pages.seeOther("/cases/" + id + "?done=NO_FILE");
        }
        // the generated client names the part after the file: a copy under the name the officer's file had
        File named;
        try {
            java.nio.file.Path dir = Files.createTempDirectory("netral-evidence");
            named = Files.copy(file.uploadedFile(), dir.resolve(safeName(file.fileName())), StandardCopyOption.REPLACE_EXISTING).toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // the generated client sends every part, so an empty field goes as an empty part (the API reads it as absent)
            services.evidence().addEvidence(id, idempotencyKey, named, kind == null || kind.isBlank() ? "SCREENSHOT" : kind,
                    capturedAt(capturedAt, zone), description == null ? "" : description.strip());
            return Pages.seeOther("/cases/" + id + "?done=EVIDENCE_ADDED");
        } catch (ApiException e) {
            return pages.refused(e);
        } finally {
            named.delete();
            named.getParentFile().delete();
        }
    }

    /** When the screenshot was taken, as the officer's local time in the case's zone; empty when not given or unreadable. */
    private static String capturedAt(String local, String zone) {
        if (local == null || local.isBlank()) {
            return "";
        }
        try {
            return java.time.LocalDateTime.parse(local.strip()).atZone(java.time.ZoneId.of(zone == null || zone.isBlank() ? "Asia/Jakarta" : zone))
                    .toOffsetDateTime().toString();
        } catch (java.time.DateTimeException unreadable) {
            return "";
        }
    }

    /** Recomputes a file's SHA-256 in case-service and shows the answer on the case. */
    @GET
    @Path("/evidence/{evidenceId}/verify")
    public Response verify(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        try {
            EvidenceVerification verification = services.evidence().verifyEvidence(evidenceId, id);
            return Pages.seeOther("/cases/" + id + "?done=" + (Boolean.TRUE.equals(verification.getValid()) ? "HASH_VALID" : "HASH_INVALID"));
        } catch (ApiException e) {
            return pages.refused(e);
        }
    }

    @GET
    @Path("/evidence/{evidenceId}/content")
    public Response download(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        try {
            File content = services.evidence().downloadEvidence(evidenceId, id);
            return Response.ok(content).type(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"evidence-" + evidenceId + "\"").header("Cache-Control", "no-store").build();
        } catch (ApiException e) {
            return pages.refused(e);
        }
    }

    /** The recommendation letter as case-service renders it (HTML in Indonesian), to print and sign. */
    @GET
    @Path("/letter")
    public Response letter(@PathParam("id") UUID id) {
        try {
            return Response.ok(services.letter(id)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
        } catch (ApiException e) {
            return pages.refused(e);
        }
    }

    /** The file name as case-service will keep it, made safe to be a file here (common's rule). */
    private static String safeName(String name) {
        return FileName.sanitise(name, "evidence");
    }
}
