package kz.gov.rehab.certificate.calendar;

import static kz.gov.rehab.commons.persistence.NativeValues.localDate;
import static kz.gov.rehab.commons.persistence.NativeValues.offsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.gov.rehab.certificate.CertificateServiceConfig;
import kz.gov.rehab.commons.time.ServiceClock;

/**
 * The working-day calendar of the Republic of Kazakhstan that every deadline of the service is
 * computed with: the holiday rules ({@code holiday_rule}) and the announced facts of each year
 * ({@code kurban_ait}, {@code transfer_decree}, {@code day_transfer}), read into
 * {@link CalendarRules}. The data is kept in memory and read again after
 * {@code certificate.calendar-refresh}; a fact entered through this class is in force on this
 * instance at once, on other instances within the refresh time.
 *
 * <p>When an entered fact completes a year, {@link YearConfirmed} is fired inside the transaction
 * that enters it, so that open deadlines computed on the provisional year are computed again with
 * it (and commit or roll back with the fact).
 */
@ApplicationScoped
public class WorkingDayCalendar {

    private final Duration refresh;
    private final EntityManager em;
    private final ServiceClock clock;
    private final Event<YearConfirmed> yearConfirmed;
    private volatile Loaded loaded;

    private record Loaded(WorkingDays days, long atNanos) {
    }

    /** A year became confirmed: both of its announced facts are entered (fired inside the transaction). */
    public record YearConfirmed(int year) {
    }

    public WorkingDayCalendar(CertificateServiceConfig config, EntityManager em, ServiceClock clock,
            Event<YearConfirmed> yearConfirmed) {
        this.refresh = config.calendarRefresh();
        this.em = em;
        this.clock = clock;
        this.yearConfirmed = yearConfirmed;
    }

    /** The calendar as data, for arithmetic across years. */
    public WorkingDays workingDays() {
        Loaded current = loaded;
        if (current == null || System.nanoTime() - current.atNanos() > refresh.toNanos()) {
            current = new Loaded(new WorkingDays(read()), System.nanoTime());
            loaded = current;
        }
        return current.days();
    }

    public WorkingDays.Counted plus(LocalDate start, int workingDays) {
        return workingDays().plus(start, workingDays);
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

    public YearCalendar year(int year) {
        return workingDays().year(year);
    }

    /**
     * Enters the announced first day of Kurban Ait of a year. Entering the same day again changes
     * nothing; another day for a year that has one is refused (a correction is a new migration with
     * its basis, so that what deadlines were computed on stays traceable).
     */
    @Transactional
    public YearCalendar enterKurbanAit(int year, LocalDate firstDay, String legalBasis, String operator) {
        if (firstDay.getYear() != year) {
            throw new InvalidCalendarDayException("firstDay", firstDay, "the day is not in " + year);
        }
        lockYear(year);
        KurbanAit existing = covered(year).kurbanAit().get(year);
        if (existing != null) {
            if (existing.firstDay().equals(firstDay)) {
                return year(year);
            }
            throw new CalendarFactConflictException(year, MissingFact.KURBAN_AIT,
                    "the first day of Kurban Ait " + year + " is already entered as " + existing.firstDay());
        }
        em.createNativeQuery("""
                INSERT INTO kurban_ait (year, first_day, legal_basis, entered_by, entered_at)
                VALUES (:year, :day, :basis, :by, :at)""")
                .setParameter("year", year).setParameter("day", firstDay).setParameter("basis", legalBasis)
                .setParameter("by", operator).setParameter("at", clock.now())
                .executeUpdate();
        return entered(year);
    }

    /** Enters the Government's transfer decree of a year (possibly transferring nothing); once, as above. */
    @Transactional
    public YearCalendar enterTransferDecree(int year, String legalBasis, List<TransferDecree.Transfer> transfers,
            String operator) {
        checkTransfers(year, transfers);
        lockYear(year);
        TransferDecree existing = covered(year).transferDecrees().get(year);
        if (existing != null) {
            if (new HashSet<>(existing.transfers()).equals(new HashSet<>(transfers))
                    && existing.legalBasis().equals(legalBasis)) {
                return year(year);
            }
            throw new CalendarFactConflictException(year, MissingFact.TRANSFER_DECREE,
                    "the transfer decree of " + year + " is already entered (" + existing.legalBasis() + ")");
        }
        OffsetDateTime now = clock.now();
        em.createNativeQuery("""
                INSERT INTO transfer_decree (year, legal_basis, entered_by, entered_at) VALUES (:year, :basis, :by, :at)""")
                .setParameter("year", year).setParameter("basis", legalBasis).setParameter("by", operator)
                .setParameter("at", now).executeUpdate();
        for (TransferDecree.Transfer transfer : transfers) {
            em.createNativeQuery("""
                    INSERT INTO day_transfer (year, day_off, working_day) VALUES (:year, :off, :working)""")
                    .setParameter("year", year).setParameter("off", transfer.dayOff())
                    .setParameter("working", transfer.workingDay()).executeUpdate();
        }
        return entered(year);
    }

    /** After a fact is written: the calendar is read again, and a year that became confirmed is announced. */
    private YearCalendar entered(int year) {
        WorkingDays days = new WorkingDays(read());
        loaded = new Loaded(days, System.nanoTime());
        YearCalendar calendar = days.year(year);
        if (!calendar.provisional()) {
            yearConfirmed.fire(new YearConfirmed(year));
        }
        return calendar;
    }

    /** A rolled-back entry must not stay in memory. */
    void forgetOnRollback(@Observes(during = TransactionPhase.AFTER_FAILURE) YearConfirmed confirmed) {
        loaded = null;
    }

    /** Serialises the entries of one year's facts across instances (the confirmation fires once). */
    private void lockYear(int year) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('calendar-year'), :year)")
                .setParameter("year", year).getSingleResult();
    }

    /** The calendar data as committed, for a year it covers (read under the year's lock). */
    private CalendarRules covered(int year) {
        CalendarRules rules = read();
        if (!rules.covers(year)) {
            throw new CalendarYearOutOfRangeException(year, rules.firstYear(), CalendarRules.LAST_YEAR);
        }
        return rules;
    }

    private static void checkTransfers(int year, List<TransferDecree.Transfer> transfers) {
        Set<LocalDate> seen = new HashSet<>();
        for (TransferDecree.Transfer transfer : transfers) {
            Objects.requireNonNull(transfer, "transfer");
            if (transfer.dayOff().getYear() != year) {
                throw new InvalidCalendarDayException("transfers.dayOff", transfer.dayOff(), "the day is not in " + year);
            }
            if (transfer.workingDay().getYear() != year) {
                throw new InvalidCalendarDayException("transfers.workingDay", transfer.workingDay(), "the day is not in " + year);
            }
            if (YearCalendar.isWeekend(transfer.dayOff())) {
                throw new InvalidCalendarDayException("transfers.dayOff", transfer.dayOff(),
                        "a Saturday or Sunday is a day off already; a transferred day off is a weekday");
            }
            if (!YearCalendar.isWeekend(transfer.workingDay())) {
                throw new InvalidCalendarDayException("transfers.workingDay", transfer.workingDay(),
                        "only a Saturday or Sunday can become a working day");
            }
            if (!seen.add(transfer.dayOff()) || !seen.add(transfer.workingDay())) {
                throw new InvalidCalendarDayException("transfers", transfer.dayOff(), "a day is listed twice");
            }
        }
    }

    @Transactional
    CalendarRules read() {
        List<HolidayRule> holidays = new ArrayList<>();
        for (Object[] row : rows("""
                SELECT name, month, day, moves_off_weekend, effective_from, effective_to, source
                FROM holiday_rule ORDER BY effective_from, month, day""")) {
            holidays.add(new HolidayRule((String) row[0], MonthDay.of(((Number) row[1]).intValue(), ((Number) row[2]).intValue()),
                    (Boolean) row[3], localDate(row[4]), localDate(row[5]), (String) row[6]));
        }
        Map<Integer, KurbanAit> kurbanAit = new HashMap<>();
        for (Object[] row : rows("SELECT year, first_day, legal_basis, entered_by, entered_at FROM kurban_ait")) {
            int year = ((Number) row[0]).intValue();
            kurbanAit.put(year, new KurbanAit(year, localDate(row[1]), (String) row[2], (String) row[3], offsetDateTime(row[4])));
        }
        Map<Integer, List<TransferDecree.Transfer>> transfers = new HashMap<>();
        for (Object[] row : rows("SELECT year, day_off, working_day FROM day_transfer ORDER BY day_off")) {
            transfers.computeIfAbsent(((Number) row[0]).intValue(), y -> new ArrayList<>())
                    .add(new TransferDecree.Transfer(localDate(row[1]), localDate(row[2])));
        }
        Map<Integer, TransferDecree> decrees = new HashMap<>();
        for (Object[] row : rows("SELECT year, legal_basis, entered_by, entered_at FROM transfer_decree")) {
            int year = ((Number) row[0]).intValue();
            decrees.put(year, new TransferDecree(year, (String) row[1], transfers.getOrDefault(year, List.of()),
                    (String) row[2], offsetDateTime(row[3])));
        }
        return new CalendarRules(holidays, kurbanAit, decrees);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
