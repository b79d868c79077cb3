package kz.gov.rehab.compensation.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The administrative-data form "Report on the assignment and payment of reimbursement of expenses for
 * home schooling of children with disabilities" (R1), index "2-шығындарды өтеу", quarterly, for one
 * quarter: the recipients with their names (the form's "(ол болған жағдайда)": patronymic if any) and
 * what was assigned and paid to each, figures per region and in total, compiled on behalf of the
 * Labour Resources Development Centre (R3), with its due date and whether it was compiled late. What
 * the texts at hand do not show of the form is listed in {@code unknown}, not invented. The field
 * definitions and their sources are in docs/quarterly-report.md; this record is the JSON document
 * that is signed and submitted, byte for byte as stored.
 */
@JsonPropertyOrder({"form", "formIndex", "periodicity", "title", "titleKk", "approvedBy", "period", "periodStart", "periodEnd",
        "compiledBy", "compiledAt", "compiledOn", "dueDate", "late", "currency", "recipients", "regions", "total", "unknown"})
public record HomeSchoolingReport(String form, String formIndex, String periodicity, String title, String titleKk,
        String approvedBy, String period, LocalDate periodStart, LocalDate periodEnd,
        CompiledBy compiledBy, Instant compiledAt, LocalDate compiledOn, LocalDate dueDate, boolean late, String currency,
        List<Recipient> recipients, List<Figures> regions, Figures total, List<String> unknown) {

    public static final String FORM = "HOME_SCHOOLING_REIMBURSEMENT";
    /** The form's index and periodicity as Order No. 113 names them ("2-шығындарды өтеу және тоқсан сайын"). */
    public static final String FORM_INDEX = "2-шығындарды өтеу";
    public static final String PERIODICITY = "тоқсан сайын (quarterly)";
    public static final String TITLE = "Report on the assignment and payment of reimbursement of expenses for home"
            + " schooling of children with disabilities";
    public static final String TITLE_KK = "Мүгедектігі бар балаларды үйде оқытуға жұмсалған шығындарды өтеуді тағайындау"
            + " және төлеу туралы есеп";
    public static final String APPROVED_BY = "Order No. 28 of the Minister of Health and Social Development of 19 January 2016"
            + " (registered No. 13109), as amended by Order No. 113 of the Minister of Labour and Social Protection of 1 April 2026";
    /** What the texts at hand (Order No. 113 and its amendments of Order No. 28) do not show of the form: marked, not invented. */
    public static final List<String> UNKNOWN = List.of(
            "The form's own columns and rows (the appendix to Order No. 28) are not among the texts at hand: Order No. 113 shows"
                    + " only its title, index, periodicity, that it names persons (surname, name, patronymic \"(ол болған жағдайда)\"),"
                    + " who compiles it and when it is due. The recipients' rows and the regional figures are this system's;"
                    + " their definitions are in the documentation of the report.",
            "Whether the form carries IINs, bank accounts or addresses of recipients or children: not shown; not included.",
            "Whether the form counts by the recipient's or by the child's territory: not shown; this report counts by the child's"
                    + " registered residence (the recipient's when the child has none).");

    /**
     * One recipient of one reimbursement with anything assigned or paid in the quarter: the recipient
     * (the parent or legal representative who applied) and the child by name, the patronymic only
     * "(ол болған жағдайда)" (if any, else {@code null}); the region the award is reported in; the
     * months of the quarter assigned and their amount; the amount paid in the quarter.
     */
    @JsonPropertyOrder({"recipientSurname", "recipientName", "recipientPatronymic", "childSurname", "childName",
            "childPatronymic", "regionCode", "regionName", "monthsAssigned", "amountAssignedKzt", "amountPaidKzt"})
    public record Recipient(String recipientSurname, String recipientName, String recipientPatronymic, String childSurname,
            String childName, String childPatronymic, String regionCode, String regionName, long monthsAssigned,
            BigDecimal amountAssignedKzt, BigDecimal amountPaidKzt) {
    }

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
