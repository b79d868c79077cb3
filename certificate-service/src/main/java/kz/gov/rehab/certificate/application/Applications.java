package kz.gov.rehab.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import kz.gov.rehab.commons.caller.Caller;
import kz.gov.rehab.commons.concurrency.VersionMismatch;
import kz.gov.rehab.commons.refusal.NotFound;

/**
 * Finds the application a caller may act on. An akimat sees only the applications routed to it
 * (C6), a State Corporation branch only those it accepted; anything else looks exactly like an
 * application that does not exist (not found), so a caller cannot probe for others' numbers.
 */
@ApplicationScoped
public class Applications {

    public CertificateApplication ofAkimat(String number, Caller caller) {
        CertificateApplication application = CertificateApplication.findByNumber(number);
        if (application == null || application.akimatCode == null || !application.akimatCode.equals(caller.organisation())) {
            throw notFound(number);
        }
        return application;
    }

    public CertificateApplication ofBranch(String number, Caller caller) {
        CertificateApplication application = CertificateApplication.findByNumber(number);
        if (application == null || (caller.organisation() != null && !caller.organisation().equals(application.branchNumber))) {
            throw notFound(number);
        }
        return application;
    }

    /** The application as its caller may see it: an akimat the ones routed to it, a branch the ones it accepted. */
    public CertificateApplication visibleTo(String number, Caller caller) {
        return "akimat".equals(caller.role()) ? ofAkimat(number, caller) : ofBranch(number, caller);
    }

    /** Optimistic locking for clients that send the version they saw ({@code If-Match}). */
    public static void expectVersion(CertificateApplication application, Long expected) {
        VersionMismatch.check("application", application.version, expected, application.status);
    }

    public static NotFound notFound(String number) {
        return new NotFound("No application " + number + " is known to this caller");
    }
}
