package id.netral.common.i18n;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A text meant for people, in both languages the suite speaks. Stored as two columns (mapped with
 * {@code @AttributeOverride} where it is embedded); an answer carries the one the caller asked for.
 */
@Embeddable
@Schema(description = "A text in Indonesian and in English")
public record LocalizedText(
        @NotBlank @Schema(description = "Indonesian") String indonesian,
        @NotBlank @Schema(description = "English") String english) {

    public static LocalizedText of(String indonesian, String english) {
        return new LocalizedText(indonesian, english);
    }

    /** The text in that language. */
    public String in(Language language) {
        return language == Language.ENGLISH ? english : indonesian;
    }
}
