package kz.gov.rehab.commons.request;

import org.jboss.logging.MDC;

/**
 * What a log line says about the request it was written for (docs/operations.md), as log context
 * (MDC) keys: the request id ({@link RequestId#MDC_KEY}), the calling system, the application
 * the request is about once it is known. OpenTelemetry adds {@code traceId} and {@code spanId}.
 * All are removed when the response goes, so a pooled thread carries nothing to the next request.
 */
public final class LogContext {

    public static final String CALLING_SYSTEM = "callingSystem";
    public static final String APPLICATION_NUMBER = "applicationNumber";

    private LogContext() {
    }

    /** The calling system (the gateway's caller, as named in its token) of the request being served. */
    public static void callingSystem(String system) {
        if (system != null) {
            MDC.put(CALLING_SYSTEM, system);
        }
    }

    /**
     * The application (or other subject) the request being served has recorded an event about;
     * nothing outside a request (a scheduled job names its applications in its own lines).
     */
    public static void applicationNumber(String number) {
        if (number != null && (RequestId.current().isPresent() || MDC.get(CALLING_SYSTEM) != null)) {
            MDC.put(APPLICATION_NUMBER, number);
        }
    }

    /** Forgets the request: its id, caller and application. */
    public static void clear() {
        MDC.remove(RequestId.MDC_KEY);
        MDC.remove(CALLING_SYSTEM);
        MDC.remove(APPLICATION_NUMBER);
    }
}
