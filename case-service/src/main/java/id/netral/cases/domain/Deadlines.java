package id.netral.cases.domain;

import id.netral.common.domain.ElectionType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The legal clocks of a case, from the deadline rules and the holiday calendar (both data). The
 * calendar is read once a minute, not at every deadline: holidays change a few times a year, and
 * an admin's change reaches this replica at once ({@link #forget()}) and the others within a minute.
 */
@ApplicationScoped
public class Deadlines {
    private static final long CALENDAR_TTL_NANOS = 60_000_000_000L;

    private record Cached(WorkingCalendar calendar, long readAt) {
    }

    private volatile Cached cached;

    /** The clock {@code code} of this kind of election started on {@code start} (a local date); empty when no rule exists. */
    public Optional<CaseDeadline> start(String code, ElectionType type, LocalDate start) {
        DeadlineRule rule = rule(code, type);
        if (rule == null) {
            return Optional.empty();
        }
        LocalDate due = calendar().addDays(start, rule.days, rule.workingDays);
        return Optional.of(new CaseDeadline(code, start, due, rule.days, rule.workingDays, rule.legalBasis, rule.disputed));
    }

    /** The clock extended once by its rule's extension (Bawaslu review: more information needed). */
    public CaseDeadline extend(CaseDeadline running, ElectionType type) {
        DeadlineRule rule = rule(running.code(), type);
        if (rule == null || rule.extensionDays == 0) {
            return running;
        }
        LocalDate due = calendar().addDays(running.dueOn(), rule.extensionDays, rule.extensionWorkingDays);
        return new CaseDeadline(running.code(), running.startsOn(), due, running.days(), running.workingDays(), running.legalBasis(),
                running.disputed());
    }

    private static DeadlineRule rule(String code, ElectionType type) {
        DeadlineRule.Key key = new DeadlineRule.Key();
        key.code = code;
        key.electionType = type;
        return DeadlineRule.findById(key);
    }

    /** The calendar as the holiday table held it at most a minute ago. */
    public WorkingCalendar calendar() {
        Cached known = cached;
        if (known == null || System.nanoTime() - known.readAt() > CALENDAR_TTL_NANOS) {
            known = new Cached(new WorkingCalendar(Holiday.<Holiday>listAll().stream().map(h -> h.day).collect(Collectors.toSet())),
                    System.nanoTime());
            cached = known;
        }
        return known.calendar();
    }

    /** The holidays changed: the next deadline reads them again. */
    public void forget() {
        cached = null;
    }
}
