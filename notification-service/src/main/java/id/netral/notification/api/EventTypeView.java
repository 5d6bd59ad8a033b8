package id.netral.notification.api;

import id.netral.common.i18n.Language;
import id.netral.notification.domain.EventType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event type as subscribers see it. */
@Schema(name = "EventType", example = Examples.EVENT_TYPE)
public record EventTypeView(
        @Schema(description = "Stable code to subscribe to", example = "case.registered") String code,
        @Schema(description = "What happened, in the language of Accept-Language") String description,
        @Schema(description = "API version that introduced it", example = "v1") String sinceVersion) {

    static EventTypeView of(EventType type, Language language) {
        return new EventTypeView(type.code, type.description.in(language), type.sinceVersion);
    }
}
