package id.netral.roster.api;

import id.netral.common.i18n.Language;
import id.netral.common.i18n.RequestLanguage;
import id.netral.common.security.CallerScope;
import id.netral.common.security.IdempotencyKey;
import id.netral.common.security.Roles;
import id.netral.roster.app.EmployeeImports;
import id.netral.roster.domain.imports.ImportJob;
import id.netral.roster.app.ImportJobs;
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
import java.io.InputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk loading of employees from an agency's personnel system. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.BKPP})
@Tag(name = "Imports", description = "CSV bulk import of employees, as jobs")
public class ImportResource {

    @Inject
    EmployeeImports imports;

    @Inject
    ImportJobs jobs;

    @Inject
    CallerScope caller;

    @Inject
    RequestLanguage language;

    /** An import job's progress and outcome. */
    @Schema(name = "ImportJob")
    public record View(UUID id, ImportJob.Status status, long total, long processed, long inserted, long updated,
            long unchanged, long rejected, List<RowErrorView> errors,
            @Schema(description = "FAILED jobs: the server-side reason, for operators (not translated)") String failure,
            OffsetDateTime createdAt, String createdBy, OffsetDateTime finishedAt,
            @Schema(description = "The FAILED job this one runs again under the same Idempotency-Key") UUID retryOf) {
        static View of(ImportJob j, Language language) {
            return new View(j.id, j.status, j.total, j.processed, j.inserted, j.updated, j.unchanged(), j.rejected,
                    j.errors.stream().map(e -> new RowErrorView(e.line(), e.field(), e.message().in(language))).toList(),
                    j.failure, j.createdAt, j.createdBy, j.finishedAt, j.retryOf);
        }
    }

    /** One rejected row: its line in the file, the column, and why, in the language of Accept-Language. */
    @Schema(name = "ImportRowError")
    public record RowErrorView(long line, String field, String message) {
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "importEmployees", summary = "Import employees from CSV",
            description = "Header row with the columns nip, staff_number, name, employment_type, agency_code, unit_code, "
                    + "position, rank, status (any order), and optionally email (a file without it leaves known addresses alone). Rows are upserted by NIP, or by agency and staff number for "
                    + "NON_ASN staff; importing the same file again changes nothing. Bad rows are reported, never fatal. "
                    + "Send an Idempotency-Key to make retries safe: the same key and file answer with the first job, "
                    + "unless that job FAILED (the server's fault), in which case the file is run again.")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "two rows", value = Examples.IMPORT_CSV)))
    @APIResponse(responseCode = "202", description = "Queued; poll the Location", content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "400", description = "Not a CSV with the expected header")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for another file")
    public Response submit(InputStream body,
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey) {
        ImportJob job = imports.submit(body, caller.region(), caller.actor(), IdempotencyKey.of(caller, idempotencyKey));
        return Response.accepted(View.of(job, language.get())).location(URI.create("/api/v1/imports/" + job.id)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImport", summary = "Progress and outcome of an import")
    @APIResponse(responseCode = "404", description = "Unknown, or submitted in another region")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = View.class)))
    public View get(@PathParam("id") UUID id) {
        return View.of(jobs.visible(id, caller.region()), language.get());
    }
}
