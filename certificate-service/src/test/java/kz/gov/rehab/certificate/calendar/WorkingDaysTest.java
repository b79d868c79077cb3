package kz.gov.rehab.certificate.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The arithmetic of working days on a calendar given as data, without the database. */
class WorkingDaysTest {

    private final WorkingDays calendar = new WorkingDays(Set.of(2030),
            Map.of(LocalDate.of(2030, 1, 1), DayKind.DAY_OFF, LocalDate.of(2030, 1, 5), DayKind.WORKING_DAY));

    @Test
    void dayOfStartIsNotCounted_item5() {
        // Thursday 3 Jan 2030 + 1 working day = Friday 4 Jan
        assertEquals(LocalDate.of(2030, 1, 4), calendar.plusWorkingDays(LocalDate.of(2030, 1, 3), 1));
    }

    @Test
    void transferredWorkingSaturdayCounts_labourCodeArt85() {
        // Friday 4 Jan + 1 = Saturday 5 Jan, listed as a working day
        assertEquals(LocalDate.of(2030, 1, 5), calendar.plusWorkingDays(LocalDate.of(2030, 1, 4), 1));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2030, 1, 6)));
    }

    @Test
    void listedDayOffIsSkipped() {
        // Monday 31 Dec 2029 is outside the data, so start inside: Tuesday 1 Jan 2030 is off
        assertFalse(calendar.isWorkingDay(LocalDate.of(2030, 1, 1)));
        assertEquals(LocalDate.of(2030, 1, 2), calendar.plusWorkingDays(LocalDate.of(2030, 1, 1), 1));
    }

    @Test
    void yearWithoutDataIsRefusedNotGuessed() {
        CalendarYearNotCoveredException refused = assertThrows(CalendarYearNotCoveredException.class,
                () -> calendar.plusWorkingDays(LocalDate.of(2030, 12, 30), 5));
        assertEquals(2031, refused.year());
        assertThrows(CalendarYearNotCoveredException.class, () -> calendar.isWorkingDay(LocalDate.of(2029, 6, 3)));
    }

    @Test
    void minusWorkingDaysIsTheInverseForWorkingDays() {
        LocalDate end = LocalDate.of(2030, 1, 10);
        LocalDate start = calendar.minusWorkingDays(end, 3);
        assertEquals(end, calendar.plusWorkingDays(start, 3));
    }
}
