package id.netral.rules.api;

import id.netral.common.domain.ElectionType;
import id.netral.common.domain.RegionCode;
import id.netral.rules.domain.ContestDate;
import id.netral.rules.domain.Election;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of the elections calendar. */
public final class ElectionViews {

    private ElectionViews() {
    }

    /** An election with its derived quiet period and its contests. */
    @Schema(name = "Election", example = Examples.ELECTION)
    public record View(String code, String name, ElectionType type, LocalDate periodStart,
            @Schema(description = "The day the last contest's candidates were set") LocalDate candidatesSetOn,
            @Schema(description = "Each contest and the day its candidates were set") List<ContestDate> contests,
            LocalDate campaignStart, LocalDate campaignEnd, LocalDate quietStart, LocalDate quietEnd, LocalDate voteOn,
            LocalDate periodEnd,
            @Schema(description = "What periodStart rests on (the regulation on the stages); null: a default") String periodStartBasis,
            @Schema(description = "What periodEnd rests on (the day the results became final); null: a default") String periodEndBasis,
            List<String> regionCodes, boolean builtIn, OffsetDateTime createdAt, String createdBy) {

        static View of(Election e) {
            return new View(e.code, e.name, e.type, e.periodStart, e.candidatesSetOn, List.copyOf(e.contests), e.campaignStart,
                    e.campaignEnd, e.quietStart(), e.quietEnd(), e.voteOn, e.periodEnd, e.periodStartBasis, e.periodEndBasis,
                    e.regionCodes, e.builtIn, e.createdAt, e.createdBy);
        }
    }

    /** A new election: a later general election, a re-vote or a by-election. */
    @Schema(name = "NewElection", example = Examples.NEW_ELECTION)
    public record Create(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{2,39}", message = "{netral.election-code}")
            String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull ElectionType type,
            @NotNull @Schema(description = "When the candidates of the last contest are formally set") LocalDate candidatesSetOn,
            @Schema(description = "Each contest with the day its candidates are set, the last on candidatesSetOn; default: the "
                    + "contests of the election's type, all set on candidatesSetOn")
            List<@NotNull @Valid ContestDate> contests,
            @NotNull LocalDate campaignStart,
            @NotNull LocalDate campaignEnd,
            @NotNull LocalDate voteOn,
            @Schema(description = "Start of the span used to infer this election from a date; default 6 months before candidates are set")
            LocalDate periodStart,
            @Schema(description = "End of that span, when the results are final; default 60 days after the vote") LocalDate periodEnd,
            @Schema(description = "What periodStart rests on") @Size(max = 1000) String periodStartBasis,
            @Schema(description = "What periodEnd rests on") @Size(max = 1000) String periodEndBasis,
            @Schema(description = "Regional elections only: the regions that vote; empty means all")
            List<@NotNull @Pattern(regexp = RegionCode.PATTERN, message = "{netral.region-code}") String> regionCodes) {

        Election toElection() {
            Election election = Election.of(code, name, type, periodStart, candidatesSetOn, campaignStart, campaignEnd, voteOn,
                    periodEnd, regionCodes, contests);
            election.periodStartBasis = periodStartBasis;
            election.periodEndBasis = periodEndBasis;
            return election;
        }
    }
}
