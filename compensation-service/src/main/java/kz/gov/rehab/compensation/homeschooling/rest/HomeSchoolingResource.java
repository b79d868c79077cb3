package kz.gov.rehab.compensation.homeschooling.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kz.gov.rehab.commons.caller.CallerIdentity;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import kz.gov.rehab.commons.idempotency.IdempotentRequests;
import kz.gov.rehab.compensation.application.ApplicationIntake;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.application.rest.ApplicationResource;
import kz.gov.rehab.compensation.application.rest.ApplicationView;
import kz.gov.rehab.compensation.homeschooling.HomeSchoolingIntake;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Applications for the reimbursement of home-schooling costs of a child with a disability. Accepted
 * here; read, decided and paid through the same endpoints as every application of the engine
 * ({@code /api/v1/compensations/applications/{id}}, {@code …/decision}, payout batches).
 */
@Path("/api/v1/compensations/home-schooling/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Home-schooling reimbursement", description = "Applications of a parent or legal representative of a child"
        + " with a disability schooled at home; assigned for a period, paid in monthly instalments")
public class HomeSchoolingResource {

    static final String FORM_EXAMPLE = """
            {"iin":"750321441202","surname":"Исқақова","firstName":"Әсел","patronymic":"Маратқызы",
             "birthDate":"1975-03-21","address":"Көкшетау, Мир көшесі 44, 183",
             "identityDocument":{"type":"ID_CARD","number":"100001790","issuer":"ҚР ІІМ"},
             "bankAccount":{"iban":"KZ19601KZT0000000001","bank":"Halyk Bank"},
             "relationToChild":"PARENT",
             "child":{"iin":"081230551065","surname":"Исқақов","firstName":"Мұрат","patronymic":"Дәулетұлы","birthDate":"2008-12-30"},
             "disability":{"documentNumber":"MSE-2025-0042117","documentDate":"2025-08-20"},
             "homeSchoolingConclusion":{"number":"PMPK-2025-118","date":"2025-08-28","periodFrom":"2025-09-01","periodTo":"2026-05-31"},
             "consentToPersonalDataProcessing":true,"consentToUseOfProtectedSecrets":true,
             "applicationDate":"2026-01-12","acceptedOn":"2026-01-12",
             "acceptedBy":{"surname":"Жуманова","firstName":"Айгерим","position":"chief specialist"}}""";

    private final ApplicationIntake intake;
    private final HomeSchoolingIntake homeSchooling;
    private final IdempotentRequests idempotent;
    private final CallerIdentity callers;

    public HomeSchoolingResource(ApplicationIntake intake, HomeSchoolingIntake homeSchooling, IdempotentRequests idempotent,
            CallerIdentity callers) {
        this.intake = intake;
        this.homeSchooling = homeSchooling;
        this.idempotent = idempotent;
        this.callers = callers;
    }

    @POST
    @RolesAllowed("compensation-officer")
    @Operation(summary = "Accept an application for the home-schooling reimbursement", description = "The applicant and"
            + " the child are taken from the state database of individuals and the address register through the"
            + " digital-government gateway and every differing field is reported; the disability and the home-schooling"
            + " conclusion are facts of the form. The period is the months of the conclusion from the month of the"
            + " application, while the child is under 18. Decided with POST /api/v1/compensations/applications/{id}/decision.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "application", value = FORM_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Accepted; state DATA_CHECKED, DATA_MISMATCH or AWAITING_DECISION")
    @APIResponse(responseCode = "400", description = "Invalid form (field violations)", content = @Content(
            mediaType = ApplicationResource.PROBLEM, examples = @ExampleObject(name = "period", value = """
                    {"type":"https://rehab.gov.kz/problems/invalid-request","title":"The request is not valid","status":400,
                     "detail":"The request has 1 invalid field(s)","violations":[{"field":"homeSchoolingConclusion.periodOrdered",
                     "message":"the period of the conclusion ends no earlier than it begins"}]}""")))
    @APIResponse(responseCode = "422", description = "Applicant or child not registered, or no month left to reimburse",
            content = @Content(mediaType = ApplicationResource.PROBLEM))
    @APIResponse(responseCode = "503", description = "A state registry is unavailable; nothing written",
            content = @Content(mediaType = ApplicationResource.PROBLEM))
    public Response submit(
            @Parameter(description = "retry key (IETF httpapi draft)") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull HomeSchoolingForm form) {
        String officer = callers.name();
        var part = homeSchooling.part(form);
        IdempotencyClaim<CompensationApplication> claim = idempotent.claim(key,
                officer + " POST /api/v1/compensations/home-schooling/applications", form,
                application -> Response.created(URI.create("/api/v1/compensations/applications/" + application.id))
                        .entity(ApplicationView.of(application)).build());
        intake.record(form, intake.consult(form, part), officer, callers.boundOrganisation(), claim);
        return claim.response();
    }
}
