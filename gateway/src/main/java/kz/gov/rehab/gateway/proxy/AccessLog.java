package kz.gov.rehab.gateway.proxy;

import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.commons.request.LogContext;
import kz.gov.rehab.commons.request.RequestId;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** One line per proxied request; anything that looks like an IIN in the path is masked. */
final class AccessLog {

    private static final Logger LOG = Logger.getLogger("kz.gov.rehab.gateway.access");

    private AccessLog() {
    }

    static String masked(String uri) {
        return Iin.maskAllIn(uri);
    }

    static void write(String requestId, String system, String route, String method, String uri, int status, long nanos) {
        MDC.put(RequestId.MDC_KEY, requestId);
        LogContext.callingSystem(system);
        try {
            LOG.infof("%s %s -> %d in %d ms (system=%s, route=%s)", method, masked(uri), status, nanos / 1_000_000,
                    system == null ? "-" : system, route);
        } finally {
            LogContext.clear();
        }
    }
}
