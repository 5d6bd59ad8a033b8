package id.netral.rules.api;

import id.netral.rules.domain.Act;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An act of the taxonomy as callers see it. */
@Schema(name = "Act", example = Examples.ACT)
public record ActView(
        @Schema(description = "Stable code, the classifier's input", example = "SOCIAL_MEDIA_LIKE") String code,
        @Schema(example = "SOCIAL_MEDIA") String category,
        @Schema(description = "Label in Indonesian") String labelId,
        @Schema(description = "Label in English") String labelEn) {

    static ActView of(Act act) {
        return new ActView(act.code, act.category, act.labelId, act.labelEn);
    }
}
