package id.netral.rules.api;

import id.netral.common.domain.EmploymentType;
import id.netral.common.domain.RegionCode;
import id.netral.rules.domain.Observation;
import id.netral.rules.domain.Participation;
import id.netral.rules.domain.CandidateRelation;
import id.netral.rules.domain.Contest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One observed act to classify. Optional facts left out are asked back when they decide the outcome. */
@Schema(name = "ClassificationRequest", example = Examples.CLASSIFICATION_REQUEST)
public record ClassificationRequest(
        @NotNull @Schema(required = true) EmploymentType employmentType,
        @NotBlank @Size(max = 48) @Schema(required = true, description = "An act code from GET /api/v1/acts", example = "SOCIAL_MEDIA_LIKE") String act,
        @NotNull @PastOrPresent @Schema(required = true, example = "2024-10-30") LocalDate occurredOn,
        @Size(max = 40) @Schema(description = "Election code; inferred from the date (and the contest, where elections overlap) when not given", example = "PILKADA_2024") String election,
        @Schema(description = "How the ASN took part (attendance acts)") Participation participation,
        @Schema(description = "CandidateRelation to the candidate concerned; NONE when absent") CandidateRelation relationToCandidate,
        @Schema(description = "Whether symbols of support were shown (photos, attendance)") Boolean partisanSymbols,
        @Schema(description = "Whether the ASN was on unpaid leave (CLTN)") Boolean onUnpaidLeave,
        @Pattern(regexp = RegionCode.PATTERN, message = "{netral.region-code}")
        @Schema(description = "Where the act took place; narrows election inference to elections held there", example = "34.04") String regionCode,
        @Positive @Schema(description = "Classify with this catalog version instead of the current one", example = "2") Integer catalogVersion,
        @Schema(description = "The contest the act concerns. Places the act where elections overlap (asked for when two span the "
                + "date and no election is named), and is asked for (version 2 on) when the date lies between two contests' "
                + "determination dates and the answer depends on it (general elections: DPR, DPD and DPRD lists were set before "
                + "the presidential pairs)") Contest contest,
        @Schema(description = "Whether the ASN holds an official post. Asked for (version 2 on) for decisions and use of state "
                + "facilities in regional elections: it decides a referral under UU 10/2016 art. 188") Boolean official,
        @Schema(description = "Whether the ASN spoke on a written official assignment, explaining government policy or their "
                + "expertise. Asked for (version 2 on) for speakers: with it, speaking is permitted") Boolean officialDuty) {

    Observation toObservation() {
        return new Observation(employmentType, act, occurredOn, election, participation, relationToCandidate, partisanSymbols,
                onUnpaidLeave, regionCode, catalogVersion, contest, official, officialDuty);
    }
}
