package kz.gov.rehab.compensation.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The administrative-data form "Report on the assignment and payment of reimbursement of expenses for
 * home schooling of children with disabilities" (R1) for one quarter: figures per region and in total,
 * compiled on behalf of the Labour Resources Development Centre (R3), with its due date and whether it
 * was compiled late. The field definitions are in docs/quarterly-report.md; this record is the JSON
 * document that is signed and submitted, byte for byte as stored.
 */
@JsonPropertyOrder({"form", "title", "period", "periodStart", "periodEnd", "compiledBy", "compiledAt", "compiledOn",
        "dueDate", "late", "currency", "regions", "total"})
public record HomeSchoolingReport(String form, String title, String period, LocalDate periodStart, LocalDate periodEnd,
        CompiledBy compiledBy, Instant compiledAt, LocalDate compiledOn, LocalDate dueDate, boolean late, String currency,
        List<Figures> regions, Figures total) {

    public static final String FORM = "HOME_SCHOOLING_REIMBURSEMENT";
    public static final String TITLE = "Report on the assignment and payment of reimbursement of expenses for home"
            + " schooling of children with disabilities";

    /** Who compiled the report: the organisation (R3) and its user. */
    public record CompiledBy(String organisation, String user) {
    }

    /**
     * The figures of one region (KATO code and name from the address register; both {@code null} for
     * awards with no registered address) or of all regions ({@code regionCode} {@code null},
     * {@code regionName} "Total"). Counts of the total row count each child and recipient once.
     */
    @JsonPropertyOrder({"regionCode", "regionName", "childrenAssigned", "recipientsAssigned", "amountAssignedKzt",
            "childrenPaid", "recipientsPaid", "amountPaidKzt"})
    public record Figures(String regionCode, String regionName, long childrenAssigned, long recipientsAssigned,
            BigDecimal amountAssignedKzt, long childrenPaid, long recipientsPaid, BigDecimal amountPaidKzt) {
    }
}
