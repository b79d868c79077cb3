package kz.gov.rehab.certificate.calendar;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the working-day calendar of any year follows from (docs/law.md §4): the holiday rules of the
 * Law "On holidays" (dated data), and, per year, the two announced facts — the first day of Kurban
 * Ait and the Government's transfer decree. A year is computed from the rules alone when a fact is
 * missing ({@link YearStatus#PROVISIONAL}); it never runs out.
 *
 * <ul>
 * <li>A holiday on a weekday is a day off (Law "On holidays" art. 5; Labour Code art. 84).</li>
 * <li>A holiday on a Saturday or Sunday moves the day off to the next working day (art. 5), unless
 * the rule says it never moves: 7 January and the first day of Kurban Ait (Labour Code art. 84
 * p. 5).</li>
 * <li>The transfer decree then makes each listed weekday a day off and its weekend day a working
 * day (Labour Code art. 85 p. 3).</li>
 * </ul>
 */
public record CalendarRules(List<HolidayRule> holidays, Map<Integer, KurbanAit> kurbanAit,
        Map<Integer, TransferDecree> transferDecrees) {

    /** The last year the calendar answers for (the database's own bound). */
    public static final int LAST_YEAR = 2200;
    static final String KURBAN_AIT_SOURCE = "Labour Code of the RK art. 84 p. 5: the first day of Kurban Ait is a day off and never moves";
    static final String CARRY_OVER_SOURCE = "Law of the RK \"On holidays in the Republic of Kazakhstan\" art. 5: "
            + "a holiday on a day off moves the day off to the next working day";

    public CalendarRules {
        holidays = List.copyOf(holidays);
        kurbanAit = Map.copyOf(kurbanAit);
        transferDecrees = Map.copyOf(transferDecrees);
    }

    /** The first year the holiday rules cover: the calendar is not computed before it. */
    public int firstYear() {
        return holidays.stream().map(HolidayRule::effectiveFrom).min(Comparator.naturalOrder())
                .map(LocalDate::getYear).orElse(LAST_YEAR + 1);
    }

    public boolean covers(int year) {
        return year >= firstYear() && year <= LAST_YEAR;
    }

    /** Computes the year's calendar; {@code year} must be {@linkplain #covers covered}. */
    public YearCalendar year(int year) {
        if (!covers(year)) {
            throw new CalendarYearOutOfRangeException(year, firstYear(), LAST_YEAR);
        }
        record Holiday(LocalDate date, HolidayRule rule) {
        }
        List<Holiday> falling = new ArrayList<>();
        for (HolidayRule rule : holidays) {
            rule.dateIn(year).ifPresent(date -> falling.add(new Holiday(date, rule)));
        }
        falling.sort(Comparator.comparing(Holiday::date));
        KurbanAit kurban = kurbanAit.get(year);
        Set<LocalDate> holidayDates = new HashSet<>();
        falling.forEach(h -> holidayDates.add(h.date()));
        if (kurban != null) {
            holidayDates.add(kurban.firstDay());
        }

        Map<LocalDate, YearCalendar.ListedDay> listed = new TreeMap<>();
        for (Holiday holiday : falling) {
            if (!YearCalendar.isWeekend(holiday.date())) {
                listed.put(holiday.date(), new YearCalendar.ListedDay(holiday.date(), DayKind.DAY_OFF,
                        holiday.rule().name(), holiday.rule().source()));
            }
        }
        if (kurban != null && !YearCalendar.isWeekend(kurban.firstDay())) {
            listed.put(kurban.firstDay(), new YearCalendar.ListedDay(kurban.firstDay(), DayKind.DAY_OFF,
                    "Kurban Ait, first day", KURBAN_AIT_SOURCE + "; date: " + kurban.legalBasis()));
        }
        for (Holiday holiday : falling) {
            if (!YearCalendar.isWeekend(holiday.date()) || !holiday.rule().movesOffWeekend()) {
                continue;
            }
            LocalDate moved = holiday.date().plusDays(1);
            while (YearCalendar.isWeekend(moved) || listed.containsKey(moved) || holidayDates.contains(moved)) {
                moved = moved.plusDays(1);
            }
            if (moved.getYear() == year) {
                String weekday = holiday.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                listed.put(moved, new YearCalendar.ListedDay(moved, DayKind.DAY_OFF,
                        holiday.rule().name() + " (" + holiday.date() + " is a " + weekday + ")",
                        holiday.rule().source() + "; " + CARRY_OVER_SOURCE));
            }
        }
        TransferDecree decree = transferDecrees.get(year);
        if (decree != null) {
            for (TransferDecree.Transfer transfer : decree.transfers()) {
                listed.put(transfer.dayOff(), new YearCalendar.ListedDay(transfer.dayOff(), DayKind.DAY_OFF,
                        "Day off transferred from " + transfer.workingDay(), decree.legalBasis()));
                listed.put(transfer.workingDay(), new YearCalendar.ListedDay(transfer.workingDay(), DayKind.WORKING_DAY,
                        "Working day in place of " + transfer.dayOff(), decree.legalBasis()));
            }
        }
        List<MissingFact> missing = new ArrayList<>();
        if (kurban == null) {
            missing.add(MissingFact.KURBAN_AIT);
        }
        if (decree == null) {
            missing.add(MissingFact.TRANSFER_DECREE);
        }
        return new YearCalendar(year, missing.isEmpty() ? YearStatus.CONFIRMED : YearStatus.PROVISIONAL, missing,
                new ArrayList<>(listed.values()), kurban, decree);
    }
}
