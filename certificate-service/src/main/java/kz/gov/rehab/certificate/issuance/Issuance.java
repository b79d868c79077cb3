package kz.gov.rehab.certificate.issuance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Map;
import kz.gov.rehab.certificate.intake.NoSecondOriginal;
import kz.gov.rehab.commons.caller.Caller;
import kz.gov.rehab.commons.refusal.RuleBroken;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.certificate.application.ApplicationTransition;
import kz.gov.rehab.certificate.application.Applications;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.certificate.application.RequestedResult;
import kz.gov.rehab.certificate.application.ServiceDeadlineWatch;
import kz.gov.rehab.certificate.application.Stage;
import kz.gov.rehab.certificate.application.StageRecorder;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Issuing the result (C8, items 6–8): a certificate or a duplicate on the template of Appendix 2,
 * on paper, free of charge; a duplicate replaces the certificate in force. Handing out at the
 * State Corporation closes the application.
 */
@ApplicationScoped
public class Issuance {

    private final Applications applications;
    private final CertificateNumbers numbers;
    private final StageRecorder stages;
    private final ServiceClock clock;
    private final ServiceDeadlineWatch deadlineWatch;

    public Issuance(Applications applications, CertificateNumbers numbers, StageRecorder stages, ServiceClock clock,
            ServiceDeadlineWatch deadlineWatch) {
        this.deadlineWatch = deadlineWatch;
        this.applications = applications;
        this.numbers = numbers;
        this.stages = stages;
        this.clock = clock;
    }

    @Transactional
    public Certificate issue(String applicationNumber, Long expectedVersion, Caller caller,
            IdempotencyClaim<Certificate> claim) {
        claim.take();
        CertificateApplication application = applications.ofAkimat(applicationNumber, caller);
        Applications.expectVersion(application, expectedVersion);
        application.apply(ApplicationTransition.ISSUE);
        application.decision = CertificateApplication.Decision.ISSUED;
        // the version check first: a concurrent issue of the same application is a 409 conflict,
        // not a clash of two certificate rows
        CertificateApplication.flush();

        Certificate certificate = new Certificate();
        certificate.applicationId = application.id;
        certificate.holderIin = application.applicantIin;
        certificate.holderName = application.applicantName();
        certificate.akimatCode = application.akimatCode;
        certificate.akimatName = application.akimatName;
        certificate.issuedOn = clock.today();
        certificate.printedAt = clock.now();
        certificate.status = Certificate.Status.VALID;
        if (application.requested == RequestedResult.DUPLICATE) {
            Certificate original = Certificate.originalOf(application.applicantIin).orElseThrow(() -> new RuleBroken(
                    "no-original-certificate", "No certificate to duplicate",
                    "A duplicate can be issued only to a person who was issued an original certificate"));
            certificate.kind = Certificate.Kind.DUPLICATE;
            certificate.number = numbers.duplicate(original);
            certificate.originalNumber = original.number;
            certificate.originalKind = Certificate.Kind.ORIGINAL.name();
            Certificate.inForceFor(application.applicantIin).ifPresent(replaced -> {
                replaced.status = Certificate.Status.REPLACED_BY_DUPLICATE;
                replaced.replacedBy = certificate.number;
            });
        } else {
            if (NoSecondOriginal.breachedBy(application.requested, NoSecondOriginal.originalOnRecord(application.applicantIin))) {
                throw secondOriginal();
            }
            certificate.kind = Certificate.Kind.ORIGINAL;
            certificate.number = numbers.original(application.akimatCode, certificate.issuedOn);
        }
        try {
            certificate.persist();
            Certificate.flush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw secondOriginal();
            }
            throw e;
        }
        deadlineWatch.stop(application);
        stages.record(application, Stage.ISSUED, caller.role(),
                Map.of("certificateKind", certificate.kind.name()));
        return claim.answer(certificate);
    }

    /** {@link NoSecondOriginal}: a rule broken, also when a concurrent issuance won the database's unique index. */
    private static RuleBroken secondOriginal() {
        return new RuleBroken("certificate-already-issued", "Certificate already issued",
                "This person already holds an original certificate; only a duplicate can be issued");
    }

    @Transactional
    public CertificateApplication handOut(String applicationNumber, Long expectedVersion, Caller caller) {
        CertificateApplication application = applications.ofBranch(applicationNumber, caller);
        Applications.expectVersion(application, expectedVersion);
        application.apply(ApplicationTransition.HAND_OUT);
        application.handedOutOn = clock.today();
        stages.record(application, Stage.HANDED_OUT, caller.role(),
                Map.of("result", application.decision == null ? "" : application.decision.name()));
        return application;
    }
}
