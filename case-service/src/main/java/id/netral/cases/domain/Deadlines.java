package id.netral.cases.domain;

import id.netral.common.domain.ElectionType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

/** The legal clocks of a case, from the deadline rules and the holiday calendar (both data). */
@ApplicationScoped
public class Deadlines {

    /** The clock {@code code} of this kind of election started on {@code start} (a local date); empty when no rule exists. */
    public Optional<CaseDeadline> start(String code, ElectionType type, LocalDate start) {
        DeadlineRule.Key key = new DeadlineRule.Key();
        key.code = code;
        key.electionType = type;
        DeadlineRule rule = DeadlineRule.findById(key);
        if (rule == null) {
            return Optional.empty();
        }
        LocalDate due = calendar().addDays(start, rule.days, rule.workingDays);
        return Optional.of(new CaseDeadline(code, start, due, rule.days, rule.workingDays, rule.legalBasis, rule.disputed));
    }

    /** The calendar as the holiday table holds it now. */
    public WorkingCalendar calendar() {
        return new WorkingCalendar(Holiday.<Holiday>listAll().stream().map(h -> h.day).collect(Collectors.toSet()));
    }
}
