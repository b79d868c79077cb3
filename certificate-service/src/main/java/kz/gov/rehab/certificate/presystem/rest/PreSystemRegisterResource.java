package kz.gov.rehab.certificate.presystem.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import kz.gov.rehab.commons.caller.CallerIdentity;
import kz.gov.rehab.certificate.presystem.CertificateImport;
import kz.gov.rehab.certificate.presystem.ImportFormat;
import kz.gov.rehab.certificate.presystem.PreSystemRegister;
import kz.gov.rehab.commons.paging.Page;
import kz.gov.rehab.commons.paging.Paging;
import kz.gov.rehab.commons.problem.Problem;
import kz.gov.rehab.commons.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The register of certificates issued before the system: the operator's import, and its audit trail. */
@Path("/api/v1/certificates/pre-system-certificates/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Register of certificates issued before the system")
public class PreSystemRegisterResource {

    static final String CSV = "text/csv";
    private static final String CSV_EXAMPLE = """
            number,holderIin,surname,firstName,patronymic,basisDocument,issuedOn,akimatCode,akimatName,signedBy
            750000000-1997-000901,360220399900,Сәрсенов,Ерболат,Қанатұлы,"Rehabilitation reference No. R-1993-000901 of 1993-10-11",1997-02-14,750000000,Алматы қаласының әкімдігі,
            """;
    private static final String REJECTED = """
            {"type":"https://rehab.gov.kz/problems/import-rows-rejected","title":"Rows rejected, nothing imported","status":422,
             "detail":"1 of 2 rows are rejected; the import is all or nothing, so no row was recorded",
             "rejectedRows":[{"row":2,"field":"holderIin","reason":"wrong check digit"}]}""";

    private final PreSystemRegister register;
    private final CallerIdentity callers;

    public PreSystemRegisterResource(PreSystemRegister register, CallerIdentity callers) {
        this.register = register;
        this.callers = callers;
    }

    @POST
    @Consumes({CSV, MediaType.APPLICATION_JSON})
    @RolesAllowed("certificate-register-operator")
    @Operation(summary = "Import certificates issued before the system (CSV or JSON)",
            description = "Columns / members: " + "number, holderIin, surname, firstName, patronymic (if any), basisDocument, issuedOn, "
                    + "akimatCode, akimatName, signedBy (optional). Every row is checked; when any row is rejected, the answer lists each "
                    + "rejected row with its field and reason and nothing is recorded (all or nothing). The import is audited: system, "
                    + "operator, source, format, SHA-256 of the file, time.")
    @RequestBody(content = {@Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "json", value = """
                    [{"number":"750000000-1997-000902","holderIin":"360220399910","surname":"Сәрсенов","firstName":"Нұрлан","patronymic":"Қанатұлы",
                      "basisDocument":"Rehabilitation reference No. R-1993-000902 of 1993-10-11","issuedOn":"1997-02-14",
                      "akimatCode":"750000000","akimatName":"Алматы қаласының әкімдігі"}]"""))})
    @APIResponse(responseCode = "201", description = "Every row recorded")
    @APIResponse(responseCode = "400", description = "File unreadable, an unknown column, or the source or operator not named; nothing recorded",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The register changed while the import ran; nothing recorded", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Rows rejected; nothing recorded",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "rejected", value = REJECTED)))
    public Response importFile(
            @Parameter(description = "Where the records come from, e.g. the archive ledger of an akimat "
                    + "(a query parameter, not a header: it is Cyrillic text more often than not)", required = true,
                    example = "Алматы қаласы әкімдігінің мұрағат кітабы")
            @QueryParam("source") String source,
            @Parameter(description = "The operator at the keyboard (surname, name, or login)", required = true, example = "Сапарова Д.")
            @QueryParam("operator") String operator,
            @HeaderParam("Content-Type") String contentType,
            byte[] content) {
        require(source, "source", "where the records come from");
        require(operator, "operator", "the operator who imports");
        ImportFormat format = contentType != null && contentType.startsWith(MediaType.APPLICATION_JSON) ? ImportFormat.JSON : ImportFormat.CSV;
        var imported = register.importFile(format, content == null ? new byte[0] : content, source.strip(), operator.strip(),
                callers.actingAs("certificate-register-operator"));
        return Response.created(URI.create("/api/v1/certificates/pre-system-certificates/imports/" + imported.importId()))
                .entity(imported).build();
    }

    @GET
    @RolesAllowed({"certificate-register-operator", "auditor"})
    @Operation(summary = "The audit trail of the imports, newest first, a page at a time")
    @APIResponse(responseCode = "400", description = "A page or size that is not valid", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "200", description = "A page (`next` and the `Link` header lead on)")
    public Page<ImportView> imports(@BeanParam Paging paging) {
        return paging.of(CertificateImport.<CertificateImport>find("order by id desc"), ImportView::of);
    }

    public record ImportView(long id, OffsetDateTime importedAt, String system, String operator, String source, ImportFormat format,
            String sha256, int rowsImported) {
        static ImportView of(CertificateImport i) {
            return new ImportView(i.id, i.importedAt, i.system, i.operator, i.source, i.format, i.sha256, i.rowsImported);
        }
    }

    private static void require(String value, String header, String what) {
        if (value == null || value.isBlank() || value.length() > 300) {
            throw ProblemException.badRequest("The import is not named",
                    List.of(new Problem.Violation(header, "required (" + what + "), at most 300 characters")));
        }
    }
}
