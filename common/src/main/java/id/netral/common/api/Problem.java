package id.netral.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netral.common.error.FieldError;
import id.netral.common.error.NetralException;
import id.netral.common.i18n.Language;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body: what every error of every service looks like, in the language of Accept-Language. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(example = "urn:netral:problem:validation-failed") String type,
        @Schema(example = "Validation failed") String title,
        @Schema(example = "400") int status,
        @Schema(example = "The request has 1 invalid field") String detail,
        @Schema(description = "The invalid fields, for validation problems") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:netral:problem:";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, null);
    }

    /** The problem a domain failure stands for, in the caller's language. */
    public static Problem from(NetralException e, Language language) {
        return of(e.kind().status, e.kind().slug, e.kind().title.in(language), e.detail().in(language))
                .withErrors(e.problems().stream().map(p -> p.in(language)).toList());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, fieldErrors);
    }

    /** The problem as JSON, for answers written below JAX-RS (the HTTP layer's own refusals). */
    public String toJson() {
        return io.vertx.core.json.JsonObject.mapFrom(this).encode();
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
