package kz.gov.rehab.compensation.payout.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import kz.gov.rehab.commons.caller.CallerIdentity;
import kz.gov.rehab.commons.concurrency.IfMatch;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import kz.gov.rehab.commons.idempotency.IdempotentRequests;
import kz.gov.rehab.commons.paging.Page;
import kz.gov.rehab.commons.paging.Paging;
import kz.gov.rehab.commons.problem.ProblemException;
import kz.gov.rehab.compensation.payout.BatchStatus;
import kz.gov.rehab.compensation.payout.ItemStatus;
import kz.gov.rehab.compensation.payout.Pain001Export;
import kz.gov.rehab.compensation.payout.PayoutBatch;
import kz.gov.rehab.compensation.payout.PayoutBatches;
import kz.gov.rehab.compensation.programme.PayoutProgramme;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Payout batches (role {@code payment-operator}): gather, approve (another user), send, record the
 * bank's answers, reconcile, export as pain.001. Every POST that moves money takes an {@code Idempotency-Key}.
 */
@Path("/api/v1/compensations/payout-batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("payment-operator")
@Tag(name = "Payout batches", description = "Maker/checker payout of assigned compensations to the bank")
public class PayoutBatchResource {

    static final String PROBLEM = "application/problem+json";

    private final PayoutBatches batches;
    private final Pain001Export pain001;
    private final IdempotentRequests idempotent;
    private final CallerIdentity callers;

    public PayoutBatchResource(PayoutBatches batches, Pain001Export pain001, IdempotentRequests idempotent,
            CallerIdentity callers) {
        this.batches = batches;
        this.pain001 = pain001;
        this.idempotent = idempotent;
        this.callers = callers;
    }

    @Schema(name = "PayoutBatchRequest")
    public record BatchRequest(
            @Schema(example = "REPRESSION_ONE_TIME", description = "default REPRESSION_ONE_TIME") PayoutProgramme programme,
            @Min(1) @Max(PayoutBatches.MAX_BATCH_SIZE) @Schema(example = "500", description = "default 500") Integer maxItems) {
    }

    @Schema(name = "BankStatement", description = "The bank's answer about the payments of a sent batch")
    public record BankStatement(@NotEmpty @Size(max = PayoutBatches.MAX_BATCH_SIZE) List<@Valid @NotNull Result> results) {
    }

    @Schema(name = "BankResult")
    public record Result(@NotBlank @Size(max = 35) @Schema(example = "CMP-2026-000001-1") String endToEndId,
            @NotNull @Schema(example = "FAILED", enumeration = {"PAID", "FAILED"}) ItemStatus outcome,
            @Size(max = 500) @Schema(example = "account closed") String reason) {
    }

    @POST
    @Operation(summary = "Gather assigned compensations into a new batch (maker)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "batch", value = "{\"programme\":\"REPRESSION_ONE_TIME\",\"maxItems\":500}",
            // pays what the decision examples assigned
            extensions = @Extension(name = "x-example-after", value = "POST /api/v1/compensations/applications/{id}/decision"))))
    @APIResponse(responseCode = "201", description = "Batch ASSEMBLED with its items")
    @APIResponse(responseCode = "422", description = "No assigned compensation waits", content = @Content(mediaType = PROBLEM))
    public Response assemble(@HeaderParam(IdempotentRequests.HEADER) String key, @Valid BatchRequest request) {
        String maker = callers.name();
        BatchRequest effective = new BatchRequest(
                request == null || request.programme() == null ? PayoutProgramme.REPRESSION_ONE_TIME : request.programme(),
                request == null || request.maxItems() == null ? 500 : request.maxItems());
        IdempotencyClaim<PayoutBatch> claim = idempotent.claim(key, maker + " POST /api/v1/compensations/payout-batches", effective,
                batch -> Response.created(URI.create("/api/v1/compensations/payout-batches/" + batch.id))
                        .tag(IfMatch.entityTag(batch.version)).entity(PayoutBatchView.of(batch)).build());
        batches.assemble(effective.programme(), effective.maxItems(), maker, claim);
        return claim.response();
    }

    @GET
    @RolesAllowed({"payment-operator", "auditor"})
    @Operation(summary = "The payout batches, newest first",
            description = "Optionally of one status (e.g. ASSEMBLED: waiting for a checker); each batch without its items (GET the batch "
                    + "for those); by creation, newest first, a page at a time (`next` and the `Link` header lead on).")
    @APIResponse(responseCode = "200", description = "A page of batches")
    @APIResponse(responseCode = "400", description = "A status, page or size that is not valid", content = @Content(mediaType = PROBLEM))
    public Page<PayoutBatchView> list(@Parameter(description = "Only batches in this status", example = "ASSEMBLED")
            @QueryParam("status") BatchStatus status, @BeanParam Paging paging) {
        return paging.of(PayoutBatch.newestFirst(status), PayoutBatchView::summary);
    }

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({"payment-operator", "auditor"})
    @Operation(summary = "A batch with its items")
    @APIResponse(responseCode = "200", description = "The batch; its ETag is its version: send it as If-Match with the approval or the sending",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayoutBatchView.class)))
    @APIResponse(responseCode = "404", description = "No such batch", content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("id") UUID id) {
        return view(PayoutBatches.find(id));
    }

    @POST
    @Path("/{id}/approval")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Approve a batch (checker)", description = "Four-eyes: the approving user is not the one who"
            + " gathered the batch (403 otherwise; the database refuses it as well).")
    @APIResponse(responseCode = "200", description = "Batch APPROVED")
    @APIResponse(responseCode = "403", description = "The maker tried to approve", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "four eyes", value = """
                    {"type":"https://rehab.gov.kz/problems/four-eyes","title":"The maker of a batch cannot approve it",
                     "status":403,"detail":"Batch PB-2026-00001 was gathered by the same user; another payment operator must approve it",
                     "currentState":"ASSEMBLED"}""")))
    @APIResponse(responseCode = "409", description = "Not ASSEMBLED", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match names a version the batch has left", content = @Content(mediaType = PROBLEM))
    public Response approve(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String key,
            @Parameter(description = IfMatch.DESCRIPTION) @HeaderParam(IfMatch.HEADER) String ifMatch) {
        String checker = callers.name();
        Long expected = IfMatch.version(ifMatch);
        IdempotencyClaim<PayoutBatch> claim = idempotent.claim(key,
                checker + " POST /api/v1/compensations/payout-batches/" + id + "/approval", null, PayoutBatchResource::view);
        batches.approve(id, expected, checker, claim);
        return claim.response();
    }

    @POST
    @Path("/{id}/sending")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send an approved batch to the bank")
    @APIResponse(responseCode = "200", description = "Batch SENT; its items SENT")
    @APIResponse(responseCode = "409", description = "Not APPROVED", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match names a version the batch has left", content = @Content(mediaType = PROBLEM))
    public Response send(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String key,
            @Parameter(description = IfMatch.DESCRIPTION) @HeaderParam(IfMatch.HEADER) String ifMatch) {
        String operator = callers.name();
        Long expected = IfMatch.version(ifMatch);
        IdempotencyClaim<PayoutBatch> claim = idempotent.claim(key,
                operator + " POST /api/v1/compensations/payout-batches/" + id + "/sending", null, PayoutBatchResource::view);
        batches.send(id, expected, operator, claim);
        return claim.response();
    }

    @POST
    @Path("/{id}/bank-statement")
    @Operation(summary = "Record the bank's answer (paid / failed with reason)", description = "In this system the bank"
            + " is simulated: its statement is posted here. Repeating an answer changes nothing; contradicting a recorded"
            + " answer is refused with 409, so a payment is never recorded twice.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "statement",
            value = "{\"results\":[{\"endToEndId\":\"CMP-2026-000001-1\",\"outcome\":\"PAID\"},"
                    + "{\"endToEndId\":\"CMP-2026-000002-1\",\"outcome\":\"FAILED\",\"reason\":\"account closed\"}]}",
            // the batch the batch example assembled is not approved and sent yet: 409
            extensions = @Extension(name = "x-expect", value = "409"))))
    @APIResponse(responseCode = "200", description = "Recorded; SETTLED once every item has an answer")
    @APIResponse(responseCode = "409", description = "Batch not sent, or an answer contradicts a recorded one",
            content = @Content(mediaType = PROBLEM))
    public Response bankStatement(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull BankStatement statement) {
        String operator = callers.name();
        IdempotencyClaim<PayoutBatch> claim = idempotent.claim(key,
                operator + " POST /api/v1/compensations/payout-batches/" + id + "/bank-statement", statement, PayoutBatchResource::view);
        batches.recordBankResults(id, statement.results().stream()
                .map(r -> new PayoutBatches.BankResult(r.endToEndId(), r.outcome(), r.reason())).toList(), operator, claim);
        return claim.response();
    }

    @GET
    @Path("/{id}/reconciliation")
    @RolesAllowed({"payment-operator", "auditor"})
    @Operation(summary = "Sums of paid, failed and outstanding payments against the batch total")
    @APIResponse(responseCode = "200", description = "The reconciliation", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "settled", value = """
                    {"batch":"PB-2026-00001","status":"SETTLED","itemCount":2,"total":{"amount":"155700.00","currency":"KZT"},
                     "paid":{"count":1,"amount":{"amount":"77850.00","currency":"KZT"}},
                     "failed":{"count":1,"amount":{"amount":"77850.00","currency":"KZT"}},
                     "outstanding":{"count":0,"amount":{"amount":"0.00","currency":"KZT"}},"balanced":true,"settled":true}""")))
    public PayoutBatches.Reconciliation reconciliation(@PathParam("id") UUID id) {
        return batches.reconcile(id);
    }

    @GET
    @Path("/{id}/pain001")
    @Produces(MediaType.APPLICATION_XML)
    @Transactional
    @Operation(summary = "The batch as an ISO 20022 credit-transfer file (pain.001.001.09) for the bank",
            description = "Only for a batch that has been approved (APPROVED, and afterwards SENT and SETTLED: the file the bank got). "
                    + "The file is made from the batch as approved: its creation time is the approval time, so every download "
                    + "gives the same bytes.")
    @APIResponse(responseCode = "200", description = "pain.001 XML", content = @Content(mediaType = MediaType.APPLICATION_XML))
    @APIResponse(responseCode = "404", description = "No such batch", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The batch is not approved yet", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "not approved", value = """
                    {"type":"https://rehab.gov.kz/problems/batch-not-approved","title":"The batch is not approved",
                     "status":409,"detail":"Batch PB-2026-00001 is ASSEMBLED: its pain.001 file exists once another payment operator approves it",
                     "currentState":"ASSEMBLED","batch":"PB-2026-00001"}""")))
    public Response exportPain001(@PathParam("id") UUID id) {
        PayoutBatch batch = PayoutBatches.find(id);
        if (batch.approvedAt == null) {
            throw new ProblemException(409, "batch-not-approved", "The batch is not approved", "Batch " + batch.number + " is "
                    + batch.status + ": its pain.001 file exists once another payment operator approves it")
                    .with("currentState", batch.status.name()).with("batch", batch.number);
        }
        return Response.ok(pain001.export(batch, batch.items()), MediaType.APPLICATION_XML_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + batch.number + ".pain001.xml\"").build();
    }

    /** The batch with its version as ETag. */
    private static Response view(PayoutBatch batch) {
        return Response.ok(PayoutBatchView.of(batch), MediaType.APPLICATION_JSON).tag(IfMatch.entityTag(batch.version)).build();
    }
}
