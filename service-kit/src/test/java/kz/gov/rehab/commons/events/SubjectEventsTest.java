package kz.gov.rehab.commons.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.gov.rehab.commons.person.Iin;
import org.junit.jupiter.api.Test;

/** Events about something that is not an application (a report) go through the same outbox, keyed by its id. */
@QuarkusTest
class SubjectEventsTest {

    @Inject
    StatusEvents statusEvents;

    @Inject
    OutboxRows outboxRows;

    @Test
    void reportEventKeyedByTheReportWithItsReferenceAsSubject() {
        UUID reportId = UUID.randomUUID();
        UUID eventId = QuarkusTransaction.requiringNew().call(() -> statusEvents.record(
                new EventSubject("report", reportId, "HOME_SCHOOLING_REIMBURSEMENT-2026-Q1"), "report.compiled",
                MonitoringData.stage("compiled").deadline(LocalDate.of(2026, 4, 10)).actorRole("ministry-report-submitter")
                        .details(Map.of("period", "2026-Q1", "late", false)).build()));

        List<OutboxRows.Row> rows = outboxRows.of(reportId);
        assertEquals(1, rows.size());
        OutboxRows.Row row = rows.get(0);
        assertEquals(eventId, row.id());
        assertEquals("kz.gov.rehab-commons-test.report.compiled", row.type());
        assertEquals("HOME_SCHOOLING_REIMBURSEMENT-2026-Q1", row.applicationNumber());
        for (String field : List.of("\"subjectKind\": \"report\"", "\"subjectId\": \"" + reportId + "\"",
                "\"subject\": \"HOME_SCHOOLING_REIMBURSEMENT-2026-Q1\"", "\"stage\": \"compiled\"",
                "\"deadline\": \"2026-04-10\"", "\"period\": \"2026-Q1\"")) {
            assertTrue(row.data().contains(field), () -> field + " in " + row.data());
        }
        assertFalse(row.data().contains("applicationId"), "a report is not an application");
    }

    @Test
    void anEventAboutAReportNamesNoApplicant() {
        assertThrows(IllegalArgumentException.class, () -> QuarkusTransaction.requiringNew().run(() -> statusEvents.record(
                new EventSubject("report", UUID.randomUUID(), "R-1"), "report.compiled",
                MonitoringData.stage("compiled").applicant(Iin.parse("791028302728")).build())));
        assertThrows(IllegalArgumentException.class, () -> new EventSubject("Report!", UUID.randomUUID(), "R-1"));
    }
}
