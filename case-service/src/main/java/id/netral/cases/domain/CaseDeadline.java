package id.netral.cases.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netral.common.i18n.LocalizedText;
import java.time.LocalDate;

/**
 * One legal clock running on a case: which step, from which local day, due on which local day (in
 * the case's time zone), counted in calendar or working days, and the law that sets it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseDeadline(String code, LocalDate startsOn, LocalDate dueOn, int days, boolean workingDays,
        LocalizedText legalBasis, boolean disputed) {
}
