package id.netral.rules.api;

import id.netral.common.domain.EmploymentType;
import id.netral.common.i18n.Language;
import id.netral.rules.domain.SanctionTier;
import id.netral.common.domain.SanctionType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a sanction tier means for one kind of employee, as callers see it. */
@Schema(name = "SanctionTier", example = Examples.SANCTION_TIER)
public record SanctionTierView(
        SanctionType sanctionType,
        EmploymentType employmentType,
        @Schema(description = "The measures of the tier and their legal basis, in the language of Accept-Language") String detail,
        @Schema(description = "The article that sets the tier for this kind of employee", example = "PP 94/2021 Pasal 8 ayat (4)") String basis,
        boolean disputed,
        @Schema(description = "Why the basis is disputed") String disputeNote) {

    static SanctionTierView of(SanctionTier tier, Language language) {
        return new SanctionTierView(tier.sanctionType, tier.employmentType, tier.detail.in(language), tier.basis, tier.disputed,
                tier.disputeNote == null ? null : tier.disputeNote.in(language));
    }
}
