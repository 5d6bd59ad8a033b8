package id.netral.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.List;

/** A day that is not a working day for the legal clocks: a national holiday, collective leave or a vote day. */
@Entity
public class Holiday extends PanacheEntityBase {

    /** Why the day does not count. */
    public enum Kind { NATIONAL, COLLECTIVE_LEAVE, ELECTION }

    @Id
    public LocalDate day;

    public String name;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** The holidays of a year (every year when null), in date order. */
    public static List<Holiday> of(Integer year) {
        return year == null ? list("order by day")
                : list("day >= ?1 and day <= ?2 order by day", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Adds or renames a holiday; true when it is new. */
    public static boolean put(LocalDate day, String name, Kind kind) {
        Holiday holiday = findById(day);
        boolean created = holiday == null;
        if (created) {
            holiday = new Holiday();
            holiday.day = day;
        }
        holiday.name = name;
        holiday.kind = kind;
        holiday.persist();
        return created;
    }

    public static boolean remove(LocalDate day) {
        return deleteById(day);
    }
}
