package kz.gov.rehab.certificate.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * One year's working-day calendar as computed from the holiday rules and the facts entered for it:
 * the days that depart from the five-day week, how many working days the year has, and whether it is
 * confirmed or still provisional (and what it lacks).
 */
public record YearCalendar(int year, YearStatus status, List<MissingFact> missing, List<ListedDay> listedDays,
        KurbanAit kurbanAit, TransferDecree transferDecree) {

    public YearCalendar {
        missing = List.copyOf(missing);
        listedDays = List.copyOf(listedDays);
    }

    /** A day that departs from the five-day week, why, and on what legal basis. */
    public record ListedDay(LocalDate day, DayKind kind, String reason, String source) {
    }

    public boolean provisional() {
        return status == YearStatus.PROVISIONAL;
    }

    public boolean isWorkingDay(LocalDate day) {
        for (ListedDay listed : listedDays) {
            if (listed.day().equals(day)) {
                return listed.kind() == DayKind.WORKING_DAY;
            }
        }
        return !isWeekend(day);
    }

    public int workingDays() {
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
