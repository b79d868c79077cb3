package kz.gov.rehab.compensation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.gov.rehab.commons.events.EventSubject;
import kz.gov.rehab.commons.events.MonitoringData;
import kz.gov.rehab.commons.events.StatusEvents;
import kz.gov.rehab.commons.json.TimestampsInJson;
import kz.gov.rehab.commons.refusal.NotFound;
import kz.gov.rehab.commons.refusal.RuleBroken;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.commons.time.Timestamps;
import org.jboss.logging.Logger;

/**
 * Compiles the quarterly home-schooling report (R1) on behalf of the Labour Resources Development
 * Centre (R3): the figures of the quarter, the due date from the dated deadline rule, the late flag,
 * written once as a JSON document whose bytes are stored, signed and submitted unchanged. Compilation
 * is a status event through the transactional outbox.
 */
@ApplicationScoped
public class QuarterlyReports {

    private static final Logger LOG = Logger.getLogger(QuarterlyReports.class);
    /** Key and subject of report events: the report's id and reference. */
    public static final String SUBJECT_KIND = "report";

    /** The mapper of report documents: fixed member order, ISO dates, indented for a human reader. */
    static final ObjectMapper DOCUMENTS = JsonMapper.builder().findAndAddModules()
            .addModule(TimestampsInJson.module(new Timestamps(ReportingQuarter.ZONE)))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final HomeSchoolingFigures figures;
    private final EntityManager em;
    private final StatusEvents events;
    private final ReportConfig config;
    private final ServiceClock clock;

    public QuarterlyReports(HomeSchoolingFigures figures, EntityManager em, StatusEvents events, ReportConfig config,
            ServiceClock clock) {
        this.figures = figures;
        this.em = em;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public QuarterlyReport compile(ReportingQuarter quarter, String user) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, ReportingQuarter.ZONE);
        if (!today.isAfter(quarter.lastDay())) {
            throw new RuleBroken("period-not-over", "The quarter is not over",
                    "The report of " + quarter + " can be compiled from " + quarter.lastDay().plusDays(1) + " on");
        }
        ReportDeadline deadline = ReportDeadline.inForceFor(quarter, deadlines()).orElseThrow(() ->
                new RuleBroken("no-deadline-rule", "No deadline rule in force",
                        "No deadline rule of " + HomeSchoolingReport.FORM + " is in force for " + quarter));
        HomeSchoolingFigures.Result result = figures.of(quarter);
        HomeSchoolingReport document = new HomeSchoolingReport(HomeSchoolingReport.FORM, HomeSchoolingReport.FORM_INDEX,
                HomeSchoolingReport.PERIODICITY, HomeSchoolingReport.TITLE, HomeSchoolingReport.TITLE_KK,
                HomeSchoolingReport.APPROVED_BY, quarter.toString(), quarter.firstDay(), quarter.lastDay(),
                new HomeSchoolingReport.CompiledBy(config.compiler(), user), now, today, deadline.dueDate(quarter),
                deadline.late(quarter, today), "KZT", result.recipients(), result.regions(), result.total(),
                HomeSchoolingReport.UNKNOWN);

        QuarterlyReport report = new QuarterlyReport();
        report.id = UUID.randomUUID();
        report.form = HomeSchoolingReport.FORM;
        report.period = quarter.toString();
        report.compiledAt = now;
        report.compiledOn = today;
        report.compiledBy = user;
        report.dueDate = document.dueDate();
        report.late = document.late();
        report.document = bytes(document);
        report.documentSha256 = sha256(report.document);
        report.persist();
        events.record(new EventSubject(SUBJECT_KIND, report.id, report.reference()), "report.compiled",
                MonitoringData.stage("compiled").occurredAt(now).deadline(report.dueDate).actorRole(ReportConfig.ROLE)
                        .details(Map.of("form", report.form, "period", report.period, "late", report.late,
                                "documentSha256", report.documentSha256))
                        .build());
        LOG.infof("report %s compiled (due %s, late %s)", report.reference(), report.dueDate, report.late);
        return report;
    }

    public static QuarterlyReport find(UUID id) {
        return QuarterlyReport.<QuarterlyReport>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("No quarterly report " + id));
    }

    /** The document of a stored report, read back from its exact bytes. */
    public static HomeSchoolingReport document(QuarterlyReport report) {
        try {
            return DOCUMENTS.readValue(report.document, HomeSchoolingReport.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored report " + report.id + " is not readable", e);
        }
    }

    static byte[] bytes(HomeSchoolingReport document) {
        try {
            return DOCUMENTS.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report cannot be written as JSON", e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ReportDeadline> deadlines() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT effective_from, calendar_days_after_period FROM report_deadline WHERE form = :form")
                .setParameter("form", HomeSchoolingReport.FORM).getResultList();
        return rows.stream().map(row -> new ReportDeadline(row[0] instanceof java.sql.Date date ? date.toLocalDate()
                : (LocalDate) row[0], ((Number) row[1]).intValue())).toList();
    }
}
