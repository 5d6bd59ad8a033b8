package id.netral.common.error;

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
        BAD_REQUEST(400, "bad-request", "Permintaan tidak valid", "Bad request"),
        FORBIDDEN(403, "forbidden", "Dilarang", "Forbidden"),
        NOT_FOUND(404, "not-found", "Tidak ditemukan", "Not found"),
        CONFLICT(409, "conflict", "Konflik", "Conflict"),
        PRECONDITION_FAILED(412, "precondition-failed", "Prasyarat tidak terpenuhi", "Precondition failed"),
        UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Jenis isi tidak didukung", "Unsupported media type"),
        UNPROCESSABLE(422, "unprocessable", "Isi tidak dapat diproses", "Unprocessable content"),
        PRECONDITION_REQUIRED(428, "precondition-required", "Prasyarat diperlukan", "Precondition required"),
        UNAVAILABLE(503, "unavailable", "Layanan tidak tersedia", "Service unavailable");

        public final int status;
        public final String slug;
        public final LocalizedText title;

        Kind(int status, String slug, String indonesianTitle, String englishTitle) {
            this.status = status;
            this.slug = slug;
            this.title = LocalizedText.of(indonesianTitle, englishTitle);
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
    public static NetralException notFound(String whatIndonesian, String whatEnglish, Object id) {
        return new NetralException(Kind.NOT_FOUND, LocalizedText.of(
                whatIndonesian + " '" + id + "' tidak ada atau di luar wilayah Anda",
                whatEnglish + " '" + id + "' does not exist or is outside your region"), null);
    }

    public static NetralException conflict(String indonesian, String english) {
        return new NetralException(Kind.CONFLICT, LocalizedText.of(indonesian, english), null);
    }

    public static NetralException forbidden(String indonesian, String english) {
        return new NetralException(Kind.FORBIDDEN, LocalizedText.of(indonesian, english), null);
    }

    public static NetralException badRequest(String field, String indonesian, String english) {
        return badRequest(field, LocalizedText.of(indonesian, english));
    }

    public static NetralException badRequest(String field, LocalizedText message) {
        return new NetralException(Kind.BAD_REQUEST, LocalizedText.of("Permintaan memuat field yang tidak valid",
                "The request has an invalid field"), List.of(new FieldProblem(field, message)));
    }

    /** Well-formed, but it names something that does not exist or breaks a business rule. */
    public static NetralException unprocessable(String field, String indonesian, String english) {
        return unprocessable(field, LocalizedText.of(indonesian, english));
    }

    public static NetralException unprocessable(String field, LocalizedText message) {
        return new NetralException(Kind.UNPROCESSABLE, message, List.of(new FieldProblem(field, message)));
    }

    /** Content whose type is not accepted, or not what it claims to be. */
    public static NetralException unsupportedMediaType(String field, String indonesian, String english) {
        LocalizedText message = LocalizedText.of(indonesian, english);
        return new NetralException(Kind.UNSUPPORTED_MEDIA_TYPE, message, List.of(new FieldProblem(field, message)));
    }

    public static NetralException preconditionFailed(String indonesian, String english) {
        return new NetralException(Kind.PRECONDITION_FAILED, LocalizedText.of(indonesian, english), null);
    }

    public static NetralException preconditionRequired(String indonesian, String english) {
        return new NetralException(Kind.PRECONDITION_REQUIRED, LocalizedText.of(indonesian, english), null);
    }

    /** A neighbouring service this step needs cannot answer now; the caller may retry later. */
    public static NetralException unavailable(String indonesian, String english) {
        return new NetralException(Kind.UNAVAILABLE, LocalizedText.of(indonesian, english), null);
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
