package kz.gov.rehab.commons.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.gov.rehab.commons.money.Money;
import kz.gov.rehab.commons.person.Iin;
import org.junit.jupiter.api.Test;

/** C9 (para 16): the outbox row is part of the state change's transaction, nothing else. */
@QuarkusTest
class StatusEventsTest {

    @Inject
    StatusEvents statusEvents;

    @Inject
    OutboxRows outboxRows;

    @Test
    void stateChangeWritesOneOutboxRowWithItsMonitoringData_para16() {
        UUID applicationId = UUID.randomUUID();
        UUID eventId = QuarkusTransaction.requiringNew().call(() -> statusEvents.record(applicationId, "C-2026-000001",
                "application.accepted", MonitoringData.stage("accepted")
                        .provider(Provider.akimat("751110000", "Akimat of Almaty"))
                        .channel(Channel.STATE_CORPORATION)
                        .deadline(LocalDate.of(2026, 4, 20))
                        .actorRole("state-corporation")
                        .applicant(Iin.parse("791028302728"))
                        .details(Map.of("documents", List.of("identity-card", "rehabilitation-reference")))
                        .build()));

        List<OutboxRows.Row> rows = outboxRows.of(applicationId);
        assertEquals(1, rows.size());
        OutboxRows.Row row = rows.get(0);
        assertEquals(eventId, row.id());
        assertEquals("kz.gov.rehab-commons-test.application.accepted", row.type());
        assertEquals("/kz/gov/rehab/commons-test", row.source());
        assertEquals("rehab.commons-test.status", row.topic());
        assertEquals("C-2026-000001", row.applicationNumber());
        for (String field : List.of("\"applicationId\": \"" + applicationId + "\"", "\"serviceCode\": \"commons-test\"",
                "\"stage\": \"accepted\"", "\"kind\": \"AKIMAT\"", "\"channel\": \"STATE_CORPORATION\"",
                "\"deadline\": \"2026-04-20\"", "\"actorRole\": \"state-corporation\"",
                "\"applicantIin\": \"7910******28\"")) {
            assertTrue(row.data().contains(field), () -> field + " in " + row.data());
        }
        assertFalse(row.data().contains("791028302728"), "the full IIN must never be in an event");
    }

    @Test
    void eventDataWriteMomentsAndMoneyAsTheRestAnswersDo() {
        UUID applicationId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> statusEvents.record(applicationId, "C-2026-000005", "application.assigned",
                MonitoringData.stage("assigned").occurredAt(Instant.parse("2026-12-01T17:28:00.123456Z"))
                        .details(Map.of("amount", Money.kzt(new BigDecimal("184600")))).build()));

        String data = outboxRows.of(applicationId).get(0).data();
        assertTrue(data.contains("\"occurredAt\": \"2026-12-01T22:28:00+05:00\""), data);
        assertTrue(data.contains("\"amount\": {\"amount\": \"184600.00\", \"currency\": \"KZT\"}"), data);
    }

    /** The events of one transaction (an intake's three stages) are written in the order they were recorded. */
    @Test
    void theEventsOfOneTransactionAreWrittenInTheOrderRecorded_para16() {
        UUID applicationId = UUID.randomUUID();
        List<UUID> recorded = QuarkusTransaction.requiringNew().call(() -> List.of(
                statusEvents.record(applicationId, "C-2026-000006", "application.submitted", MonitoringData.stage("submitted").build()),
                statusEvents.record(applicationId, "C-2026-000006", "application.accepted", MonitoringData.stage("accepted").build()),
                statusEvents.record(applicationId, "C-2026-000006", "application.routed", MonitoringData.stage("routed").build())));

        assertEquals(recorded, outboxRows.of(applicationId).stream().map(OutboxRows.Row::id).toList());
    }

    @Test
    void rolledBackStateChangeLeavesNoEvent_para16() {
        UUID applicationId = UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            statusEvents.record(applicationId, "C-2026-000002", "application.accepted", MonitoringData.stage("accepted").build());
            throw new IllegalStateException("the state change failed");
        }));

        assertEquals(List.of(), outboxRows.of(applicationId));
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThrows(TransactionalException.class, () -> statusEvents.record(UUID.randomUUID(), "C-2026-000003",
                "application.accepted", MonitoringData.stage("accepted").build()));
    }

    @Test
    void anUnmaskedIinNeverGetsIntoAnEvent() {
        assertThrows(IllegalArgumentException.class,
                () -> new MonitoringData("accepted", null, null, null, null, null, "791028302728", null));
    }

    @Test
    void eventTypesAreLowerCaseDottedWords() {
        assertThrows(IllegalArgumentException.class, () -> QuarkusTransaction.requiringNew().run(() -> statusEvents.record(
                UUID.randomUUID(), "C-2026-000004", "Application Accepted", MonitoringData.stage("accepted").build())));
    }
}
