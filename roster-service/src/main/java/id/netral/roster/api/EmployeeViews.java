package id.netral.roster.api;

import id.netral.roster.domain.Pledge;
import id.netral.common.domain.EmailAddress;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.netral.common.domain.EmploymentType;
import id.netral.common.domain.Nip;
import id.netral.roster.store.AccountOwners;
import id.netral.roster.domain.Agency;
import id.netral.roster.domain.Employee;
import id.netral.roster.domain.EmploymentStatus;
import id.netral.roster.app.RosterService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes for employees. */
public final class EmployeeViews {

    private EmployeeViews() {
    }

    /** An employee to register, or the whole new state of one (PUT). */
    @Schema(name = "EmployeeInput", example = Examples.EMPLOYEE)
    public record Input(
            @Pattern(regexp = "\\d{18}", message = "{netral.nip-digits}") @Schema(description = "PNS and PPPK only") String nip,
            @Size(max = 40) @Schema(description = "Agency staff number; required for NON_ASN staff") String staffNumber,
            @NotBlank @Size(max = 200) String name,
            @NotNull EmploymentType employmentType,
            @NotBlank @Size(max = 40) String agencyCode,
            @NotBlank @Size(max = 40) String unitCode,
            @NotBlank @Size(max = 200) String position,
            @Schema(description = "Golongan, PNS only", example = "III/a") String rank,
            @Schema(description = "ACTIVE when absent") EmploymentStatus status,
            @Schema(description = "The employee's own e-mail address, for notifications; shown masked to portals",
                    example = "budi.santoso@slemankab.go.id") String email) {

        Employee toEmployee() {
            Employee e = new Employee();
            e.nip = nip;
            e.staffNumber = staffNumber == null || staffNumber.isBlank() ? null : staffNumber.strip();
            e.name = name.strip();
            e.employmentType = employmentType;
            e.agencyCode = agencyCode;
            e.unitCode = unitCode;
            e.position = position.strip();
            e.rank = rank == null || rank.isBlank() ? null : rank.strip();
            e.status = status == null ? EmploymentStatus.ACTIVE : status;
            e.email = email == null || email.isBlank() ? null : email.strip();
            return e;
        }
    }

    /** The latest neutrality pledge the employee signed. */
    @Schema(name = "PledgeStatus")
    public record PledgeStatus(long pledgeId, LocalDate pledgedOn, OffsetDateTime signedAt) {
        static PledgeStatus of(Pledge.Signed s) {
            return new PledgeStatus(s.pledgeId(), s.pledgedOn(), s.signedAt());
        }
    }

    /** An employee as callers see it; portals see the NIP masked. */
    @Schema(name = "Employee", example = Examples.EMPLOYEE)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(
            @Schema(description = "The identifier used in paths: the NIP, or AGENCY:STAFFNUMBER for non-ASN staff") String key,
            String nip, String staffNumber, String name, EmploymentType employmentType, String agencyCode, String unitCode,
            String position, String rank, EmploymentStatus status, String regionCode, int version,
            @Schema(description = "Whether and when the person pledged neutrality; absent when never") PledgeStatus pledge,
            @Schema(description = "Masked for portals (b***@slemankab.go.id); absent when not known") String email,
            OffsetDateTime updatedAt) {

        static View of(Employee e, boolean personalData, PledgeStatus pledge) {
            String nip = personalData ? e.nip : Nip.mask(e.nip);
            String key = e.nip == null ? e.key() : nip;
            return new View(key, nip, e.staffNumber, e.name, e.employmentType, e.agencyCode, e.unitCode, e.position, e.rank,
                    e.status, e.regionCode, e.version, pledge, personalData ? e.email : EmailAddress.mask(e.email), e.updatedAt);
        }
    }

    /** Who an account belongs to: what a monitoring team needs to route a finding. */
    @Schema(name = "EmployeeSummary")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(String nip, String staffNumber, String name, EmploymentType employmentType, String agencyCode,
            String agencyName, String unitCode, String regionCode, EmploymentStatus status) {

        static Summary of(Employee e, String agencyName, boolean fullNip) {
            return new Summary(fullNip ? e.nip : Nip.mask(e.nip), e.staffNumber, e.name, e.employmentType, e.agencyCode,
                    agencyName, e.unitCode, e.regionCode, e.status);
        }

        static Summary of(RosterService.Owner owner, boolean fullNip) {
            return of(owner.employee(), owner.agencyName(), fullNip);
        }

        static Summary of(AccountOwners.Owner o, boolean fullNip) {
            return new Summary(fullNip ? o.nip() : Nip.mask(o.nip()), o.staffNumber(), o.name(), o.employmentType(), o.agencyCode(),
                    o.agencyName(), o.unitCode(), o.regionCode(), o.status());
        }
    }
}
