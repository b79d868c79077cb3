package kz.gov.rehab.certificate.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.gov.rehab.commons.caller.Caller;
import kz.gov.rehab.commons.refusal.TransitionNotAllowed;
import kz.gov.rehab.commons.refusal.NotFound;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.certificate.application.ApplicationStatus;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.certificate.application.Stage;
import kz.gov.rehab.certificate.application.StageRecorder;
import kz.gov.rehab.certificate.inquiry.ApplicantProof;
import kz.gov.rehab.commons.concurrency.VersionMismatch;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;

/**
 * Complaints (C10, para 18): filed for an applicant who disagrees with the result, once there is
 * one; routed to the quality authority, which records the outcome. Each step is a status event.
 */
@ApplicationScoped
public class Complaints {

    /** A complaint is about a result: there is one in these statuses. */
    static final Set<ApplicationStatus> WITH_RESULT = EnumSet.of(ApplicationStatus.REFUSED_AT_INTAKE,
            ApplicationStatus.ISSUED, ApplicationStatus.REFUSED, ApplicationStatus.HANDED_OUT);

    private final ApplicantProof proof;
    private final StageRecorder stages;
    private final ServiceClock clock;

    public Complaints(ApplicantProof proof, StageRecorder stages, ServiceClock clock) {
        this.proof = proof;
        this.stages = stages;
        this.clock = clock;
    }

    @Transactional
    public Complaint file(String applicationNumber, String iin, String text, Caller caller,
            IdempotencyClaim<Complaint> claim) {
        claim.take();
        CertificateApplication application = proof.application(applicationNumber, iin);
        if (!WITH_RESULT.contains(application.status)) {
            throw new TransitionNotAllowed("Filing a complaint about the result", application.status);
        }
        Complaint complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.applicationId = application.id;
        complaint.filedAt = clock.now();
        complaint.filedBy = caller.system();
        complaint.text = text;
        complaint.status = Complaint.Status.FILED;
        complaint.persist();
        stages.record(application, Stage.COMPLAINT_FILED, caller.role(), Map.of("complaintId", complaint.id.toString()));
        return claim.answer(complaint);
    }

    @Transactional
    public Complaint decide(UUID complaintId, Complaint.Outcome outcome, String reason, Long expectedVersion, Caller caller) {
        Complaint complaint = Complaint.findById(complaintId);
        if (complaint == null) {
            throw new NotFound("No complaint " + complaintId);
        }
        VersionMismatch.check("complaint", complaint.version, expectedVersion, complaint.status);
        complaint.status = Complaint.Status.MOVES.move(complaint.status, Complaint.Status.DECIDED, "Deciding");
        complaint.outcome = outcome;
        complaint.outcomeReason = reason;
        complaint.decidedAt = clock.now();
        complaint.decidedBy = caller.system();
        CertificateApplication application = CertificateApplication.findById(complaint.applicationId);
        stages.record(application, Stage.COMPLAINT_DECIDED, caller.role(),
                Map.of("complaintId", complaint.id.toString(), "outcome", outcome.name()));
        return complaint;
    }
}
