package id.netral.cases.api;

import id.netral.common.i18n.Language;
import id.netral.cases.domain.DeadlineRule;
import id.netral.common.domain.ElectionType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A deadline of the handling chain as callers see it. */
@Schema(name = "DeadlineRule", example = Examples.DEADLINE_RULE)
public record DeadlineRuleView(
        @Schema(description = "The step of the handling chain", example = "BAWASLU_REVIEW") String code,
        ElectionType electionType,
        @Schema(description = "Length of the period", example = "7") int days,
        @Schema(description = "Counted in working days rather than calendar days") boolean workingDays,
        @Schema(description = "Extension the law allows, if any", example = "14") int extensionDays,
        boolean extensionWorkingDays,
        @Schema(description = "True when the extension counts from the start, capping the whole period (general-election review: "
                + "14 working days after registration in all), false when it is added to the due day") boolean extensionFromStart,
        @Schema(description = "The event the period is counted from, in the language of Accept-Language") String startsFrom,
        @Schema(description = "Where the figure comes from") String legalBasis,
        @Schema(description = "True when sources disagree; the note says which figure was chosen and why") boolean disputed,
        String note) {

    /** The rule with its texts in {@code language}. */
    static DeadlineRuleView of(DeadlineRule rule, Language language) {
        return new DeadlineRuleView(rule.id.code, rule.id.electionType, rule.days, rule.workingDays,
                rule.extensionDays, rule.extensionWorkingDays, rule.extensionFromStart, rule.startsFrom.in(language), rule.legalBasis.in(language),
                rule.disputed, rule.note == null ? null : rule.note.in(language));
    }
}
