package id.netral.cases.app;

import id.netral.cases.domain.Deadlines;
import id.netral.cases.domain.Holiday;
import id.netral.common.error.NetralException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The days off that legal deadlines skip, as an admin keeps them. Deadlines forget their cached
 * calendar after the change is committed, not before, so a reload in between cannot keep the old one.
 */
@ApplicationScoped
public class HolidayCalendar {

    @Inject
    Deadlines deadlines;

    /** Adds or renames a day off; true when it was added. */
    public boolean put(LocalDate day, String name, Holiday.Kind kind) {
        boolean created = QuarkusTransaction.requiringNew().call(() -> Holiday.put(day, name, kind));
        deadlines.forget();
        return created;
    }

    /** Removes a day off; 404 when it was none. */
    public void remove(LocalDate day) {
        if (!QuarkusTransaction.requiringNew().call(() -> Holiday.remove(day))) {
            throw NetralException.notFound("Hari libur", "Holiday", day);
        }
        deadlines.forget();
    }
}
