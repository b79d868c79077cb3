package kz.gov.rehab.commons.probe;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.List;
import java.util.Map;
import kz.gov.rehab.commons.concurrency.IfMatch;
import kz.gov.rehab.commons.concurrency.VersionMismatch;
import kz.gov.rehab.commons.egov.Registry;
import kz.gov.rehab.commons.egov.RegistryUnavailableException;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import kz.gov.rehab.commons.idempotency.IdempotentRequests;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.commons.problem.ProblemException;
import kz.gov.rehab.commons.refusal.InvalidInput;
import kz.gov.rehab.commons.refusal.Malfunction;
import kz.gov.rehab.commons.refusal.NotFound;
import kz.gov.rehab.commons.refusal.NotOffered;
import kz.gov.rehab.commons.refusal.NotPermitted;
import kz.gov.rehab.commons.refusal.PartnerRejected;
import kz.gov.rehab.commons.refusal.RuleBroken;
import kz.gov.rehab.commons.refusal.Unavailable;
import kz.gov.rehab.commons.refusal.Violation;
import kz.gov.rehab.commons.request.RequestId;

/** Endpoints that exist only in the library's tests, to exercise what the services get from it. */
@Path("/probe")
public class ProbeResource {

    public enum Kind { CERTIFICATE, DUPLICATE }

    public record Applicant(@NotNull Iin iin, @NotBlank @Size(max = 100) String surname, @NotNull @Past LocalDate birthDate,
            @NotNull Kind kind) {
    }

    public record Thing(@NotBlank String name) {
    }

    private final EntityManager em;
    private final IdempotentRequests idempotent;
    private final ProbeThings things;

    public ProbeResource(EntityManager em, IdempotentRequests idempotent, ProbeThings things) {
        this.em = em;
        this.idempotent = idempotent;
        this.things = things;
    }

    @POST
    @Path("/applicants")
    public Map<String, String> validate(@Valid @NotNull Applicant applicant) {
        return Map.of("iin", applicant.iin().masked());
    }

    @POST
    @Path("/things")
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String key, @Valid @NotNull Thing thing) {
        // The thing's id stands in for a version: a replay must give the first answer's ETag.
        IdempotencyClaim<Long> claim = idempotent.claim(key, "probe POST /probe/things", thing,
                id -> Response.created(URI.create("/probe/things/" + id)).tag(IfMatch.entityTag(id))
                        .entity(Map.of("id", id, "name", thing.name())).build());
        things.create(thing.name(), claim);
        return claim.response();
    }

    /** One moment as every kind of Java time the services answer with, to see how the one mapper writes them. */
    @GET
    @Path("/moment")
    public Map<String, Object> moment() {
        java.time.Instant at = java.time.Instant.parse("2026-12-01T17:28:00.123456Z");
        return new java.util.TreeMap<>(Map.of("instant", at, "utc", at.atOffset(java.time.ZoneOffset.UTC),
                "zoned", at.atZone(java.time.ZoneId.of("Europe/Berlin"))));
    }

    @GET
    @Path("/things/{name}")
    public Map<String, Long> count(@jakarta.ws.rs.PathParam("name") String name) {
        Number count = (Number) em.createNativeQuery("SELECT count(*) FROM probe_thing WHERE name = :name")
                .setParameter("name", name).getSingleResult();
        return Map.of("count", count.longValue());
    }

    /** Query and header parameters of every kind the services take. */
    @GET
    @Path("/search")
    public Map<String, Object> search(@QueryParam("from") LocalDate from, @QueryParam("limit") Integer limit,
            @QueryParam("kind") Kind kind, @QueryParam("overdue") Boolean overdue, @QueryParam("month") YearMonth month,
            @HeaderParam("X-Page") Integer page) {
        Map<String, Object> seen = new java.util.HashMap<>();
        seen.put("from", String.valueOf(from));
        seen.put("limit", String.valueOf(limit));
        seen.put("kind", String.valueOf(kind));
        seen.put("overdue", String.valueOf(overdue));
        seen.put("month", String.valueOf(month));
        seen.put("page", String.valueOf(page));
        return seen;
    }

    @GET
    @Path("/working-days")
    public Map<String, Integer> workingDays(@QueryParam("from") @NotNull LocalDate from, @QueryParam("add") @NotNull @Min(0) Integer add) {
        return Map.of("add", add);
    }

    @GET
    @Path("/by-id/{id}")
    public Map<String, String> byId(@PathParam("id") UUID id) {
        return Map.of("id", id.toString());
    }

    @GET
    @Path("/years/{year}")
    public Map<String, Integer> year(@PathParam("year") int year) {
        return Map.of("year", year);
    }

    @GET
    @Path("/unauthenticated")
    public String unauthenticated() {
        throw new io.quarkus.security.UnauthorizedException();
    }

    @GET
    @Path("/state-conflict")
    public String conflict() {
        throw ProblemException.notAllowedInState("Issuing a certificate", "REFUSED_AT_INTAKE");
    }

    /** One refusal of each kind, raised as domain code raises them. */
    @GET
    @Path("/refusals/{kind}")
    public String refusal(@PathParam("kind") String kind) {
        throw switch (kind) {
            case "registry-unavailable" -> new RegistryUnavailableException(Registry.PERSONS, Duration.ofMillis(30_500), null);
            case "signing-key-missing" -> new Unavailable("signing-key-not-configured", "Signing key not configured",
                    "Signing key not configured: probe");
            case "invalid-input" -> new InvalidInput("The request is not valid",
                    List.of(new Violation("child.iin", "12 digits"), new Violation("periodTo", "must not be before periodFrom")));
            case "rule-broken" -> new RuleBroken("no-months-to-reimburse", "No month of the period can be reimbursed",
                    "The conclusion covers no month", List.of(new Violation("homeSchoolingConclusion.periodTo", "ends too early")));
            case "stale-version" -> new VersionMismatch("payout batch", 4, 3, "APPROVED");
            case "not-permitted" -> new NotPermitted("four-eyes", "The maker cannot confirm their own entry",
                    "Batch PB-1 was prepared by maker; another user must confirm it").with("currentState", "ASSEMBLED");
            case "not-found" -> new NotFound("No payout batch PB-1");
            case "not-offered" -> new NotOffered("no-paper-form", "No paper form for this programme", "Only JSON");
            case "partner-rejected" -> new PartnerRejected("ministry-rejected-request", "The Ministry rejected the request",
                    "The Ministry answered 400");
            case "malfunction" -> new Malfunction("registry-error", "Registry error", "The registry failed (injected error).");
            default -> new NotFound("No probe refusal " + kind);
        };
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("internal detail that must not leak");
    }

    /** What Hibernate throws when the pool has no free connection within its acquisition timeout. */
    @GET
    @Path("/no-connection")
    public String noConnection() {
        throw new jakarta.persistence.PersistenceException(new org.hibernate.exception.JDBCConnectionException(
                "Unable to acquire JDBC Connection", new java.sql.SQLException("Sorry, acquisition timeout!")));
    }

    /**
     * What a service meets when PostgreSQL itself refuses a connection, as the payout benchmark met
     * it: its {@code max_connections} taken (53300), or the server starting up (57P03), wrapped
     * by the code that asked.
     */
    @GET
    @Path("/database-refused/{sqlState}")
    public String databaseRefused(@PathParam("sqlState") String sqlState) {
        throw new IllegalStateException("cannot read the bank directory", new java.sql.SQLException(
                "FATAL: database detail that must not leak", sqlState));
    }

    @GET
    @Path("/request-id")
    public Map<String, String> requestId() {
        return Map.of("requestId", RequestId.current().orElse("none"));
    }

    public static List<String> kinds() {
        return List.of("CERTIFICATE", "DUPLICATE");
    }
}
