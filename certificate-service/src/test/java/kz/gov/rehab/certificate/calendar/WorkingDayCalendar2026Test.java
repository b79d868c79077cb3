package kz.gov.rehab.certificate.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import kz.gov.rehab.certificate.application.ServiceDeadline;
import org.junit.jupiter.api.Test;

/**
 * The deadline of item 5 (C5) on the 2026 calendar as seeded in the database (DOMAIN.md §4):
 * 5 working days, the day of acceptance not counted, holidays and transferred days skipped.
 */
@QuarkusTest
class WorkingDayCalendar2026Test {

    @Inject
    ServiceDeadline deadline;

    @Inject
    WorkingDayCalendar calendar;

    @Test
    void deadlineIsFiveWorkingDays_item5_acrossNauryz() {
        // Friday 20 March; 21-22 weekend, 23-25 Nauryz; 26, 27, 30, 31 March, 1 April
        assertEquals(LocalDate.of(2026, 4, 1), deadline.readyDate(LocalDate.of(2026, 3, 20)));
    }

    @Test
    void deadlineIsFiveWorkingDays_item5_acrossDefenderAndVictoryDays() {
        // Wednesday 6 May; 7 May off, 8 May, weekend, 11 May off (9 May a Saturday), 12-15 May
        assertEquals(LocalDate.of(2026, 5, 15), deadline.readyDate(LocalDate.of(2026, 5, 6)));
    }

    @Test
    void deadlineIsFiveWorkingDays_item5_acrossKurbanAit() {
        // Tuesday 26 May; 27 May (Kurban Ait day 1) off; 28, 29 May, 1, 2, 3 June
        assertEquals(LocalDate.of(2026, 6, 3), deadline.readyDate(LocalDate.of(2026, 5, 26)));
    }

    @Test
    void deadlineIsFiveWorkingDays_item5_acrossConstitutionDayTransfer() {
        // Thursday 27 August; 28 August, weekend, 31 August off (30 August a Sunday), 1-4 September
        assertEquals(LocalDate.of(2026, 9, 4), deadline.readyDate(LocalDate.of(2026, 8, 27)));
    }

    @Test
    void deadlineIsFiveWorkingDays_item5_acrossOrthodoxChristmas() {
        // Tuesday 6 January; 7 January off; 8, 9, 12, 13, 14 January
        assertEquals(LocalDate.of(2026, 1, 14), deadline.readyDate(LocalDate.of(2026, 1, 6)));
    }

    @Test
    void acceptanceOnSaturdayDutyDayIsNotCounted_item5() {
        // Saturday 21 March (duty departments, item 9); the count starts after it
        assertEquals(LocalDate.of(2026, 4, 1), deadline.readyDate(LocalDate.of(2026, 3, 21)));
    }

    @Test
    void year2026Has246WorkingDays_domain4() {
        assertEquals(246, calendar.workingDays().workingDaysIn(2026));
    }

    @Test
    void deadlineReachingAYearWithoutDataIsRefused() {
        // Tuesday 29 December 2026: the count reaches January 2027, which has no data (unless an operator adds it)
        CalendarYearNotCoveredException refused = assertThrows(CalendarYearNotCoveredException.class,
                () -> deadline.readyDate(LocalDate.of(2026, 12, 29)));
        assertEquals(2027, refused.year());
    }
}
