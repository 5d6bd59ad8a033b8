package id.netral.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;

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
}
