package id.netral.common.error;

import java.util.List;

/**
 * A failure the caller can act on, thrown by domain code without knowing about HTTP; the API layer
 * renders it as RFC 9457 problem details with the status its {@link Kind} implies.
 */
public class NetralException extends RuntimeException {

    /** What went wrong, from the caller's point of view; each maps to one HTTP status. */
    public enum Kind {
        BAD_REQUEST(400, "bad-request", "Bad request"),
        FORBIDDEN(403, "forbidden", "Forbidden"),
        NOT_FOUND(404, "not-found", "Not found"),
        CONFLICT(409, "conflict", "Conflict"),
        PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
        UNPROCESSABLE(422, "unprocessable", "Unprocessable content"),
        PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required");

        public final int status;
        public final String slug;
        public final String title;

        Kind(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }
    }

    private final Kind kind;
    private final List<FieldError> errors;

    public NetralException(Kind kind, String detail, List<FieldError> errors) {
        super(detail);
        this.kind = kind;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static NetralException notFound(String what, Object id) {
        return new NetralException(Kind.NOT_FOUND, what + " '" + id + "' does not exist or is outside your region", null);
    }

    public static NetralException conflict(String detail) {
        return new NetralException(Kind.CONFLICT, detail, null);
    }

    public static NetralException forbidden(String detail) {
        return new NetralException(Kind.FORBIDDEN, detail, null);
    }

    public static NetralException badRequest(String field, String message) {
        return new NetralException(Kind.BAD_REQUEST, "The request has an invalid field", List.of(new FieldError(field, message)));
    }

    /** Well-formed, but it names something that does not exist or breaks a business rule. */
    public static NetralException unprocessable(String field, String message) {
        return new NetralException(Kind.UNPROCESSABLE, message, List.of(new FieldError(field, message)));
    }

    public static NetralException preconditionFailed(String detail) {
        return new NetralException(Kind.PRECONDITION_FAILED, detail, null);
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
