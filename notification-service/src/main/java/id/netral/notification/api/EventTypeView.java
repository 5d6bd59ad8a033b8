package id.netral.notification.api;

import id.netral.notification.domain.EventType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event type as subscribers see it. */
@Schema(name = "EventType", example = Examples.EVENT_TYPE)
public record EventTypeView(
        @Schema(description = "Stable code to subscribe to", example = "CASE_REGISTERED") String code,
        @Schema(description = "Description in Indonesian") String descriptionId,
        @Schema(description = "Description in English") String descriptionEn,
        @Schema(description = "API version that introduced it", example = "v1") String sinceVersion) {

    static EventTypeView of(EventType type) {
        return new EventTypeView(type.code, type.descriptionId, type.descriptionEn, type.sinceVersion);
    }
}
