package kz.gov.rehab.certificate.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a year follows from the holiday rules and the announced facts, without the database (docs/law.md §4). */
class CalendarRulesTest {

    private static final LocalDate FROM = LocalDate.of(2023, 1, 1);

    private static HolidayRule moving(String name, int month, int day) {
        return new HolidayRule(name, MonthDay.of(month, day), true, FROM, null, "test");
    }

    private static final List<HolidayRule> HOLIDAYS = List.of(
            moving("New Year", 1, 1), moving("New Year", 1, 2),
            new HolidayRule("Orthodox Christmas", MonthDay.of(1, 7), false, FROM, null, "art. 84 p. 5"),
            moving("Nauryz", 3, 21), moving("Nauryz", 3, 22), moving("Nauryz", 3, 23),
            new HolidayRule("Constitution Day", MonthDay.of(8, 30), true, FROM, LocalDate.of(2025, 12, 31), "until 2025"),
            new HolidayRule("Constitution Day", MonthDay.of(3, 15), true, LocalDate.of(2027, 1, 1), null, "from 2027"));

    private static YearCalendar year(int year, Map<Integer, KurbanAit> kurbanAit, Map<Integer, TransferDecree> decrees) {
        return new CalendarRules(HOLIDAYS, kurbanAit, decrees).year(year);
    }

    private static List<LocalDate> daysOff(YearCalendar year) {
        return year.listedDays().stream().filter(d -> d.kind() == DayKind.DAY_OFF).map(YearCalendar.ListedDay::day).toList();
    }

    @Test
    void holidayOnAWeekendMovesToTheNextWorkingDay_lawOnHolidaysArt5() {
        // 2027: Saturday 2 January moves to Monday 4 January; Sunday 21 March moves past 22-23 March to Wednesday 24
        List<LocalDate> off = daysOff(year(2027, Map.of(), Map.of()));
        assertTrue(off.contains(LocalDate.of(2027, 1, 4)));
        assertTrue(off.containsAll(List.of(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 23), LocalDate.of(2027, 3, 24))));
        assertFalse(off.contains(LocalDate.of(2027, 1, 2)), "a Saturday is not listed: it is off anyway");
    }

    @Test
    void twoWeekendHolidaysMoveToTwoDays_lawOnHolidaysArt5() {
        // 2026: 21-22 March are Saturday and Sunday, 23 March a Monday: 23, 24, 25 March are off
        List<LocalDate> off = daysOff(year(2026, Map.of(), Map.of()));
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 7),
                LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 25)), off);
    }

    @Test
    void orthodoxChristmasAndKurbanAitNeverMove_labourCodeArt84p5() {
        // 7 January 2029 and a Kurban Ait on Sunday 16 May 2027 fall on Sundays: nothing moves
        assertFalse(daysOff(year(2029, Map.of(), Map.of())).contains(LocalDate.of(2029, 1, 8)));
        YearCalendar withKurban = year(2027, Map.of(2027, kurbanAit(LocalDate.of(2027, 5, 16))), Map.of());
        assertFalse(daysOff(withKurban).contains(LocalDate.of(2027, 5, 17)));
        YearCalendar weekdayKurban = year(2027, Map.of(2027, kurbanAit(LocalDate.of(2027, 5, 17))), Map.of());
        assertTrue(daysOff(weekdayKurban).contains(LocalDate.of(2027, 5, 17)));
    }

    @Test
    void constitutionDayFollowsItsDatedRows() {
        // 30 August 2025 (Saturday) moved to 1 September; no Constitution Day in 2026; 15 March from 2027
        assertTrue(daysOff(year(2025, Map.of(), Map.of())).contains(LocalDate.of(2025, 9, 1)));
        List<LocalDate> off2026 = daysOff(year(2026, Map.of(), Map.of()));
        assertFalse(off2026.contains(LocalDate.of(2026, 8, 31)));
        assertFalse(off2026.contains(LocalDate.of(2026, 3, 16)));
        assertTrue(daysOff(year(2027, Map.of(), Map.of())).contains(LocalDate.of(2027, 3, 15)));
    }

    @Test
    void transferDecreeMovesADayOffToAWeekend_labourCodeArt85p3() {
        TransferDecree decree = new TransferDecree(2027, "decree", List.of(
                new TransferDecree.Transfer(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 9))), "op", null);
        YearCalendar year = year(2027, Map.of(), Map.of(2027, decree));
        assertFalse(year.isWorkingDay(LocalDate.of(2027, 1, 5)));
        assertTrue(year.isWorkingDay(LocalDate.of(2027, 1, 9)));
    }

    @Test
    void aYearIsConfirmedOnlyWithBothAnnouncedFacts() {
        TransferDecree none = new TransferDecree(2027, "no transfers", List.of(), "op", null);
        assertEquals(List.of(MissingFact.KURBAN_AIT, MissingFact.TRANSFER_DECREE), year(2027, Map.of(), Map.of()).missing());
        assertEquals(YearStatus.PROVISIONAL, year(2027, Map.of(), Map.of(2027, none)).status());
        assertEquals(YearStatus.CONFIRMED,
                year(2027, Map.of(2027, kurbanAit(LocalDate.of(2027, 5, 17))), Map.of(2027, none)).status());
    }

    @Test
    void countSaysWhichYearsWereProvisional() {
        WorkingDays days = new WorkingDays(new CalendarRules(HOLIDAYS, Map.of(2026, kurbanAit(LocalDate.of(2026, 5, 27))),
                Map.of(2026, new TransferDecree(2026, "none", List.of(), "op", null))));
        WorkingDays.Counted inside = days.plus(LocalDate.of(2026, 12, 1), 5);
        assertFalse(inside.provisional());
        WorkingDays.Counted across = days.plus(LocalDate.of(2026, 12, 28), 5);
        assertEquals(LocalDate.of(2027, 1, 6), across.date());
        assertEquals(java.util.Set.of(2027), across.provisionalYears());
    }

    @Test
    void yearsBeforeTheRulesAreNotGuessed() {
        assertThrows(CalendarYearOutOfRangeException.class, () -> year(2022, Map.of(), Map.of()));
    }

    @Test
    void minusWorkingDaysIsTheInverseForWorkingDays() {
        WorkingDays days = new WorkingDays(new CalendarRules(HOLIDAYS, Map.of(), Map.of()));
        LocalDate end = LocalDate.of(2030, 1, 10);
        assertEquals(end, days.plusWorkingDays(days.minusWorkingDays(end, 3), 3));
    }

    private static KurbanAit kurbanAit(LocalDate day) {
        return new KurbanAit(day.getYear(), day, "announcement", "op", null);
    }
}
