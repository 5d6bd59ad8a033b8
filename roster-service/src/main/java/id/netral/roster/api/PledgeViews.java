package id.netral.roster.api;

import id.netral.roster.domain.Pledge;
import id.netral.common.i18n.Language;
import id.netral.roster.app.RosterService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes for neutrality pledges. */
public final class PledgeViews {
    public static final int SIGNATURES_MAX = 10_000;

    private PledgeViews() {
    }

    /** A pledge held by an agency. */
    @Schema(name = "PledgeInput", example = Examples.PLEDGE)
    public record Input(@NotBlank @Size(max = 40) String agencyCode, @NotNull @PastOrPresent LocalDate pledgedOn,
            @NotBlank @Size(max = 200) String place,
            @NotBlank @Size(max = 300) @Schema(description = "Which pledge text was read") String textReference) {

        Pledge toPledge() {
            Pledge p = new Pledge();
            p.agencyCode = agencyCode;
            p.pledgedOn = pledgedOn;
            p.place = place.strip();
            p.textReference = textReference.strip();
            return p;
        }
    }

    /** A pledge as callers see it. */
    @Schema(name = "Pledge", example = Examples.PLEDGE)
    public record View(long id, String agencyCode, LocalDate pledgedOn, String place, String textReference, String regionCode,
            long signatures, OffsetDateTime createdAt, String createdBy) {
        static View of(Pledge p, long signatures) {
            return new View(p.id, p.agencyCode, p.pledgedOn, p.place, p.textReference, p.regionCode, signatures, p.createdAt,
                    p.createdBy);
        }
    }

    /** The employees who signed, by NIP (or AGENCY:STAFFNUMBER). */
    @Schema(name = "PledgeSignatures")
    public record Signatures(@NotNull @NotEmpty @Size(max = SIGNATURES_MAX) List<@NotBlank String> nips) {
    }

    /** What signing did. */
    @Schema(name = "PledgeSigning")
    public record Signing(int signed, int alreadySigned, List<Rejection> rejected) {
        static Signing of(RosterService.Signing s, Language language) {
            return new Signing(s.signed(), s.alreadySigned(),
                    s.rejected().stream().map(r -> new Rejection(r.nip(), r.reason().in(language))).toList());
        }
    }

    /** A NIP that could not sign, and why (in the caller's language). */
    @Schema(name = "Rejection")
    public record Rejection(String nip, String reason) {
    }
}
