package id.netral.common.api;

import id.netral.common.i18n.LocalizedText;
import id.netral.common.i18n.Messages;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.netral.common.error.FieldError;
import id.netral.common.error.NetralException;
import id.netral.common.error.Outages;
import id.netral.common.i18n.Language;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem details, so that no caller ever gets a stack trace,
 * an HTML page or an empty body; titles, details and field messages follow Accept-Language. Authentication failures are mapped here too, which is why the
 * services run with {@code quarkus.http.auth.proactive=false}.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** What a 503 asks a client to wait before trying again, in seconds: an outage of a neighbour or the database. */
    static final int RETRY_AFTER_SECONDS = 5;
    /** At most one log line per this many milliseconds while the database is unreachable, not one per request. */
    private static final long OUTAGE_LOG_EVERY_MS = 30_000;
    private static final AtomicLong OUTAGE_LOGGED = new AtomicLong();
    /** SQLSTATEs of values only a caller sends: NUL in text (22021, 22P05), a timestamp beyond PostgreSQL's range (22008). */
    private static final Set<String> CALLERS_VALUE_REFUSED = Set.of("22021", "22P05", "22008");

    @ServerExceptionMapper
    public Response netral(NetralException e, HttpHeaders headers) {
        Response response = Problem.from(e, language(headers)).toResponse();
        return e.kind() == NetralException.Kind.UNAVAILABLE ? retryLater(response) : response;
    }

    /** Bean Validation has already put the messages in the request's language (quarkus.locales, Accept-Language). */
    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers) {
        return validationProblem(fieldErrors(e.getConstraintViolations()), language(headers));
    }

    /** The violations as a problem's {@code errors}, in a stable order. */
    static List<FieldError> fieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .collect(Collectors.toList());
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, HttpHeaders headers) {
        return unauthorizedProblem(language(headers), Messages.text("common.ProblemMappers.the-bearer-token-is-missing-expired"));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers) {
        return unauthorizedProblem(language(headers), Messages.text("common.ProblemMappers.this-endpoint-needs-a-valid-bearer"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        Language language = language(headers);
        return Problem.of(403, "forbidden", NetralException.Kind.FORBIDDEN.title.in(language),
                Messages.text("common.ProblemMappers.your-role-may-not-perform-this").in(language)).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException e, HttpHeaders headers) {
        Language language = language(headers);
        return Problem.of(400, "malformed-body", Messages.text("common.ProblemMappers.malformed-request-body").in(language),
                Messages.text("common.ProblemMappers.the-body-is-not-valid-json").in(language)).toResponse();
    }

    /** A body past the reader's limits (JsonSetup): nested too deep, or a text too long. */
    @ServerExceptionMapper
    public Response tooMuchJson(StreamConstraintsException e, HttpHeaders headers) {
        return limitProblem("body", language(headers));
    }

    /** Any other failure to read JSON is the body's, never ours. */
    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, HttpHeaders headers) {
        if (e instanceof JsonMappingException mapping) {
            return mismatchedJson(mapping, headers);
        }
        if (e.getCause() instanceof StreamConstraintsException || e instanceof StreamConstraintsException) {
            return limitProblem("body", language(headers));
        }
        Language language = language(headers);
        return Problem.of(400, "malformed-body", Messages.text("common.ProblemMappers.malformed-request-body").in(language),
                Messages.text("common.ProblemMappers.the-body-is-not-valid-json").in(language)).toResponse();
    }

    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, JsonMappingException.class})
    public Response mismatchedJson(JsonMappingException e, HttpHeaders headers) {
        Language language = language(headers);
        String field = jsonPath(e);
        if (e.getCause() instanceof StreamConstraintsException) {
            return limitProblem(field.isEmpty() ? "body" : field, language);
        }
        String message = e instanceof UnrecognizedPropertyException ? Messages.text("common.ProblemMappers.unknown-field").in(language)
                : e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()
                        ? Messages.text("common.ProblemMappers.must-be-one-of").in(language) + List.of(f.getTargetType().getEnumConstants())
                        : Messages.text("common.ProblemMappers.has-the-wrong-type-or-format").in(language);
        return validationProblem(List.of(new FieldError(field.isEmpty() ? "body" : field, message)), language);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers) {
        Language language = language(headers);
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.StatusType info = Response.Status.fromStatusCode(status);
        String title = info == null ? "HTTP " + status : info.getReasonPhrase();
        String detail = status == 404 ? Messages.text("common.ProblemMappers.no-resource-at-this-path").in(language)
                : e.getMessage() == null ? title : e.getMessage();
        return Problem.of(status, title.toLowerCase().replace(' ', '-'), title, detail).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers) {
        Language language = language(headers);
        if (closedByClient(e)) {
            // a client that hangs up before its body has arrived (a closed tab, a load generator
            // stopping) is no failure of ours: an error log with a stack trace per hang-up hid real ones
            LOG.debugf("Request abandoned: the client closed the connection before its body was read (%s)", e);
            return Problem.of(400, "request-incomplete", Messages.text("common.ProblemMappers.request-cut-off").in(language),
                    Messages.text("common.ProblemMappers.the-connection-closed-before-the-request").in(language))
                    .toResponse();
        }
        String refused = refusedValue(e);
        if (refused != null) {
            // PostgreSQL refused a value (a NUL in text, a date beyond its range): the caller's error, refused before
            // anything is kept; logged, since a check of ours should have caught it first
            LOG.warnf("A value reached the database and was refused (SQLSTATE %s): %s", refused, rootMessage(e));
            String problem = refused.equals("22021") || refused.equals("22P05")
                    ? Messages.text("common.ProblemMappers.holds-a-nul-character-u0000").in(language)
                    : Messages.text("common.ProblemMappers.holds-a-date-outside-the-range").in(language);
            return validationProblem(List.of(new FieldError("body", problem)), language);
        }
        if (Outages.databaseUnreachable(e)) {
            long now = System.currentTimeMillis();
            long last = OUTAGE_LOGGED.get();
            if (now - last >= OUTAGE_LOG_EVERY_MS && OUTAGE_LOGGED.compareAndSet(last, now)) {
                LOG.warnf("The database cannot be reached; answering 503 (logged at most every %d s): %s", OUTAGE_LOG_EVERY_MS / 1000,
                        rootMessage(e));
            }
            return retryLater(Problem.of(503, "unavailable", NetralException.Kind.UNAVAILABLE.title.in(language),
                    Messages.text("common.ProblemMappers.the-database-cannot-be-reached-try").in(language)).toResponse());
        }
        if (malformedMultipart(e)) {
            return Problem.of(400, "malformed-body", Messages.text("common.ProblemMappers.malformed-body").in(language),
                    Messages.text("common.ProblemMappers.the-multipart-form-data-body-is").in(language)).toResponse();
        }
        LOG.error("Unexpected failure", e);
        return Problem.of(500, "internal-error", Messages.text("common.ProblemMappers.internal-error").in(language),
                Messages.text("common.ProblemMappers.the-request-failed-on-our-side").in(language))
                .toResponse();
    }

    private static boolean closedByClient(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // the JDK's ClosedChannelException when the connection was already gone as reading began
            if (cause instanceof HttpClosedException || cause instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The SQLSTATE when PostgreSQL refused a value only a caller sends (a NUL in text: 22021, 22P05; a
     * timestamp beyond its range: 22008), else null. Not all of class 22: a value too long for its
     * column (22001) can be ours, such as a token's subject, and stays a 500.
     */
    private static String refusedValue(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && CALLERS_VALUE_REFUSED.contains(sql.getSQLState())) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static Response retryLater(Response response) {
        return Response.fromResponse(response).header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)).build();
    }

    /** Quarkus REST's multipart parser gives up on a body without its closing boundary with a plain IOException. */
    private static boolean malformedMultipart(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException && cause.getStackTrace().length > 0
                    && cause.getStackTrace()[0].getClassName().contains(".multipart.")) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (malformedMultipart(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.toString();
    }

    static Response limitProblem(String field, Language language) {
        return validationProblem(List.of(new FieldError(field, Messages.text("common.ProblemMappers.exceeds-a-limit-nesting-at-most", JsonSetup.MAX_NESTING_DEPTH, JsonSetup.MAX_STRING_LENGTH).in(language))), language);
    }

    static Response validationProblem(List<FieldError> errors, Language language) {
        String detail = (errors.size() == 1 ? Messages.text("common.ProblemMappers.one-invalid-field")
                : Messages.text("common.ProblemMappers.invalid-fields", errors.size())).in(language);
        return Problem.of(400, "validation-failed", Messages.text("common.ProblemMappers.validation-failed").in(language), detail)
                .withErrors(errors).toResponse();
    }

    private static Response unauthorizedProblem(Language language, LocalizedText detail) {
        return Response.fromResponse(Problem.of(401, "unauthorized", Messages.text("common.ProblemMappers.unauthorized").in(language),
                detail.in(language)).toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    static Language language(HttpHeaders headers) {
        return Language.negotiate(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * The field as the caller knows it: {@code nip} for a body property, {@code size} for a query
     * parameter, {@code items[2].url} inside a list; the method and body parameter names are dropped.
     */
    static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            // Bean Validation puts a list index on the node *after* the list; it belongs to the list's name.
            if (node.isInIterable() && !parts.isEmpty()) {
                Object index = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (index != null) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + index + "]");
                }
            }
            boolean bodyParameter = node.getKind() == ElementKind.PARAMETER && i < nodes.size() - 1;
            if (bodyParameter || node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            parts.add(node.getName());
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
