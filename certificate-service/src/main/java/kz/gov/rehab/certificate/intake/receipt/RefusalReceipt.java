package kz.gov.rehab.certificate.intake.receipt;

import java.time.LocalDate;
import java.util.List;
import kz.gov.rehab.certificate.queue.QueueTimes;

/**
 * Receipt of refusal to accept documents (C3, Appendix 3 of Order No. 78): the branch of the State
 * Corporation (number, address) refuses because the set is incomplete or a document has expired
 * (the only two grounds; {@code grounds} names which, {@code legalBasis} cites them);
 * the missing or expired documents one per line; the employee's name and phone (if any); the date;
 * the applicant's name, who signs it as received. Made in two copies, one for each party.
 * {@code queue}: the electronic queue's ticket and times (items 5.2, 5.3) when the intake named one.
 */
public record RefusalReceipt(
        String kind,
        String applicationNumber,
        String branchNumber,
        String branchAddress,
        List<String> missingOrInvalidDocuments,
        List<String> grounds,
        List<String> legalBasis,
        String employee,
        String employeePhone,
        LocalDate date,
        String applicant,
        int copies,
        QueueTimes queue) {

    public static final String KIND = "REFUSAL_TO_ACCEPT";
    /** Appendix 3: one copy for the applicant, one kept by the State Corporation. */
    public static final int COPIES = 2;

    public RefusalReceipt {
        missingOrInvalidDocuments = List.copyOf(missingOrInvalidDocuments);
        grounds = List.copyOf(grounds);
        legalBasis = List.copyOf(legalBasis);
    }
}
