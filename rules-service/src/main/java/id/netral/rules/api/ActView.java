package id.netral.rules.api;

import id.netral.common.i18n.Language;
import id.netral.rules.domain.Act;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An act of the taxonomy as callers see it. */
@Schema(name = "Act", example = Examples.ACT)
public record ActView(
        @Schema(description = "Stable code, the classifier's input", example = "SOCIAL_MEDIA_LIKE") String code,
        @Schema(example = "SOCIAL_MEDIA") String category,
        @Schema(description = "What the act is, in the language of Accept-Language") String label) {

    static ActView of(Act act, Language language) {
        return new ActView(act.code, act.category, act.label.in(language));
    }
}
