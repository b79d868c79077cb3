package kz.gov.rehab.certificate.intake.receipt;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.gov.rehab.certificate.queue.QueueTimes;

/**
 * The receipt given when the documents are accepted (C4, para 5): the accepted documents, who
 * accepted them, date and time of submission, and the date the ready result will be handed out
 * (C5: 5 working days, the day of acceptance not counted). {@code resultReadyOnProvisional} says
 * that the date was counted through a year whose calendar still awaits its announced facts (a Kurban
 * Ait date, a transfer decree): the date on the receipt never moves earlier once they are entered.
 * {@code queue} is the electronic queue's ticket and times (items 5.2, 5.3) when the intake named a
 * ticket, otherwise {@code null}.
 */
public record AcceptanceReceipt(
        String kind,
        String applicationNumber,
        String requested,
        List<String> acceptedDocuments,
        Employee acceptedBy,
        String branchNumber,
        String branchAddress,
        OffsetDateTime submittedAt,
        LocalDate resultReadyOn,
        boolean resultReadyOnProvisional,
        String serviceProvider,
        QueueTimes queue) {

    public static final String KIND = "ACCEPTANCE";

    public AcceptanceReceipt {
        acceptedDocuments = List.copyOf(acceptedDocuments);
    }
}
