package id.netral.roster.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netral.common.domain.EmailAddress;
import id.netral.common.domain.RegionCode;
import id.netral.roster.domain.Agency;
import id.netral.roster.domain.WorkUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes for agencies and their work units. */
public final class AgencyViews {
    static final String CODE = "[A-Z0-9][A-Z0-9_.-]{1,39}";
    static final String CODE_MESSAGE = "must be 2-40 upper-case letters, digits, dots, dashes or underscores";

    private AgencyViews() {
    }

    /** The official with disciplinary authority (regent, mayor, governor, minister). */
    @Schema(name = "Ppk")
    public record Ppk(@NotBlank @Size(max = 200) @Schema(example = "Bupati Sleman") String name,
            @NotBlank @Size(max = 200) @Schema(example = "Bupati") String office) {
    }

    /**
     * Who decides when the PPK is conflicted in a case: an acting official (Pj, Pjs) or the official
     * above, and the login they sign in with (the subject of their token).
     */
    @Schema(name = "PpkSubstitute")
    public record Substitute(@NotBlank @Size(max = 200) @Schema(example = "Gubernur DIY") String name,
            @NotBlank @Size(max = 200) @Schema(example = "Gubernur") String office,
            @NotBlank @Size(max = 200) @Schema(description = "The login the official signs in with (their token's subject)",
                    example = "gubernur-diy") String subject) {
    }

    /** A new agency. */
    @Schema(name = "NewAgency", example = Examples.AGENCY)
    public record Create(@NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = RegionCode.PATTERN, message = "{netral.region-code}") String regionCode,
            @NotNull @Valid Ppk ppk,
            @Pattern(regexp = EmailAddress.PATTERN, message = "{netral.email}")
            @Size(max = EmailAddress.MAX_LENGTH)
            @Schema(description = "The personnel office's e-mail address (BKPP/BKD), for notifications; shown masked to portals",
                    example = "bkpp@slemankab.go.id") String personnelEmail) {

        Agency toAgency() {
            Agency a = new Agency();
            a.code = code;
            a.name = name;
            a.regionCode = regionCode;
            a.ppkName = ppk.name();
            a.ppkOffice = ppk.office();
            a.personnelEmail = personnelEmail;
            return a;
        }
    }

    /** An agency as callers see it. */
    @Schema(name = "Agency", example = Examples.AGENCY)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(String code, String name, String regionCode, Ppk ppk,
            @Schema(description = "Who decides when the PPK is conflicted; absent when none is named; portals see no login")
            Substitute substitute,
            @Schema(description = "Masked for portals; absent when not known") String personnelEmail,
            OffsetDateTime createdAt, String createdBy) {
        static View of(Agency a, boolean personalData) {
            // a login is an official's sign-in name: for the offices that act on cases, not for portals
            Substitute substitute = a.substituteName == null ? null
                    : new Substitute(a.substituteName, a.substituteOffice, personalData ? a.substituteSubject : null);
            return new View(a.code, a.name, a.regionCode, new Ppk(a.ppkName, a.ppkOffice), substitute,
                    personalData ? a.personnelEmail : EmailAddress.mask(a.personnelEmail), a.createdAt, a.createdBy);
        }
    }

    /** A new work unit of an agency. */
    @Schema(name = "NewWorkUnit", example = Examples.UNIT)
    public record CreateUnit(@NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(description = "The enclosing unit, if any") String parentCode) {

        WorkUnit toUnit() {
            WorkUnit u = new WorkUnit();
            u.code = code;
            u.name = name;
            u.parentCode = parentCode;
            return u;
        }
    }

    /** A work unit as callers see it. */
    @Schema(name = "WorkUnit", example = Examples.UNIT)
    public record UnitView(String agencyCode, String code, String name, String parentCode) {
        static UnitView of(WorkUnit u) {
            return new UnitView(u.agencyCode, u.code, u.name, u.parentCode);
        }
    }
}
