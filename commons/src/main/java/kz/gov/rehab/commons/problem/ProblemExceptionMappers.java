package kz.gov.rehab.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kz.gov.rehab.commons.refusal.InvalidInput;
import kz.gov.rehab.commons.refusal.Malfunction;
import kz.gov.rehab.commons.refusal.NotFound;
import kz.gov.rehab.commons.refusal.NotOffered;
import kz.gov.rehab.commons.refusal.NotPermitted;
import kz.gov.rehab.commons.refusal.PartnerRejected;
import kz.gov.rehab.commons.refusal.Refusal;
import kz.gov.rehab.commons.refusal.RuleBroken;
import kz.gov.rehab.commons.refusal.StaleVersion;
import kz.gov.rehab.commons.refusal.StateConflict;
import kz.gov.rehab.commons.refusal.Unavailable;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.DataException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error of a request into an RFC 9457 {@code application/problem+json} answer: the
 * domain's refusals ({@link Refusal}, each kind to its status: {@link #status(Refusal)}), the edge's
 * own errors ({@link ProblemException}), bean-validation violations, malformed or mistyped
 * JSON, optimistic-lock conflicts, authentication and authorisation failures, JAX-RS errors, and a
 * last resort for the unexpected that never shows a stack trace.
 *
 * <p>Every answer's {@code title} and {@code detail} are in the caller's language
 * ({@link ProblemTexts}, by {@code Accept-Language}, with {@code Content-Language}); a malformed
 * query, path or header parameter is a 400 naming it ({@link StrictParameters}); a 401 carries
 * {@code WWW-Authenticate}, a 405 {@code Allow}.
 *
 * <p>The priorities put these mappers ahead of the framework's built-in plain-text ones.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final int FIRST = 1;
    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    private static final String RETRY_AFTER = "Retry-After";
    /** SQLSTATE classes and codes (PostgreSQL, appendix A) of a database that cannot serve a request now. */
    private static final String CONNECTION_EXCEPTION = "08";
    private static final String INSUFFICIENT_RESOURCES = "53";
    private static final String CANNOT_CONNECT_NOW = "57P03";

    @ServerExceptionMapper(priority = FIRST)
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Response.ResponseBuilder answer = respond(new Problem(Problem.type(e.type()), e.title(), e.status(),
                e.getMessage(), instance(uri), e.violations(), e.extensions()), headers, e.detailArgs());
        e.headers().forEach(answer::header);
        return answer.build();
    }

    /** A refusal of the domain, answered with the status of its kind. */
    @ServerExceptionMapper(priority = FIRST)
    public Response refusal(Refusal e, UriInfo uri, HttpHeaders headers) {
        List<Problem.Violation> violations = e.violations().stream()
                .map(v -> new Problem.Violation(v.field(), v.message())).toList();
        Response.ResponseBuilder answer = respond(new Problem(Problem.type(e.type()), e.title(), status(e),
                e.detail(), instance(uri), violations, e.extensions()), headers, e.detailArgs());
        if (e instanceof Unavailable unavailable) {
            unavailable.retryAfter().ifPresent(wait -> answer.header(RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds()))));
        }
        return answer.build();
    }

    /**
     * The HTTP status of each kind of refusal: the one place where the domain's words become HTTP.
     * A stale version is the conflict a failed {@code If-Match} precondition names, hence 412.
     */
    public static int status(Refusal refusal) {
        if (refusal instanceof NotFound) {
            return 404;
        } else if (refusal instanceof InvalidInput) {
            return 400;
        } else if (refusal instanceof RuleBroken) {
            return 422;
        } else if (refusal instanceof StaleVersion) {
            return 412;
        } else if (refusal instanceof StateConflict) {
            return 409;
        } else if (refusal instanceof NotPermitted) {
            return 403;
        } else if (refusal instanceof Unavailable) {
            return 503;
        } else if (refusal instanceof NotOffered) {
            return 406;
        } else if (refusal instanceof PartnerRejected) {
            return 502;
        } else if (refusal instanceof Malfunction) {
            return 500;
        }
        throw new IllegalStateException("a refusal of no known kind: " + refusal.getClass().getName());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return invalid("The request has " + violations.size() + " invalid field(s)", violations, uri, headers);
    }

    /** A query, path or header parameter that is not of its type: the violation names the parameter. */
    @ServerExceptionMapper(priority = FIRST)
    public Response invalidParameter(InvalidParameterException e, UriInfo uri, HttpHeaders headers) {
        return invalid("The " + e.kind() + " parameter '" + e.violation().field() + "' has an invalid value",
                List.of(e.violation()), uri, headers);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response malformedJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return unreadableJson(e, uri, headers);
    }

    /** Replaces the framework's own plain answer to a mistyped field. */
    @ServerExceptionMapper(priority = FIRST)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return unreadableJson(e, uri, headers);
    }

    /** Malformed JSON, a wrong type, an unknown enum value, or a value object that refused its input. */
    private static Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            String message = target != null && target.isEnum()
                    ? "unknown value '" + invalid.getValue() + "'; allowed: " + Arrays.stream(target.getEnumConstants())
                            .map(String::valueOf).collect(Collectors.joining(", "))
                    : "'" + invalid.getValue() + "' is not a valid " + (target == null ? "value" : target.getSimpleName());
            return invalid("A field has an invalid value", List.of(new Problem.Violation(path(invalid), message)), uri, headers);
        }
        if (e instanceof ValueInstantiationException refused) {
            Throwable cause = refused.getCause() != null ? refused.getCause() : refused;
            return invalid("A field has an invalid value", List.of(new Problem.Violation(path(refused), cause.getMessage())), uri, headers);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return invalid("A field has the wrong type or is missing",
                    List.of(new Problem.Violation(path(mismatched), "wrong type or missing value")), uri, headers);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            Throwable cause = mapping.getCause() != null ? mapping.getCause() : mapping;
            return invalid("A field has an invalid value", List.of(new Problem.Violation(path(mapping),
                    cause instanceof IllegalArgumentException ? cause.getMessage() : "cannot be read")), uri, headers);
        }
        return invalid("The body is not well-formed JSON", List.of(), uri, headers);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response optimisticLock(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return concurrentModification(uri, headers);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response staleObject(StaleObjectStateException e, UriInfo uri, HttpHeaders headers) {
        return concurrentModification(uri, headers);
    }

    /**
     * A value the database cannot hold (SQLSTATE class 22: a NUL byte, an invalid encoding, a
     * number out of range) came from the request: the caller's error, and the transaction rolls back.
     */
    @ServerExceptionMapper(priority = FIRST)
    public Response invalidData(DataException e, UriInfo uri, HttpHeaders headers) {
        return invalid("A value of the request cannot be stored or searched for (e.g. a NUL character)", List.of(), uri, headers);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unauthenticated(UnauthorizedException e, UriInfo uri, HttpHeaders headers,
            io.vertx.core.http.HttpServerRequest request) {
        return unauthenticated(uri, headers, request);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers,
            io.vertx.core.http.HttpServerRequest request) {
        return unauthenticated(uri, headers, request);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "The calling system's role does not allow this operation", instance(uri), List.of(), Map.of()), headers).build();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri, headers); // the framework wraps what the JSON reader threw
        }
        if (e.getCause() instanceof InvalidParameterException parameter) {
            return invalidParameter(parameter, uri, headers);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        if (status == 401) {
            return unauthenticated(uri, headers, null);
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason != null ? reason.getReasonPhrase() : "Request refused";
        String slug = switch (status) {
            case 413 -> "body-too-large";
            case 414 -> "uri-too-long";
            default -> slug(title);
        };
        Response.ResponseBuilder answer = respond(new Problem(Problem.type(slug), title, status, title, instance(uri),
                List.of(), Map.of()), headers);
        if (status == 405 && uri != null) {
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            answer.header(HttpHeaders.ALLOW, allow != null ? allow : AllowedMethods.of(uri.getPath()));
        }
        return answer.build();
    }

    /**
     * A body sent without a Content-Length (chunked) that passes {@code quarkus.http.limits.max-body-size}
     * while it is read: the HTTP layer stops reading it with this message (and has usually answered
     * 413 itself already). The caller's error, not an unexpected one to log.
     */
    @ServerExceptionMapper(priority = FIRST)
    public Response unreadableBody(java.io.IOException e, UriInfo uri, HttpHeaders headers) {
        if (!"Request too large".equals(e.getMessage())) {
            return unexpected(e, uri, headers);
        }
        long limit = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size",
                io.quarkus.runtime.configuration.MemorySize.class).map(io.quarkus.runtime.configuration.MemorySize::asLongValue)
                .orElse(10L * 1024 * 1024);
        return respond(new Problem(Problem.type("body-too-large"), "Body too large", 413,
                "The request body is larger than " + limit + " bytes", instance(uri), List.of(), Map.of()), headers, limit)
                .header("Connection", "close").build();
    }

    @ServerExceptionMapper(priority = FIRST + 1)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (databaseBusy(e)) {
            LOG.warn("No database connection for " + (uri != null ? uri.getPath() : "a request") + ": " + e.getMessage());
            return respond(new Problem(Problem.type("database-busy"), "Database busy", 503,
                    "No database connection was free in time; nothing was saved. Retry later.", instance(uri),
                    List.of(), Map.of()), headers).header("Retry-After", "1").build();
        }
        LOG.error("Unexpected error answering " + (uri != null ? uri.getPath() : "a request"), e);
        return respond(new Problem(Problem.type("internal-error"), "Internal error", 500,
                "The request could not be completed; it has been logged with its request id", instance(uri),
                List.of(), Map.of()), headers).build();
    }

    /**
     * The pool had no free connection within its acquisition timeout, the connection to the
     * database failed (SQLSTATE class 08), the database had no resources for another connection
     * (class 53, e.g. 53300 when its {@code max_connections} are taken), or it is starting or
     * stopping (57P03): a passing overload, not a fault of the request. The transaction never began
     * or rolled back.
     */
    private static boolean databaseBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && (databaseCannotServeNow(sql.getSQLState())
                    || String.valueOf(sql.getMessage()).contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean databaseCannotServeNow(String sqlState) {
        return sqlState != null && (sqlState.startsWith(CONNECTION_EXCEPTION) || sqlState.startsWith(INSUFFICIENT_RESOURCES)
                || sqlState.equals(CANNOT_CONNECT_NOW));
    }

    private static Response invalid(String detail, List<Problem.Violation> violations, UriInfo uri, HttpHeaders headers) {
        return respond(new Problem(Problem.type("invalid-request"), "The request is not valid", 400, detail,
                instance(uri), violations, Map.of()), headers).build();
    }

    private static Response concurrentModification(UriInfo uri, HttpHeaders headers) {
        return respond(new Problem(Problem.type("concurrent-modification"), "Changed by someone else", 409,
                "The resource was changed by another request; read it again and retry", instance(uri),
                List.of(), Map.of()), headers).build();
    }

    /**
     * 401 {@code unauthenticated}, the same type as the gateway's, with the {@code WWW-Authenticate}
     * challenge of the application ({@code rehab.problem.www-authenticate}: the services take the
     * gateway's bearer token, the gateway an API key).
     */
    private static Response unauthenticated(UriInfo uri, HttpHeaders headers, io.vertx.core.http.HttpServerRequest request) {
        Response.ResponseBuilder answer = respond(new Problem(Problem.type("unauthenticated"), "Unauthenticated", 401,
                "Valid credentials are required", instance(uri), List.of(), Map.of()), headers);
        if (request == null || !request.response().headers().contains(WWW_AUTHENTICATE)) { // the security layer's challenge stays
            answer.header(WWW_AUTHENTICATE, ConfigProvider.getConfig()
                    .getOptionalValue("rehab.problem.www-authenticate", String.class).orElse("Bearer"));
        }
        return answer.build();
    }

    static Response.ResponseBuilder respond(Problem problem, HttpHeaders headers, Object... detailArgs) {
        Locale language = ProblemTexts.language(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, ProblemTexts.tag(language))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .entity(ProblemTexts.translate(problem, language, detailArgs));
    }

    private static URI instance(UriInfo uri) {
        try {
            return uri == null ? null : URI.create(uri.getPath());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The field's path in the request body, without the Java method and parameter names. */
    private static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                String parameter = method == null ? null
                        : parameterName(violation.getRootBeanClass(), method, node.as(Path.ParameterNode.class).getParameterIndex());
                if (parameter != null) {
                    names.add(parameter);
                }
                continue;
            }
            if (node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null) {
                name = name + "[" + node.getIndex() + "]";
            }
            names.add(name);
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    /** The name of a query, path or header parameter (null for the body), as the caller wrote it. */
    private static String parameterName(Class<?> resource, Path.MethodNode method, int index) {
        Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                Method declared = type.getDeclaredMethod(method.getName(), types);
                for (Annotation annotation : declared.getParameterAnnotations()[index]) {
                    if (annotation instanceof jakarta.ws.rs.QueryParam query) {
                        return query.value();
                    } else if (annotation instanceof jakarta.ws.rs.PathParam path) {
                        return path.value();
                    } else if (annotation instanceof jakarta.ws.rs.HeaderParam header) {
                        return header.value();
                    }
                }
            } catch (NoSuchMethodException | RuntimeException e) {
                // declared higher up, or a generated subclass: look at the superclass
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
