package kz.gov.rehab.gateway.events;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import kz.gov.rehab.commons.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The contract of the status events for the integrators of the monitoring system: the AsyncAPI
 * document of the topics and a JSON Schema per event type, the one every CloudEvent's
 * {@code dataschema} names (docs/events.md). Public, like any published contract: no API key.
 * The files are docs/asyncapi.yaml and docs/events/schemas/, packaged with the gateway and served
 * at the same relative places ({@code /api/v1/asyncapi.yaml}, {@code /api/v1/events/schemas/}), so
 * the document's references to the schemas resolve in the repository and through the gateway alike.
 */
@Path("/api/v1")
@Tag(name = "Status events", description = "AsyncAPI document and JSON Schemas of the status events on Kafka")
public class EventContractResource {

    static final String CLASSPATH = "event-contract/";
    private static final Pattern SCHEMA_FILE = Pattern.compile("[a-z0-9][a-z0-9.-]{0,120}\\.json");

    @GET
    @Path("/asyncapi.yaml")
    @Operation(summary = "The AsyncAPI 3.0 document of the status-event topics")
    @APIResponse(responseCode = "200", description = "the document (application/yaml)")
    public Response asyncApi() {
        return file(CLASSPATH + "asyncapi.yaml", "application/yaml", "asyncapi.yaml");
    }

    @GET
    @Path("/events/schemas/{file}")
    @Operation(summary = "The JSON Schema (draft 2020-12) of the data of one event type",
            description = "The file is named after the full CloudEvent type, e.g. kz.gov.rehab-certificate.application.accepted.json; "
                    + "every event's dataschema attribute is this address.")
    @APIResponse(responseCode = "200", description = "the schema (application/schema+json)")
    @APIResponse(responseCode = "404", description = "no event type of this name")
    public Response schema(@Parameter(example = "kz.gov.rehab-certificate.application.accepted.json") @PathParam("file") String file) {
        if (!SCHEMA_FILE.matcher(file).matches()) {
            throw notFound(file);
        }
        return file(CLASSPATH + "events/schemas/" + file, "application/schema+json", file);
    }

    private static Response file(String resource, String mediaType, String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw notFound(name);
            }
            return Response.ok(in.readAllBytes(), mediaType).header("Cache-Control", "public, max-age=3600").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException notFound(String name) {
        return ProblemException.notFound("No event schema or document named " + name);
    }
}
