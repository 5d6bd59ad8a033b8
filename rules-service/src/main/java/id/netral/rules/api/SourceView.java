package id.netral.rules.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netral.rules.domain.LegalSource;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A legal source as callers see it. */
@Schema(name = "LegalSource", example = Examples.SOURCE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(
        @Schema(description = "Stable code used in rules", example = "SKB_2022") String code,
        @Schema(example = "SKB 2022") String shortName,
        @Schema(description = "LAW, GOVERNMENT_REGULATION, JOINT_DECREE, CIRCULAR, AGENCY_REGULATION") String kind,
        String title,
        @Schema(description = "Official numbers; a joint decree has one per issuing body") List<String> numbers,
        @Schema(description = "Date of signature; absent where not confirmed") LocalDate issuedOn,
        List<String> issuers,
        String note) {

    static SourceView of(LegalSource source) {
        return new SourceView(source.code, source.shortName, source.kind, source.title, source.numbers,
                source.issuedOn, source.issuers, source.note);
    }
}
