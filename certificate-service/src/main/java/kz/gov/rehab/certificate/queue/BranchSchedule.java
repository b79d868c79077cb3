package kz.gov.rehab.certificate.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import kz.gov.rehab.certificate.calendar.WorkingDayCalendar;
import kz.gov.rehab.commons.time.ServiceClock;

/**
 * When a branch of the State Corporation receives people (standard item 9), from data: the branch's
 * kind ({@code branch}), the standard's hours per kind, dated ({@code branch_opening_hours}), the
 * branch's own exceptions for a day ({@code branch_exception}), and the working-day calendar.
 * <ul>
 * <li>A day the calendar counts as worked (also a Saturday worked by a transfer decree): the hours
 * of the branch's kind, ordinary 9:00–18:00, duty 9:00–20:00.</li>
 * <li>A Saturday the calendar does not count as worked: duty branches 9:00–13:00, ordinary closed.</li>
 * <li>Sundays and the calendar's days off (holidays, transferred days off): closed.</li>
 * <li>A branch's exception for a day replaces all of that.</li>
 * </ul>
 */
@ApplicationScoped
public class BranchSchedule {

    /** How far ahead the next opening is looked for (a branch closed longer is told so). */
    static final int LOOK_AHEAD_DAYS = 31;

    private final EntityManager em;
    private final WorkingDayCalendar calendar;
    private final ServiceClock clock;

    public BranchSchedule(EntityManager em, WorkingDayCalendar calendar, ServiceClock clock) {
        this.em = em;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The branch's kind; {@link UnknownBranchException} for a branch not on record. */
    @Transactional
    public BranchKind kind(String branch) {
        List<?> kinds = em.createNativeQuery("SELECT kind FROM branch WHERE number = :branch")
                .setParameter("branch", branch).getResultList();
        if (kinds.isEmpty()) {
            throw new UnknownBranchException(branch);
        }
        return BranchKind.valueOf((String) kinds.get(0));
    }

    /** Whether the branch is on record (an intake at a branch not on record is not checked against a schedule). */
    @Transactional
    public boolean known(String branch) {
        return !em.createNativeQuery("SELECT 1 FROM branch WHERE number = :branch").setParameter("branch", branch)
                .getResultList().isEmpty();
    }

    /** The branch's hours on a day, or empty when it is closed all day. */
    @Transactional
    public Optional<OpeningHours> on(String branch, LocalDate day) {
        BranchKind kind = kind(branch);
        List<?> exception = em.createNativeQuery("SELECT opens, closes, reason FROM branch_exception WHERE branch_number = :branch AND day = :day")
                .setParameter("branch", branch).setParameter("day", day).getResultList();
        if (!exception.isEmpty()) {
            Object[] row = (Object[]) exception.get(0);
            return row[0] == null ? Optional.empty()
                    : Optional.of(new OpeningHours(day, time(row[0]), time(row[1]), "Branch exception: " + row[2]));
        }
        String dayType;
        if (calendar.isWorkingDay(day)) {
            dayType = "WORKING_DAY";
        } else if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            dayType = "SATURDAY";
        } else {
            return Optional.empty();
        }
        List<?> hours = em.createNativeQuery("""
                SELECT opens, closes, legal_basis FROM branch_opening_hours
                WHERE kind = :kind AND day_type = :dayType AND effective_from <= :day
                ORDER BY effective_from DESC LIMIT 1""")
                .setParameter("kind", kind.name()).setParameter("dayType", dayType).setParameter("day", day).getResultList();
        if (hours.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) hours.get(0);
        return Optional.of(new OpeningHours(day, time(row[0]), time(row[1]), (String) row[2]));
    }

    /** Whether the branch receives people at that moment. */
    @Transactional
    public boolean openAt(String branch, OffsetDateTime at) {
        ZonedDateTime local = at.atZoneSameInstant(clock.zone());
        return on(branch, local.toLocalDate()).map(h -> h.covers(local.toLocalTime())).orElse(false);
    }

    /** The next opening hours that begin after the moment, looked for a month ahead. */
    @Transactional
    public Optional<OpeningHours> next(String branch, OffsetDateTime at) {
        ZonedDateTime local = at.atZoneSameInstant(clock.zone());
        for (int i = 0; i <= LOOK_AHEAD_DAYS; i++) {
            LocalDate day = local.toLocalDate().plusDays(i);
            Optional<OpeningHours> hours = on(branch, day);
            if (hours.isPresent() && (i > 0 || local.toLocalTime().isBefore(hours.get().opens()))) {
                return hours;
            }
        }
        return Optional.empty();
    }

    /** Refuses with {@link BranchClosedException} (saying when it opens next) unless the branch is open at that moment. */
    @Transactional
    public void requireOpen(String branch, OffsetDateTime at) {
        if (openAt(branch, at)) {
            return;
        }
        OpeningHours next = next(branch, at).orElse(null);
        OffsetDateTime nextOpening = next == null ? null
                : next.day().atTime(next.opens()).atZone(clock.zone()).toOffsetDateTime();
        throw new BranchClosedException(branch, at.atZoneSameInstant(clock.zone()).toOffsetDateTime(), next, nextOpening);
    }

    /** The moment the hours begin, in the service's zone. */
    public OffsetDateTime opening(OpeningHours hours) {
        return hours.day().atTime(hours.opens()).atZone(clock.zone()).toOffsetDateTime();
    }

    private static LocalTime time(Object value) {
        return value instanceof Time t ? t.toLocalTime() : (LocalTime) value;
    }
}
