package id.netral.roster.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netral.roster.domain.FamilyCandidacy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes for family candidacy declarations. */
public final class FamilyViews {

    private FamilyViews() {
    }

    /** A relative of the employee who runs in an election. */
    @Schema(name = "FamilyCandidacyInput", example = Examples.CANDIDACY)
    public record Input(@NotNull FamilyCandidacy.FamilyRelation relation,
            @NotBlank @Size(max = 200) String candidateName,
            @NotBlank @Size(max = 40) @Schema(description = "Election code as in rules-service", example = "PILKADA_2024") String electionCode,
            @NotBlank @Size(max = 200) String office,
            @Size(max = 200) String party) {

        FamilyCandidacy toCandidacy() {
            FamilyCandidacy f = new FamilyCandidacy();
            f.relation = relation;
            f.candidateName = candidateName.strip();
            f.electionCode = electionCode;
            f.office = office.strip();
            f.party = party;
            return f;
        }
    }

    /** A declaration with the employee it concerns. */
    @Schema(name = "FamilyCandidacy", example = Examples.CANDIDACY)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(long id, FamilyCandidacy.FamilyRelation relation, String candidateName, String electionCode, String office,
            String party, String regionCode, EmployeeViews.Summary employee, OffsetDateTime createdAt, String createdBy) {

        static View of(FamilyCandidacy f, EmployeeViews.Summary employee) {
            return new View(f.id, f.relation, f.candidateName, f.electionCode, f.office, f.party, f.regionCode, employee,
                    f.createdAt, f.createdBy);
        }
    }
}
