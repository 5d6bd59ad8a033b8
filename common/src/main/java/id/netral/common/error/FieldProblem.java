package id.netral.common.error;

import id.netral.common.i18n.Language;
import id.netral.common.i18n.LocalizedText;

/** What is wrong with one field, in both languages; rendered as a {@link FieldError} in the caller's. */
public record FieldProblem(String field, LocalizedText message) {

    public static FieldProblem of(String field, LocalizedText message) {
        return new FieldProblem(field, message);
    }

    public FieldError in(Language language) {
        return new FieldError(field, message.in(language));
    }
}
