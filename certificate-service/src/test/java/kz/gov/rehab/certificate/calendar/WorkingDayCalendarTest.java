package kz.gov.rehab.certificate.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import kz.gov.rehab.certificate.application.ServiceDeadline;
import org.junit.jupiter.api.Test;

/**
 * The calendar as the database seeds it (docs/law.md §4, migration V5): 2026 confirmed, 2027 and
 * later computed from the rules of the Law "On holidays" and Labour Code art. 84–85, and the
 * deadline of item 5 (C5) counted on it.
 */
@QuarkusTest
class WorkingDayCalendarTest {

    @Inject
    ServiceDeadline deadline;

    @Inject
    WorkingDayCalendar calendar;

    private static List<LocalDate> daysOff(YearCalendar year) {
        return year.listedDays().stream().filter(d -> d.kind() == DayKind.DAY_OFF).map(YearCalendar.ListedDay::day).toList();
    }

    private static List<LocalDate> dates(String... days) {
        return java.util.Arrays.stream(days).map(LocalDate::parse).toList();
    }

    @Test
    void year2026IsConfirmedWith247WorkingDays_domain4() {
        YearCalendar year = calendar.year(2026);
        assertEquals(YearStatus.CONFIRMED, year.status());
        assertEquals(247, year.workingDays());
        assertEquals(dates("2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23", "2026-03-24", "2026-03-25",
                "2026-05-01", "2026-05-07", "2026-05-11", "2026-05-27", "2026-07-06", "2026-10-26", "2026-12-16"), daysOff(year));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 8, 31)), "Constitution Day is no longer 30 August from 2026");
    }

    @Test
    void year2027IsProvisionalWithTheStatutoryDaysOff_lawOnHolidaysArt5() {
        YearCalendar year = calendar.year(2027);
        assertEquals(YearStatus.PROVISIONAL, year.status());
        assertEquals(List.of(MissingFact.KURBAN_AIT, MissingFact.TRANSFER_DECREE), year.missing());
        assertEquals(dates("2027-01-01", "2027-01-04", "2027-01-07", "2027-03-08", "2027-03-15", "2027-03-22", "2027-03-23",
                "2027-03-24", "2027-05-03", "2027-05-07", "2027-05-10", "2027-07-06", "2027-10-25", "2027-12-16"), daysOff(year));
    }

    @Test
    void anyFutureYearIsComputed() {
        // Monday 31 December 2029: 1-2 January off, 3, 4 January; Monday 7 January (Orthodox Christmas) off; 8, 9, 10 January
        YearCalendar year = calendar.year(2030);
        assertTrue(year.provisional());
        assertTrue(daysOff(year).containsAll(dates("2030-01-01", "2030-01-02", "2030-01-07", "2030-03-08", "2030-03-15")));
        ServiceDeadline.ReadyDate ready = deadline.readyDate(LocalDate.of(2029, 12, 31));
        assertEquals(LocalDate.of(2030, 1, 10), ready.date());
        assertTrue(ready.provisional());
    }

    @Test
    void deadlineAcrossTheYearEndIsProvisionalNotRefused_item5() {
        // Monday 28 December 2026: 29, 30, 31 December; 1 January off, 2 January a Saturday (moved to 4 January); 5, 6 January
        ServiceDeadline.ReadyDate ready = deadline.readyDate(LocalDate.of(2026, 12, 28));
        assertEquals(LocalDate.of(2027, 1, 6), ready.date());
        assertTrue(ready.provisional());
    }

    @Test
    void deadlineIsFiveWorkingDays_item5_acrossNauryz() {
        // Friday 20 March; 21-22 weekend, 23-25 Nauryz; 26, 27, 30, 31 March, 1 April
        assertEquals(LocalDate.of(2026, 4, 1), deadline.readyDate(LocalDate.of(2026, 3, 20)).date());
        assertFalse(deadline.readyDate(LocalDate.of(2026, 3, 20)).provisional());
    }

    @Test
    void deadlineIsFiveWorkingDays_item5_acrossDefenderAndVictoryDays() {
        // Wednesday 6 May; 7 May off, 8 May, weekend, 11 May off (9 May a Saturday), 12-15 May
        assertEquals(LocalDate.of(2026, 5, 15), deadline.readyDate(LocalDate.of(2026, 5, 6)).date());
    }

    @Test
    void deadlineIsFiveWorkingDays_item5_acrossKurbanAit() {
        // Tuesday 26 May; 27 May (Kurban Ait day 1) off; 28, 29 May, 1, 2, 3 June
        assertEquals(LocalDate.of(2026, 6, 3), deadline.readyDate(LocalDate.of(2026, 5, 26)).date());
    }

    @Test
    void thirtyFirstAugust2026IsAWorkingDay_constitutionDayMoved() {
        // Thursday 27 August; 28, 31 August, 1, 2, 3 September
        assertEquals(LocalDate.of(2026, 9, 3), deadline.readyDate(LocalDate.of(2026, 8, 27)).date());
    }

    @Test
    void deadlineIsFiveWorkingDays_item5_acrossOrthodoxChristmas() {
        // Tuesday 6 January; 7 January off; 8, 9, 12, 13, 14 January
        assertEquals(LocalDate.of(2026, 1, 14), deadline.readyDate(LocalDate.of(2026, 1, 6)).date());
    }

    @Test
    void acceptanceOnSaturdayDutyDayIsNotCounted_item5() {
        // Saturday 21 March (duty departments, item 9); the count starts after it
        assertEquals(LocalDate.of(2026, 4, 1), deadline.readyDate(LocalDate.of(2026, 3, 21)).date());
    }
}
