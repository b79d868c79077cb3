package kz.gov.rehab.certificate.calendar.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.gov.rehab.certificate.calendar.DayKind;
import kz.gov.rehab.certificate.calendar.MissingFact;
import kz.gov.rehab.certificate.calendar.TransferDecree;
import kz.gov.rehab.certificate.calendar.YearCalendar;
import kz.gov.rehab.certificate.calendar.YearStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year's working-day calendar as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record YearView(
        int year,
        YearStatus status,
        @Schema(description = "True until the year's Kurban Ait date and transfer decree are entered") boolean provisional,
        @Schema(description = "What the year still lacks to be confirmed") List<MissingFact> missing,
        int workingDays,
        @Schema(description = "The days that depart from the five-day week, with their reason and legal basis") List<Day> listedDays,
        Fact kurbanAit,
        Fact transferDecree) {

    public record Day(LocalDate day, DayKind kind, String reason, String source) {
    }

    /** An announced fact as entered: what, on what basis, by whom and when. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Fact(LocalDate firstDay, List<TransferDecree.Transfer> transfers, String legalBasis, String enteredBy,
            OffsetDateTime enteredAt) {
    }

    public static YearView of(YearCalendar year) {
        return new YearView(year.year(), year.status(), year.provisional(), year.missing(), year.workingDays(),
                year.listedDays().stream().map(d -> new Day(d.day(), d.kind(), d.reason(), d.source())).toList(),
                year.kurbanAit() == null ? null
                        : new Fact(year.kurbanAit().firstDay(), null, year.kurbanAit().legalBasis(),
                                year.kurbanAit().enteredBy(), year.kurbanAit().enteredAt()),
                year.transferDecree() == null ? null
                        : new Fact(null, year.transferDecree().transfers(), year.transferDecree().legalBasis(),
                                year.transferDecree().enteredBy(), year.transferDecree().enteredAt()));
    }
}
