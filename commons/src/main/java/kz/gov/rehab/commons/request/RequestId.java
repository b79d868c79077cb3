package kz.gov.rehab.commons.request;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The request id of the current request ({@code X-Request-Id}): accepted from the caller (the
 * gateway sets one on every request it forwards) or generated, returned on the response, put in
 * the log context under {@link #MDC_KEY} and onto every status event.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** What a caller may send: short, and nothing that could forge a log line. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestId() {
    }

    /** The request id of the request being served on this thread, if any. */
    public static Optional<String> current() {
        Object value = MDC.get(MDC_KEY);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    /**
     * The work, to be run on another thread, with this request's id in the log context there (so
     * that what it logs, and every status event it records, names the request). The other thread's
     * log context is left as it was found: a managed executor may run the work on the request's own
     * Vert.x context, whose log context is the request's, and removing the id there would strip it
     * from every event the request records afterwards.
     */
    public static <T> Supplier<T> carriedInto(Supplier<T> work) {
        Optional<String> requestId = current();
        return () -> {
            Object before = MDC.get(MDC_KEY);
            requestId.ifPresent(id -> MDC.put(MDC_KEY, id));
            try {
                return work.get();
            } finally {
                if (before == null) {
                    MDC.remove(MDC_KEY);
                } else {
                    MDC.put(MDC_KEY, before);
                }
            }
        };
    }

    /** The caller's id when it is acceptable, otherwise a new one. */
    public static String acceptOrGenerate(String fromCaller) {
        if (fromCaller != null && ACCEPTED.matcher(fromCaller).matches()) {
            return fromCaller;
        }
        return generate();
    }

    /**
     * A new id: a random (version 4) UUID. A request id names a request in logs and events; it is
     * not a secret, so it comes from the thread's fast generator, not from {@code SecureRandom}
     * ({@link UUID#randomUUID()}), which the gateway's event loop would otherwise pay on every request.
     */
    public static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long mostSignificant = (random.nextLong() & ~0xF000L) | 0x4000L;
        long leastSignificant = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
