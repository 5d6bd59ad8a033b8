package id.netral.cases.api;

import id.netral.cases.domain.CaseDeadline;
import id.netral.common.domain.ElectionType;
import id.netral.common.i18n.Language;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A period of the chain counted from a given day: what a form shows before anything is filed. */
@Schema(name = "DeadlineDue", example = Examples.DEADLINE_DUE)
public record DeadlineDueView(
        @Schema(example = "REPORT_FILING") String code,
        ElectionType electionType,
        @Schema(description = "The local day the period starts on", example = "2024-10-30") LocalDate startsOn,
        @Schema(description = "Its last day", example = "2024-11-06") LocalDate dueOn,
        @Schema(example = "7") int days,
        @Schema(description = "Counted in working days (holidays from the calendar) rather than calendar days") boolean workingDays,
        @Schema(description = "Where the figure comes from, in the language of Accept-Language") String legalBasis,
        @Schema(description = "True when sources disagree on the figure") boolean disputed) {

    static DeadlineDueView of(CaseDeadline deadline, ElectionType type, Language language) {
        return new DeadlineDueView(deadline.code(), type, deadline.startsOn(), deadline.dueOn(), deadline.days(), deadline.workingDays(),
                deadline.legalBasis() == null ? null : deadline.legalBasis().in(language), deadline.disputed());
    }
}
