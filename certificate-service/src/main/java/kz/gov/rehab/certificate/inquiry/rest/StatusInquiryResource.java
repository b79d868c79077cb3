package kz.gov.rehab.certificate.inquiry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.gov.rehab.certificate.application.ApplicationStage;
import kz.gov.rehab.certificate.application.ApplicationStatus;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.certificate.application.Stage;
import kz.gov.rehab.certificate.inquiry.ApplicantProof;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Status inquiry (C12, standard item 12.2): by application number and IIN, the status, the stages
 * with dates and the ready date, and nothing else about the person. Asked by the e-government
 * portal, the State Corporation and the Unified Contact Centre 1414 (role {@code contact-centre}).
 * The IIN travels in the body, not the URL, so it stays out of access logs.
 */
@Path("/api/v1/certificates/status-inquiries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Status inquiry", description = "Status of an application for the applicant (C12)")
public class StatusInquiryResource {

    private final ApplicantProof proof;

    public StatusInquiryResource(ApplicantProof proof) {
        this.proof = proof;
    }

    @POST
    @RolesAllowed({"egov-portal", "state-corporation", "contact-centre"})
    @Transactional
    @Operation(summary = "Status of an application", description = "A wrong IIN gets exactly the answer of an unknown number (404).")
    @RequestBody(content = @Content(schema = @Schema(implementation = Inquiry.class),
            examples = @ExampleObject(name = "inquiry", value = "{\"applicationNumber\":\"CRT-2026-000042\",\"iin\":\"350412399000\"}",
                    extensions = @Extension(name = "x-example-from", parseValue = true,
                            value = "{\"applicationNumber\":\"POST /api/v1/certificates/applications number\"}"))))
    @APIResponse(responseCode = "200", description = "Status", content = @Content(schema = @Schema(implementation = Status.class),
            examples = @ExampleObject(name = "under review", value = """
                    {"applicationNumber":"CRT-2026-000042","requested":"CERTIFICATE","status":"UNDER_REVIEW","readyDate":"2026-04-01",
                     "stages":[{"stage":"SUBMITTED","at":"2026-03-20T10:15:00+05:00"},{"stage":"ACCEPTED","at":"2026-03-20T10:15:00+05:00"},
                               {"stage":"ROUTED","at":"2026-03-20T10:15:00+05:00"}]}""")))
    @APIResponse(responseCode = "404", description = "No application with this number and IIN", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "unknown", value = """
                    {"type":"https://rehab.gov.kz/problems/not-found","title":"Not found","status":404,"detail":"No application with this number and IIN"}""")))
    public Status inquire(@Valid @NotNull Inquiry inquiry) {
        CertificateApplication application = proof.application(inquiry.applicationNumber(), inquiry.iin());
        return new Status(application.number, application.requested.name(), application.status, application.readyDate,
                application.readyDate == null ? null : application.readyDateProvisional,
                ApplicationStage.of(application.id).stream().map(s -> new StageAt(s.stage, s.occurredAt)).toList());
    }

    public record Inquiry(
            @NotBlank @Size(max = 40) String applicationNumber,
            @NotNull @Pattern(regexp = "\\d{12}", message = "an IIN is exactly 12 digits") String iin) {
    }

    public record Status(String applicationNumber, String requested, ApplicationStatus status, LocalDate readyDate,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The ready date was counted through a "
                    + "provisional year of the calendar: it may move later, never earlier") Boolean readyDateProvisional,
            List<StageAt> stages) {
    }

    public record StageAt(Stage stage, OffsetDateTime at) {
    }
}
