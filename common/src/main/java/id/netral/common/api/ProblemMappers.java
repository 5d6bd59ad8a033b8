package id.netral.common.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.netral.common.error.FieldError;
import id.netral.common.error.NetralException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem details, so that no caller ever gets a stack trace,
 * an HTML page or an empty body. Authentication failures are mapped here too, which is why the
 * services run with {@code quarkus.http.auth.proactive=false}.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response netral(NetralException e) {
        return Problem.from(e).toResponse();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .collect(Collectors.toList());
        return validationProblem(errors);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return unauthorizedProblem("The bearer token is missing, expired, or not signed by a trusted issuer");
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthorizedProblem("This endpoint needs a valid bearer token");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "forbidden", "Forbidden", "Your role may not perform this operation").toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException e) {
        return Problem.of(400, "malformed-body", "Malformed request body", "The body is not valid JSON").toResponse();
    }

    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, JsonMappingException.class})
    public Response mismatchedJson(JsonMappingException e) {
        String field = jsonPath(e);
        String message = e instanceof UnrecognizedPropertyException ? "unknown field"
                : e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()
                        ? "must be one of " + List.of(f.getTargetType().getEnumConstants())
                        : "has the wrong type or format";
        return validationProblem(List.of(new FieldError(field.isEmpty() ? "body" : field, message)));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.StatusType info = Response.Status.fromStatusCode(status);
        String title = info == null ? "HTTP " + status : info.getReasonPhrase();
        String detail = status == 404 ? "No resource at this path"
                : e.getMessage() == null ? title : e.getMessage();
        return Problem.of(status, title.toLowerCase().replace(' ', '-'), title, detail).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unexpected failure", e);
        return Problem.of(500, "internal-error", "Internal error",
                "The request failed on our side; it has been logged").toResponse();
    }

    private static Response validationProblem(List<FieldError> errors) {
        String detail = "The request has " + errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s");
        return Problem.of(400, "validation-failed", "Validation failed", detail).withErrors(errors).toResponse();
    }

    private static Response unauthorizedProblem(String detail) {
        return Response.fromResponse(Problem.of(401, "unauthorized", "Unauthorized", detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
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
