package kz.gov.rehab.compensation.report;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The human-readable export of a report (RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet
 * programs show Cyrillic region names): a heading block (title, form index, periodicity, period,
 * compiler, compiled on, due date, late), an empty line, one row per region and the total row; an
 * empty line, one row per recipient with the names; an empty line and what is unknown of the form.
 * It is written from the stored JSON document, so both show the same figures.
 */
public final class ReportCsv {

    static final List<String> COLUMNS = List.of("Region code (KATO)", "Region", "Children assigned",
            "Recipients assigned", "Amount assigned (KZT)", "Children paid", "Recipients paid", "Amount paid (KZT)");
    static final List<String> RECIPIENT_COLUMNS = List.of("Recipient: surname", "name", "patronymic (ол болған жағдайда)",
            "Child: surname", "name", "patronymic (ол болған жағдайда)", "Region code (KATO)", "Region", "Months assigned",
            "Amount assigned (KZT)", "Amount paid (KZT)");
    private static final CsvMapper CSV = new CsvMapper();

    private ReportCsv() {
    }

    public static String of(HomeSchoolingReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(report.title()));
        rows.add(List.of("Form", report.form()));
        rows.add(List.of("Form index", report.formIndex()));
        rows.add(List.of("Periodicity", report.periodicity()));
        rows.add(List.of("Title (kk)", report.titleKk()));
        rows.add(List.of("Approved by", report.approvedBy()));
        rows.add(List.of("Period", report.period(), report.periodStart().toString(), report.periodEnd().toString()));
        rows.add(List.of("Compiled by", report.compiledBy().organisation(), report.compiledBy().user()));
        rows.add(List.of("Compiled on", report.compiledOn().toString()));
        rows.add(List.of("Due date", report.dueDate().toString()));
        rows.add(List.of("Late", report.late() ? "yes" : "no"));
        rows.add(List.of());
        rows.add(COLUMNS);
        report.regions().forEach(region -> rows.add(row(region)));
        rows.add(row(report.total()));
        rows.add(List.of());
        rows.add(RECIPIENT_COLUMNS);
        report.recipients().forEach(recipient -> rows.add(row(recipient)));
        rows.add(List.of());
        report.unknown().forEach(unknown -> rows.add(List.of("Unknown", unknown)));
        try {
            return "\uFEFF" + CSV.writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValueAsString(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(HomeSchoolingReport.Recipient r) {
        return List.of(r.recipientSurname(), r.recipientName(), r.recipientPatronymic() == null ? "" : r.recipientPatronymic(),
                r.childSurname() == null ? "" : r.childSurname(), r.childName() == null ? "" : r.childName(),
                r.childPatronymic() == null ? "" : r.childPatronymic(), r.regionCode() == null ? "" : r.regionCode(),
                r.regionName() == null ? "no registered address" : r.regionName(), Long.toString(r.monthsAssigned()),
                r.amountAssignedKzt().toPlainString(), r.amountPaidKzt().toPlainString());
    }

    private static List<String> row(HomeSchoolingReport.Figures figures) {
        return List.of(figures.regionCode() == null ? "" : figures.regionCode(),
                figures.regionName() == null ? "no registered address" : figures.regionName(),
                Long.toString(figures.childrenAssigned()), Long.toString(figures.recipientsAssigned()),
                figures.amountAssignedKzt().toPlainString(), Long.toString(figures.childrenPaid()),
                Long.toString(figures.recipientsPaid()), figures.amountPaidKzt().toPlainString());
    }
}
