package kz.gov.rehab.compensation.report.submission;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The Ministry's endpoint for administrative-data reports (R2), reached through the digital-government
 * gateway ({@code quarkus.rest-client.ministry.url}). A submission is not retried automatically: every
 * accepted one is stored by the Ministry as a new submission.
 */
@RegisterRestClient(configKey = "ministry")
@Path("/ministry/v1/report-submissions")
public interface MinistryClient {

    /** The body the Ministry takes: the exact report bytes and their detached CMS signature, both base64. */
    record Submission(String form, String period, String documentType, String document, String signature) {
    }

    /** What the Ministry answers on acceptance (201). */
    record Receipt(String submissionId, String receivedAt, String form, String period, String documentSha256,
            String signer, String signerSerialNumber) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Timeout(10000)
    Response submit(@HeaderParam("X-Api-Key") String apiKey, @HeaderParam("X-Request-Id") String requestId,
            Submission submission);
}
