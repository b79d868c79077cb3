package kz.gov.rehab.gateway.proxy;

import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** One line per proxied request; anything that looks like an IIN in the path is masked. */
final class AccessLog {

    private static final Logger LOG = Logger.getLogger("kz.gov.rehab.gateway.access");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)(\\d{4})\\d{6}(\\d{2})(?!\\d)");

    private AccessLog() {
    }

    static String masked(String uri) {
        return uri == null ? null : TWELVE_DIGITS.matcher(uri).replaceAll("$1******$2");
    }

    static void write(String requestId, String system, String route, String method, String uri, int status, long nanos) {
        MDC.put("requestId", requestId);
        try {
            LOG.infof("%s %s -> %d in %d ms (system=%s, route=%s)", method, masked(uri), status, nanos / 1_000_000,
                    system == null ? "-" : system, route);
        } finally {
            MDC.remove("requestId");
        }
    }
}
