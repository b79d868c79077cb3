package kz.gov.rehab.e2e.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import kz.gov.rehab.e2e.Gateway;
import kz.gov.rehab.e2e.client.certificates.ApiClient;
import kz.gov.rehab.e2e.client.certificates.ApiException;
import kz.gov.rehab.e2e.client.certificates.api.IntakeApi;
import kz.gov.rehab.e2e.client.certificates.api.ReviewByTheAkimatApi;
import kz.gov.rehab.e2e.client.certificates.api.StatusInquiryApi;
import kz.gov.rehab.e2e.client.certificates.model.ApplicationStatus;
import kz.gov.rehab.e2e.client.certificates.model.ApplicationView;
import kz.gov.rehab.e2e.client.certificates.model.Branch;
import kz.gov.rehab.e2e.client.certificates.model.Employee;
import kz.gov.rehab.e2e.client.certificates.model.IdentityPresentation;
import kz.gov.rehab.e2e.client.certificates.model.IdentityPresented;
import kz.gov.rehab.e2e.client.certificates.model.Inquiry;
import kz.gov.rehab.e2e.client.certificates.model.IntakeRequest;
import kz.gov.rehab.e2e.client.certificates.model.PresentedDocuments;
import kz.gov.rehab.e2e.client.certificates.model.RehabilitationDocument;
import kz.gov.rehab.e2e.client.certificates.model.RehabilitationDocumentKind;
import kz.gov.rehab.e2e.client.certificates.model.RequestedResult;
import kz.gov.rehab.e2e.client.compensations.api.CompensationRulesApi;
import org.junit.jupiter.api.Test;

/**
 * An integrator's view: a Java client generated from the committed documents (docs/openapi/, see
 * the e2e-tests pom) calls the system through the gateway with the development keys: intake at the
 * State Corporation, the applicant's status inquiry, the akimat's work list, and a list of the
 * compensation service.
 */
class GeneratedClientIT {

    /** The fixture "no patronymic" of docs/registry-fixtures.md: registered in Astana. */
    private static final String IIN = "350412399000";

    @Test
    void intakeStatusInquiryAndWorkListThroughTheGeneratedClient() throws Exception {
        IntakeRequest form = new IntakeRequest()
                .requested(RequestedResult.CERTIFICATE)
                .applicantIin(IIN)
                .documents(new PresentedDocuments()
                        .identity(new IdentityPresented().kind(IdentityPresentation.ID_CARD).number("099000001"))
                        .rehabilitation(new RehabilitationDocument().kind(RehabilitationDocumentKind.REHABILITATION_REFERENCE)
                                .number("R-1996-099001").issuedOn(LocalDate.of(1996, 4, 18)).issuer("Астана қаласының прокуратурасы")))
                .documentsAuthentic(true)
                .personalDataConsent(true)
                .acceptedBy(new Employee().surname("Сапарова").name("Динара").position("Chief specialist"))
                .branch(new Branch().number("ASTANA-01").address("Астана, Қабанбай батыр даңғылы 1"));
        ApplicationView accepted = new IntakeApi(client("state-corporation"))
                .intakeResourceSubmit(form, UUID.randomUUID().toString(), null);
        assertThat(accepted.getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(accepted.getAkimatCode()).as("routed to the akimat of Astana").isEqualTo("710000000");

        var status = new StatusInquiryApi(client("egov-portal"))
                .statusInquiryResourceInquire(new Inquiry().applicationNumber(accepted.getNumber()).iin(IIN), null);
        assertThat(status.getApplicationNumber()).isEqualTo(accepted.getNumber());
        assertThat(status.getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);

        var workList = new ReviewByTheAkimatApi(client("akimat-astana"))
                .applicationResourceWorkList(null, 0, 100, ApplicationStatus.UNDER_REVIEW, null);
        assertThat(workList.getItems()).extracting(ApplicationView::getNumber).contains(accepted.getNumber());
        assertThat(workList.getPage()).isZero();

        assertThatThrownBy(() -> new StatusInquiryApi(client("egov-portal"))
                .statusInquiryResourceInquire(new Inquiry().applicationNumber(accepted.getNumber()).iin("330707399060"), null))
                .as("another person's IIN gets the answer of an unknown number")
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(404);
                    assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
                });
    }

    @Test
    void aListOfTheCompensationServiceThroughItsGeneratedClient() throws Exception {
        var client = new kz.gov.rehab.e2e.client.compensations.ApiClient();
        client.updateBaseUri(Gateway.URL);
        client.setRequestInterceptor(request -> request.header("X-Api-Key", ServiceDocuments.key("rules-operator")));
        var entries = new CompensationRulesApi(client).mrpResourceAll(0, 100, null);
        assertThat(entries.getItems()).as("the MRP of 2026 (4,325 KZT, docs/law.md §4) is on record")
                .anySatisfy(entry -> {
                    assertThat(entry.getAmount().getAmount()).isEqualTo("4325.00");
                    assertThat(entry.getAmount().getCurrency()).isEqualTo("KZT");
                });
    }

    private static ApiClient client(String system) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Gateway.URL);
        client.setRequestInterceptor(request -> request.header("X-Api-Key", ServiceDocuments.key(system)));
        return client;
    }
}
