package kz.gov.rehab.commons.egov;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Typed REST client of the registries under {@code /egov/v1}. Use {@link EgovRegistries}, which adds
 * timeouts, retries, the circuit breaker and the translation of answers; this interface is public
 * only so that the client can be built.
 */
@RegisterRestClient(configKey = "egov")
@RegisterClientHeaders(EgovClientHeaders.class)
@Path("/egov/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface EgovClient {

    @GET
    @Path("/persons/{iin}")
    PersonRecord person(@PathParam("iin") String iin, @HeaderParam(EgovHeaders.CASE) String caseId,
            @HeaderParam(EgovHeaders.REQUEST_ID) String requestId);

    @GET
    @Path("/addresses/{iin}")
    RegisteredAddress registeredAddress(@PathParam("iin") String iin, @HeaderParam(EgovHeaders.CASE) String caseId,
            @HeaderParam(EgovHeaders.REQUEST_ID) String requestId);

    @GET
    @Path("/akimats/competent")
    Akimat competentAkimat(@QueryParam("kato") String kato, @HeaderParam(EgovHeaders.CASE) String caseId,
            @HeaderParam(EgovHeaders.REQUEST_ID) String requestId);

    @GET
    @Path("/rehabilitation-records/{iin}")
    RehabilitationRecords rehabilitationRecords(@PathParam("iin") String iin,
            @HeaderParam(EgovHeaders.CASE) String caseId,
            @HeaderParam(EgovHeaders.REQUEST_ID) String requestId);

    @GET
    @Path("/compensation-payments/{iin}")
    CompensationPayments compensationPayments(@PathParam("iin") String iin,
            @HeaderParam(EgovHeaders.CASE) String caseId,
            @HeaderParam(EgovHeaders.REQUEST_ID) String requestId);

    @POST
    @Path("/digital-documents")
    @Consumes(MediaType.APPLICATION_JSON)
    DigitalDocument digitalDocument(DigitalDocumentRequest request, @HeaderParam(EgovHeaders.CASE) String caseId,
            @HeaderParam(EgovHeaders.REQUEST_ID) String requestId);
}
