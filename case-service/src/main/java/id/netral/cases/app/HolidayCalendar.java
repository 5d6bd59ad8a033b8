package id.netral.cases.app;

import id.netral.common.i18n.Messages;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.cases.domain.Deadlines;
import id.netral.cases.domain.Holiday;
import id.netral.common.audit.HashChain;
import id.netral.common.error.NetralException;
import id.netral.common.store.FactHistory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The days off that legal deadlines skip, as an admin keeps them. Each change is recorded in the
 * calendar's history (one hash chain for the whole country: a day off moves deadlines in every
 * region) in the same transaction. Deadlines forget their cached calendar after the change is
 * committed, not before, so a reload in between cannot keep the old one.
 */
@ApplicationScoped
public class HolidayCalendar {
    public static final String SUBJECT = "HOLIDAY_CALENDAR";
    public static final String NATIONAL = "ID";

    @Inject
    Deadlines deadlines;

    @Inject
    FactHistory history;

    /** Adds or renames a day off; true when it was added. */
    public boolean put(LocalDate day, String name, Holiday.Kind kind, HashChain.Actor actor) {
        boolean created = QuarkusTransaction.requiringNew().call(() -> {
            Holiday before = Holiday.findById(day);
            ObjectNode was = before == null ? null : json(before.day, before.name, before.kind);
            if (was != null && was.equals(json(day, name, kind))) {
                return false; // the same day, name and kind again: nothing changed, nothing to record
            }
            boolean added = Holiday.put(day, name, kind);
            history.record(new FactHistory.Fact(SUBJECT, NATIONAL, null, added ? "HOLIDAY_ADDED" : "HOLIDAY_CHANGED", was,
                    json(day, name, kind)), actor);
            return added;
        });
        deadlines.forget();
        return created;
    }

    /** Removes a day off; 404 when it was none. */
    public void remove(LocalDate day, HashChain.Actor actor) {
        QuarkusTransaction.requiringNew().run(() -> {
            Holiday before = Holiday.findById(day);
            if (before == null) {
                throw NetralException.notFound(Messages.text("case.HolidayCalendar.holiday"), day);
            }
            ObjectNode was = json(before.day, before.name, before.kind);
            Holiday.remove(day);
            history.record(new FactHistory.Fact(SUBJECT, NATIONAL, null, "HOLIDAY_REMOVED", was, null), actor);
        });
        deadlines.forget();
    }

    private static ObjectNode json(LocalDate day, String name, Holiday.Kind kind) {
        return JsonNodeFactory.instance.objectNode().put("day", day.toString()).put("name", name).put("kind", kind.name());
    }
}
