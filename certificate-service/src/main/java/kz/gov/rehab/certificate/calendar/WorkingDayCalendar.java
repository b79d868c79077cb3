package kz.gov.rehab.certificate.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.gov.rehab.certificate.CertificateServiceConfig;

/**
 * The working-day calendar of the Republic of Kazakhstan as kept in the database
 * ({@code calendar_year}, {@code calendar_day}). Every deadline of the service is computed here.
 * The calendar is kept in memory and read again after {@code certificate.calendar-refresh}: every
 * application asks it at least twice, while a year is added once a year. A year added through this
 * class is in force on this instance at once, on other instances within the refresh time.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    private final Duration refresh;
    private final Event<YearAdded> yearAdded;
    private volatile Loaded loaded;

    private record Loaded(WorkingDays days, long atNanos) {
    }

    /** A year's calendar was added (fired inside the transaction that adds it). */
    public record YearAdded(int year) {
    }

    public WorkingDayCalendar(CertificateServiceConfig config, Event<YearAdded> yearAdded) {
        this.refresh = config.calendarRefresh();
        this.yearAdded = yearAdded;
    }

    /** The calendar as data, for arithmetic across years. */
    public WorkingDays workingDays() {
        Loaded current = loaded;
        if (current == null || System.nanoTime() - current.atNanos() > refresh.toNanos()) {
            current = new Loaded(read(), System.nanoTime());
            loaded = current;
        }
        return current.days();
    }

    @Transactional
    WorkingDays read() {
        Set<Integer> years = CalendarYear.<CalendarYear>listAll().stream()
                .map(y -> y.year).collect(Collectors.toSet());
        Map<LocalDate, DayKind> days = CalendarDay.<CalendarDay>listAll().stream()
                .collect(Collectors.toMap(d -> d.day, d -> d.kind));
        return new WorkingDays(years, days);
    }

    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        return workingDays().plusWorkingDays(start, workingDays);
    }

    public LocalDate minusWorkingDays(LocalDate end, int workingDays) {
        return workingDays().minusWorkingDays(end, workingDays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return workingDays().isWorkingDay(day);
    }

    /** One covered year with its listed days, or empty when the calendar has no data for it. */
    @Transactional
    public Optional<YearCalendar> year(int year) {
        CalendarYear found = CalendarYear.findById(year);
        if (found == null) {
            return Optional.empty();
        }
        WorkingDays calendar = workingDays();
        return Optional.of(yearOf(found, calendar.coveredYears().contains(year) ? calendar : read()));
    }

    private static YearCalendar yearOf(CalendarYear year, WorkingDays calendar) {
        List<CalendarDay> days = CalendarDay.list("year = ?1 order by day", year.year);
        return new YearCalendar(year.year, year.legalBasis, year.addedBy, year.addedAt, calendar.workingDaysIn(year.year),
                days.stream().map(d -> new ListedDay(d.day, d.kind, d.reason)).toList());
    }

    /**
     * Adds a year's calendar as published by decree. A year is added once, complete; it is not
     * edited afterwards through this path (a later decree is a new migration or a new year).
     */
    @Transactional
    public YearCalendar addYear(int year, String legalBasis, List<ListedDay> days, String addedBy) {
        if (CalendarYear.findById(year) != null) {
            throw new CalendarYearAlreadyExistsException(year);
        }
        Set<LocalDate> seen = new HashSet<>();
        for (ListedDay day : days) {
            CalendarDayRule.check(year, day).ifPresent(reason -> {
                throw new InvalidCalendarDayException(day.day(), reason);
            });
            if (!seen.add(day.day())) {
                throw new InvalidCalendarDayException(day.day(), "the day is listed twice");
            }
        }
        CalendarYear entity = new CalendarYear();
        entity.year = year;
        entity.legalBasis = legalBasis;
        entity.addedBy = addedBy;
        entity.addedAt = OffsetDateTime.now();
        entity.persist();
        for (ListedDay day : days) {
            CalendarDay row = new CalendarDay();
            row.day = day.day();
            row.year = year;
            row.kind = day.kind();
            row.reason = day.reason();
            row.persist();
        }
        CalendarYear.flush();
        yearAdded.fire(new YearAdded(year));
        return yearOf(entity, read());
    }

    /** Once the new year is committed, the next deadline reads the calendar again. */
    void forgetLoaded(@Observes(during = TransactionPhase.AFTER_SUCCESS) YearAdded added) {
        loaded = null;
    }

    public record ListedDay(LocalDate day, DayKind kind, String reason) {
    }

    public record YearCalendar(int year, String legalBasis, String addedBy, OffsetDateTime addedAt,
            int workingDays, List<ListedDay> listedDays) {
    }
}
