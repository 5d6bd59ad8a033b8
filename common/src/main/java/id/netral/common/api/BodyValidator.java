package id.netral.common.api;

import id.netral.common.i18n.Messages;
import id.netral.common.error.FieldError;
import id.netral.common.error.NetralException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.List;
import java.util.Set;

/**
 * Validates a request body against its own constraint annotations, for endpoints on the hot
 * path. Method validation ({@code @Valid} on the parameter) runs the same checks through the
 * executable-validation machinery and, because Hibernate ORM is present, asks JPA whether every
 * property of the body is loaded; on a small body that costs as much as the rest of the request.
 * A request body is never an entity, so here every property counts as reachable. The violations,
 * field names and 400 problem are the ones {@link ProblemMappers} gives for {@code @Valid}.
 */
@ApplicationScoped
public class BodyValidator {

    /** Bodies are plain records, never lazily loaded entities. */
    private static final TraversableResolver ALL_REACHABLE = new TraversableResolver() {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    };

    @Inject
    ValidatorFactory factory;

    private Validator validator;

    @PostConstruct
    void init() {
        validator = factory.usingContext().traversableResolver(ALL_REACHABLE).getValidator();
    }

    /**
     * What is wrong with one item of a batch, field by field as a 400 would name them (empty when
     * it is valid): for endpoints that answer item by item instead of refusing the whole batch.
     */
    public List<FieldError> errors(Object item) {
        return ProblemMappers.fieldErrors(validator.validate(item));
    }

    /** The body, or a 400 naming every invalid field; a missing body is itself a 400. */
    public <T> T valid(T body) {
        if (body == null) {
            throw NetralException.badRequest("body", Messages.text("common.BodyValidator.must-not-be-null"));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
