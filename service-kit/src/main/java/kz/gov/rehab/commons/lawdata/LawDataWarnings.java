package kz.gov.rehab.commons.lawdata;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import kz.gov.rehab.commons.events.EventSubject;
import kz.gov.rehab.commons.events.MonitoringData;
import kz.gov.rehab.commons.events.StatusEvents;
import kz.gov.rehab.commons.time.ServiceClock;
import org.jboss.logging.Logger;

/**
 * Warns ahead of time that next year's law data is missing (a Kurban Ait date, a transfer decree,
 * the MRP): from {@code rehab.law-data.warn-from} (1 November) the readiness check {@code law-data}
 * lists it (the service stays UP: it never stops serving for it), the gauge
 * {@code rehab_law_data_missing} counts it, and once a day the monitoring system gets a
 * {@code law-data.missing} event — once per day whatever the number of instances.
 */
@ApplicationScoped
public class LawDataWarnings implements MeterBinder {

    private static final Logger LOG = Logger.getLogger(LawDataWarnings.class);
    static final String MISSING = "rehab.law_data.missing";
    static final String SUBJECT_KIND = "law-data";

    private final Instance<LawDataSource> sources;
    private final LawDataConfig config;
    private final ServiceClock clock;
    private final StatusEvents events;
    private final EntityManager em;
    private final AtomicInteger missing = new AtomicInteger();

    LawDataWarnings(Instance<LawDataSource> sources, LawDataConfig config, ServiceClock clock, StatusEvents events,
            EntityManager em) {
        this.sources = sources;
        this.config = config;
        this.clock = clock;
        this.events = events;
        this.em = em;
    }

    /** What next year lacks, as of today; empty before the warning date. */
    public record Report(int year, LocalDate warningsFrom, boolean due, List<LawDataGap> gaps) {
    }

    public Report current() {
        LocalDate today = clock.today();
        int next = today.getYear() + 1;
        LocalDate from = config.warnFrom().atYear(today.getYear());
        boolean due = !today.isBefore(from);
        List<LawDataGap> gaps = due ? sources.stream().flatMap(source -> source.gapsFor(next).stream()).toList() : List.of();
        missing.set(gaps.size());
        return new Report(next, from, due, gaps);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        registry.find(MISSING).meters().forEach(registry::remove);
        Gauge.builder(MISSING, missing, AtomicInteger::get)
                .description("Facts of the law next year still lacks (Kurban Ait date, transfer decree, MRP), from the warning date on")
                .register(registry);
    }

    /** Checks every hour; the event goes out on the first check of a day that finds a gap. */
    @Scheduled(every = "${rehab.law-data.check-every:1h}", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            warnToday();
        } catch (RuntimeException e) {
            LOG.warnf(e, "could not check next year's law data");
        }
    }

    /** Records today's {@code law-data.missing} event unless it is recorded already; true when it recorded it. */
    public boolean warnToday() {
        Report report = current();
        if (report.gaps().isEmpty()) {
            return false;
        }
        LocalDate today = clock.today();
        return QuarkusTransaction.requiringNew().call(() -> {
            int first = em.createNativeQuery("INSERT INTO law_data_warning (day, year, missing) VALUES (:day, :year, :missing) "
                    + "ON CONFLICT (day) DO NOTHING")
                    .setParameter("day", today).setParameter("year", report.year())
                    .setParameter("missing", String.join(",", report.gaps().stream().map(LawDataGap::item).toList()))
                    .executeUpdate();
            if (first == 0) {
                return false;
            }
            String reference = "law-data-" + report.year();
            events.record(new EventSubject(SUBJECT_KIND, UUID.nameUUIDFromBytes(reference.getBytes(StandardCharsets.UTF_8)), reference),
                    "law-data.missing", MonitoringData.stage("law-data-missing")
                            .details(Map.of("year", report.year(), "day", today.toString(),
                                    "missing", report.gaps().stream().map(LawDataGap::item).toList(),
                                    "details", report.gaps().stream().map(LawDataGap::detail).toList()))
                            .build());
            LOG.warnf("law data for %d still missing: %s", report.year(), report.gaps());
            return true;
        });
    }
}
