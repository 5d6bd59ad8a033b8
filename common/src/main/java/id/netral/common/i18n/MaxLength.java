package id.netral.common.i18n;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A {@link LocalizedText} whose text in each language has at most {@link #value()} characters. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MaxLength.Check.class)
public @interface MaxLength {
    int value();

    String message() default "{netral.max-length}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks both languages; null texts are left to {@code @NotNull}/{@code @NotBlank}. */
    class Check implements ConstraintValidator<MaxLength, LocalizedText> {
        private int max;

        @Override
        public void initialize(MaxLength annotation) {
            max = annotation.value();
        }

        @Override
        public boolean isValid(LocalizedText text, ConstraintValidatorContext context) {
            return text == null || (fits(text.indonesian()) && fits(text.english()));
        }

        private boolean fits(String value) {
            return value == null || value.length() <= max;
        }
    }
}
