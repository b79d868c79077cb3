package kz.gov.rehab.compensation.inquiry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import kz.gov.rehab.commons.money.Money;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.commons.problem.ProblemException;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.stage.ApplicationStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Status of an application for the applicant, through the eGov portal: by application number and
 * IIN together (POST, so the IIN is not in a URL or an access log). A wrong pair and an unknown
 * number get the same 404, so the inquiry reveals nothing about other people's applications.
 */
@Path("/api/v1/compensations/status-inquiries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Status inquiry", description = "Status of an application by its number and the applicant's IIN")
public class StatusInquiryResource {

    @Schema(name = "CompensationStatusInquiry")
    public record Inquiry(@NotBlank @Size(max = 32) @Schema(example = "CMP-2026-000001") String applicationNumber,
            @NotNull @Schema(example = "330707399060") Iin iin) {
    }

    @Schema(name = "CompensationStatus")
    public record Status(String applicationNumber, String status, Money amount, String refusalReason,
            List<Step> stages) {
    }

    public record Step(String stage, Instant at) {
    }

    @POST
    @RolesAllowed("egov-portal")
    @Transactional
    @Operation(summary = "Status of an application (number + IIN)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "inquiry",
            value = "{\"applicationNumber\":\"CMP-2026-000001\",\"iin\":\"330707399060\"}",
            extensions = @Extension(name = "x-example-from", parseValue = true,
                    value = "{\"applicationNumber\":\"POST /api/v1/compensations/applications number\"}"))))
    @APIResponse(responseCode = "200", description = "The status and the stages so far", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "paid", value = """
                    {"applicationNumber":"CMP-2026-000001","status":"PAID","amount":{"amount":"77850.00","currency":"KZT"},
                     "stages":[{"stage":"SUBMITTED","at":"2026-05-04T10:12:00+05:00"},{"stage":"DATA_CHECKED","at":"2026-05-04T10:12:00+05:00"},
                     {"stage":"ASSIGNED","at":"2026-05-06T14:00:00+05:00"},{"stage":"PAID","at":"2026-05-12T15:30:00+05:00"}]}""")))
    @APIResponse(responseCode = "404", description = "No application with this number for this IIN",
            content = @Content(mediaType = "application/problem+json"))
    public Status inquire(@Valid @NotNull Inquiry inquiry) {
        CompensationApplication application = CompensationApplication.findByNumber(inquiry.applicationNumber().trim())
                .filter(found -> found.iin.equals(inquiry.iin()))
                .orElseThrow(() -> ProblemException.notFound("No compensation application with this number for this IIN"));
        List<Step> steps = ApplicationStage.history(application.id).stream()
                .map(stage -> new Step(stage.stage.stageName(), stage.at)).toList();
        return new Status(application.number, application.status.name(), Money.kztOrNull(application.amountKzt),
                application.refusalReason == null ? null : application.refusalReason.name(), steps);
    }
}
