package id.netral.cases.domain;

import id.netral.common.domain.ElectionType;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
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
    static final String CALENDAR = "holiday-calendar";

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
        return rule == null ? running : rule.extend(running, calendar());
    }

    private static DeadlineRule rule(String code, ElectionType type) {
        DeadlineRule.Key key = new DeadlineRule.Key();
        key.code = code;
        key.electionType = type;
        return DeadlineRule.findById(key);
    }

    /** The calendar as the holiday table held it at most a minute ago (cache "holiday-calendar", application.properties). */
    @CacheResult(cacheName = CALENDAR)
    public WorkingCalendar calendar() {
        return new WorkingCalendar(Holiday.<Holiday>listAll().stream().map(h -> h.day).collect(Collectors.toSet()));
    }

    /** The holidays changed: the next deadline reads them again. */
    @CacheInvalidateAll(cacheName = CALENDAR)
    public void forget() {
        // the annotation empties the cache
    }
}
