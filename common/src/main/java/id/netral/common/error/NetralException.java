package id.netral.common.error;

import id.netral.common.i18n.Messages;
import id.netral.common.i18n.LocalizedText;
import java.util.List;

/**
 * A failure the caller can act on, thrown by domain code without knowing about HTTP; the API layer
 * renders it as RFC 9457 problem details with the status its {@link Kind} implies, in the language
 * of the request (so every text is given in Indonesian and English; the exception's message, for
 * logs, is the English one).
 */
public class NetralException extends RuntimeException {

    /** What went wrong, from the caller's point of view; each maps to one HTTP status. */
    public enum Kind {
        BAD_REQUEST(400, "bad-request"),
        FORBIDDEN(403, "forbidden"),
        NOT_FOUND(404, "not-found"),
        CONFLICT(409, "conflict"),
        PRECONDITION_FAILED(412, "precondition-failed"),
        UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
        UNPROCESSABLE(422, "unprocessable"),
        PRECONDITION_REQUIRED(428, "precondition-required"),
        UNAVAILABLE(503, "unavailable");

        public final int status;
        public final String slug;
        /** The problem's title, from the bundle ({@code common.problem.<slug>}). */
        public final LocalizedText title;

        Kind(int status, String slug) {
            this.status = status;
            this.slug = slug;
            this.title = Messages.text("common.problem." + slug);
        }
    }

    private final Kind kind;
    private final transient LocalizedText detail;
    private final transient List<FieldProblem> problems;

    public NetralException(Kind kind, LocalizedText detail, List<FieldProblem> problems) {
        super(detail.english());
        this.kind = kind;
        this.detail = detail;
        this.problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** {@code what} names the kind of thing in both languages, e.g. ("Pegawai", "Employee"). */
    public static NetralException notFound(LocalizedText what, Object id) {
        return new NetralException(Kind.NOT_FOUND, Messages.text("common.NetralException.not-found", what, id), null);
    }

    public static NetralException conflict(LocalizedText message) {
        return new NetralException(Kind.CONFLICT, message, null);
    }

    public static NetralException forbidden(LocalizedText message) {
        return new NetralException(Kind.FORBIDDEN, message, null);
    }

    public static NetralException badRequest(String field, LocalizedText message) {
        return new NetralException(Kind.BAD_REQUEST, Messages.text("common.NetralException.the-request-has-an-invalid-field"), List.of(new FieldProblem(field, message)));
    }

    /** Well-formed, but it names something that does not exist or breaks a business rule. */
    public static NetralException unprocessable(String field, LocalizedText message) {
        return new NetralException(Kind.UNPROCESSABLE, message, List.of(new FieldProblem(field, message)));
    }

    /** Content whose type is not accepted, or not what it claims to be. */
    public static NetralException unsupportedMediaType(String field, LocalizedText message) {
        return new NetralException(Kind.UNSUPPORTED_MEDIA_TYPE, message, List.of(new FieldProblem(field, message)));
    }

    public static NetralException preconditionFailed(LocalizedText message) {
        return new NetralException(Kind.PRECONDITION_FAILED, message, null);
    }

    public static NetralException preconditionRequired(LocalizedText message) {
        return new NetralException(Kind.PRECONDITION_REQUIRED, message, null);
    }

    /** A neighbouring service this step needs cannot answer now; the caller may retry later. */
    public static NetralException unavailable(LocalizedText message) {
        return new NetralException(Kind.UNAVAILABLE, message, null);
    }

    public Kind kind() {
        return kind;
    }

    public LocalizedText detail() {
        return detail;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
