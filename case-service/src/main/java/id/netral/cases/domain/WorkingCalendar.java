package id.netral.cases.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Counts the days of a legal clock. Calendar days count every day; working days skip Saturdays,
 * Sundays and the holidays the calendar holds. The first day counted is the day after the start
 * (a deadline of 3 days from Monday falls on Thursday). Pure: the holidays are given.
 */
public final class WorkingCalendar {
    private final Set<LocalDate> holidays;

    public WorkingCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The day a clock of {@code days} (working or calendar) started on {@code start} runs out. */
    public LocalDate addDays(LocalDate start, int days, boolean workingDays) {
        if (!workingDays) {
            return start.plusDays(days);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
