package kz.gov.rehab.certificate.application.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.gov.rehab.certificate.application.ApplicationStage;
import kz.gov.rehab.certificate.application.ApplicationStatus;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.certificate.application.RefusalGround;
import kz.gov.rehab.certificate.application.RegistrySnapshot;
import kz.gov.rehab.certificate.application.RequestedResult;
import kz.gov.rehab.certificate.application.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application as the State Corporation and the competent akimat see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(
        @Schema(description = "Internal id of the application: the Kafka key of its status events") UUID id,
        String number,
        RequestedResult requested,
        ApplicationStatus status,
        String applicantIin,
        String branchNumber,
        String akimatCode,
        String akimatName,
        OffsetDateTime submittedAt,
        LocalDate readyDate,
        @Schema(description = "The ready date was counted through a year whose calendar is provisional (a Kurban Ait date or "
                + "the transfer decree not yet entered); it never moves earlier") Boolean readyDateProvisional,
        boolean overdue,
        CertificateApplication.Decision decision,
        RefusalGround refusalGround,
        String refusalReason,
        LocalDate handedOutOn,
        Map<String, Object> receipt,
        RegistrySnapshot registrySnapshot,
        @Schema(description = "What the registries and the certificate records said, for the akimat's review (item 11): "
                + "code, detail, and the item-11 ground it may bear on") List<Map<String, Object>> reviewFindings,
        List<StageView> stages,
        long version) {

    public static ApplicationView of(CertificateApplication a, LocalDate today) {
        return of(a, today, ApplicationStage.of(a.id));
    }

    /**
     * {@code stages}: all of the application's stages in order, e.g. those its creating transaction
     * has just recorded, which then need not be read back.
     */
    public static ApplicationView of(CertificateApplication a, LocalDate today, List<ApplicationStage> stages) {
        return new ApplicationView(a.id, a.number, a.requested, a.status, a.applicantIin.masked(), a.branchNumber, a.akimatCode,
                a.akimatName, a.submittedAt, a.readyDate, provisional(a), a.overdueOn(today), a.decision, a.refusalGround, a.refusalReason,
                a.handedOutOn, a.receipt, a.registrySnapshot, a.reviewFindings,
                stages.stream().map(StageView::of).toList(), a.version);
    }

    /** A line of the work list: no personal data beyond the masked IIN. */
    public static ApplicationView summary(CertificateApplication a, LocalDate today) {
        return new ApplicationView(a.id, a.number, a.requested, a.status, a.applicantIin.masked(), a.branchNumber, a.akimatCode,
                a.akimatName, a.submittedAt, a.readyDate, provisional(a), a.overdueOn(today), a.decision, a.refusalGround, null,
                a.handedOutOn, null, null, null, null, a.version);
    }

    private static Boolean provisional(CertificateApplication a) {
        return a.readyDate == null ? null : a.readyDateProvisional;
    }

    public record StageView(Stage stage, ApplicationStatus status, OffsetDateTime at) {
        static StageView of(ApplicationStage s) {
            return new StageView(s.stage, s.status, s.occurredAt);
        }
    }
}
