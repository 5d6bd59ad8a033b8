package id.netral.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadline arithmetic across weekends and holidays (Idul Fitri 2024: 8-15 April off, 10-11 the feast). */
class WorkingCalendarTest {
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of(LocalDate.parse("2024-04-08"),
            LocalDate.parse("2024-04-09"), LocalDate.parse("2024-04-10"), LocalDate.parse("2024-04-11"),
            LocalDate.parse("2024-04-12"), LocalDate.parse("2024-04-15"), LocalDate.parse("2024-02-14")));

    @ParameterizedTest(name = "{1} {2} days from {0} -> {3}")
    @CsvSource({
        // calendar days count weekends and holidays
        "2024-04-05, 3, false, 2024-04-08",
        "2024-02-12, 7, false, 2024-02-19",
        // working days skip weekends
        "2024-01-15, 7, true, 2024-01-24",
        "2024-01-19, 1, true, 2024-01-22",
        // and holidays: vote day 14 Feb 2024 is one
        "2024-02-13, 1, true, 2024-02-15",
        "2024-02-12, 7, true, 2024-02-22",
        // and the Idul Fitri week: from Friday 5 April the first working day is Tuesday 16 April
        "2024-04-05, 1, true, 2024-04-16",
        "2024-04-05, 7, true, 2024-04-24",
        // a start on a holiday counts from the next working day
        "2024-04-10, 3, true, 2024-04-18"})
    void countsDays(String start, int days, boolean working, String due) {
        assertThat(CALENDAR.addDays(LocalDate.parse(start), days, working)).isEqualTo(LocalDate.parse(due));
    }
}
