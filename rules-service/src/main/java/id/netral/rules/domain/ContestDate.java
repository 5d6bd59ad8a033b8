package id.netral.rules.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day an election's candidates for one contest were formally set. */
@Embeddable
public record ContestDate(
        @NotNull @Enumerated(EnumType.STRING) Contest contest,
        @NotNull @Column(name = "candidates_set_on") LocalDate candidatesSetOn) {
}
