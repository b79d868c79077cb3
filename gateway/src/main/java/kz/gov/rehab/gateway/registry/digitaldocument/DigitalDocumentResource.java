package kz.gov.rehab.gateway.registry.digitaldocument;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import kz.gov.rehab.commons.egov.DigitalDocument;
import kz.gov.rehab.commons.egov.DigitalDocumentRequest;
import kz.gov.rehab.commons.egov.EgovHeaders;
import kz.gov.rehab.commons.egov.Registry;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.commons.problem.ProblemException;
import kz.gov.rehab.gateway.registry.RegistryApi;
import kz.gov.rehab.gateway.registry.RegistryConfig;
import kz.gov.rehab.gateway.registry.RegistryRequests;
import kz.gov.rehab.gateway.registry.access.AccessOutcome;
import kz.gov.rehab.gateway.registry.person.Person;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Digital documents service: the applicant shows a one-time code from the eGov mobile app, and the
 * operator's system fetches the identity document with it (C2 item 1). A code is valid once and
 * only until it expires.
 */
@Path("/egov/v1/digital-documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Registry: digital documents service")
@SecurityRequirement(name = RegistryApi.SECURITY_SCHEME)
public class DigitalDocumentResource {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RegistryRequests requests;
    private final RegistryConfig config;
    private final Clock clock;

    public DigitalDocumentResource(RegistryRequests requests, RegistryConfig config, Clock clock) {
        this.requests = requests;
        this.config = config;
        this.clock = clock;
    }

    @POST
    @RolesAllowed("egov-client")
    @Transactional
    @Operation(summary = "Identity document for a one-time code",
            description = "Uses up the code: a second request with the same code is refused.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "code", value = """
            {"iin":"330707399060","code":"481516"}""")))
    @APIResponse(responseCode = "200", description = "The identity document", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "identity card", value = """
                    {"iin":"330707399060","surname":"Исқақов","firstName":"Мұрат","patronymic":"Болатұлы",
                     "document":{"type":"ID_CARD","number":"099000007","issuer":"ҚР ІІМ","issuedOn":"2020-08-14",
                     "expiresOn":"2030-08-13"},"releasedAt":"2026-04-15T05:12:44Z"}""")))
    @APIResponse(responseCode = "400", description = "No case named (X-Road-Issue), invalid IIN or no code")
    @APIResponse(responseCode = "401", description = "Missing or unknown API key")
    @APIResponse(responseCode = "403", description = "The calling system is not an egov-client")
    @APIResponse(responseCode = "404", description = "The person has no identity document")
    @APIResponse(responseCode = "422", description = "The code is wrong, expired or already used",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "refused", value = """
                    {"type":"https://rehab.gov.kz/problems/one-time-code-refused","title":"One-time code refused",
                     "status":422,"detail":"The one-time code is wrong, expired or already used.",
                     "instance":"/egov/v1/digital-documents"}""")))
    @APIResponse(responseCode = "503", description = "Registry unavailable (fault injection)")
    public DigitalDocument release(@NotNull DigitalDocumentRequest request,
            @Parameter(description = RegistryApi.CASE_DESCRIPTION, example = "CERT-2026-000001", required = true)
            @HeaderParam(EgovHeaders.CASE) String caseId) {
        Registry registry = Registry.DIGITAL_DOCUMENTS;
        String checkedCase = requests.caseOf(registry, request.iin());
        Iin iin = requests.iinOf(registry, checkedCase, request.iin());
        requests.injectFaults(registry, checkedCase, request.iin());
        Instant now = Instant.now(clock);
        if (request.code() == null || !OneTimeCode.use(iin.value(), request.code(), now)) {
            requests.record(registry, checkedCase, iin.value(), AccessOutcome.REFUSED, 422);
            throw new ProblemException(422, "one-time-code-refused", "One-time code refused",
                    "The one-time code is wrong, expired or already used.");
        }
        return requests.answer(registry, checkedCase, iin, Person.<Person>findByIdOptional(iin.value())
                        .flatMap(person -> person.identityDocuments.stream().findFirst()
                                .map(document -> new DigitalDocument(person.iin, person.surname, person.firstName,
                                        person.patronymic, document.toDocument(), now))),
                "The person has no identity document.");
    }

    @POST
    @Path("/one-time-codes")
    @RolesAllowed({"egov-portal", "registry-admin"})
    @Transactional
    @Operation(summary = "Issue a one-time code (what the eGov mobile app shows the citizen)",
            description = "Simulates the citizen's side: the code is then shown to the operator. Valid for "
                    + "gateway.registry.one-time-code-ttl (5 minutes by default), once.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "citizen", value = """
            {"iin":"330707399060"}""")))
    @APIResponse(responseCode = "201", description = "The code", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "code", value = """
                    {"iin":"330707399060","code":"481516","expiresAt":"2026-04-15T05:17:44Z"}""")))
    @APIResponse(responseCode = "400", description = "Invalid IIN")
    @APIResponse(responseCode = "404", description = "No person with this IIN")
    public Response issue(@Valid @NotNull OneTimeCodeRequest request) {
        Iin iin = parse(request.iin());
        if (Person.findByIdOptional(iin.value()).isEmpty()) {
            throw new ProblemException(404, "registry-record-not-found",
                    "Not found in the state database of individuals", "No person with this IIN.");
        }
        OneTimeCode code = new OneTimeCode();
        code.iin = iin.value();
        code.code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        code.issuedAt = Instant.now(clock);
        code.expiresAt = code.issuedAt.plus(config.oneTimeCodeTtl());
        OneTimeCode.getEntityManager().merge(code);
        return Response.status(201).entity(new IssuedOneTimeCode(code.iin, code.code, code.expiresAt)).build();
    }

    private static Iin parse(String text) {
        Optional<String> problem = Iin.problem(text);
        if (problem.isPresent()) {
            throw new ProblemException(400, "invalid-iin", "Invalid IIN", "Invalid IIN: " + problem.get() + ".");
        }
        return Iin.parse(text);
    }

}
