package kz.gov.rehab.compensation.decision;

import java.util.List;
import kz.gov.rehab.commons.egov.CompensationPayment;
import kz.gov.rehab.commons.egov.RehabilitationRecord;
import kz.gov.rehab.compensation.application.ApplicationIntake;
import kz.gov.rehab.compensation.programme.PayoutProgramme;
import kz.gov.rehab.commons.refusal.TransitionNotAllowed;
import kz.gov.rehab.commons.refusal.NotFound;
import kz.gov.rehab.commons.refusal.Refusal;
import kz.gov.rehab.commons.refusal.RuleBroken;
import kz.gov.rehab.commons.refusal.StateConflict;
import kz.gov.rehab.commons.time.ServiceClock;
import static kz.gov.rehab.commons.egov.EgovRegistries.answer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import kz.gov.rehab.commons.egov.EgovRegistries;
import kz.gov.rehab.commons.egov.PersonRecord;
import kz.gov.rehab.commons.concurrency.VersionMismatch;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import kz.gov.rehab.compensation.application.ApplicationStatus;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.decision.amount.AmountOutcome;
import kz.gov.rehab.compensation.decision.amount.AmountRuleData;
import kz.gov.rehab.compensation.payout.Instalments;
import kz.gov.rehab.compensation.stage.Stage;
import kz.gov.rehab.compensation.stage.StageRecorder;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * The officer's decision on an application: assign the compensation with its amount (P4), after
 * every {@link AssignmentPolicy} in force allows it, or refuse it on a documented ground
 * ({@link RefusalReason}). The database enforces P3 as well: of concurrent assignments for one
 * person exactly one commits.
 */
@ApplicationScoped
public class CompensationDecisions {

    private static final Logger LOG = Logger.getLogger(CompensationDecisions.class);
    static final String ONE_PER_PERSON_INDEX = "one_repression_compensation_per_person";

    private final AmountRuleData amounts;
    private final EgovRegistries registries;
    private final StageRecorder stages;
    private final Instalments instalments;
    private final EntityManager em;

    private final ServiceClock clock;

    public CompensationDecisions(AmountRuleData amounts, EgovRegistries registries, StageRecorder stages,
            Instalments instalments, EntityManager em, ServiceClock clock) {
        this.clock = clock;
        this.amounts = amounts;
        this.registries = registries;
        this.stages = stages;
        this.instalments = instalments;
        this.em = em;
    }

    /**
     * The applicant and, for a home-schooling reimbursement, the child, as the state database of
     * individuals knows them now. Asked before the decision's transaction (and both at the same
     * time), so that no lock is held while the registry answers.
     */
    public record PersonsNow(PersonRecord applicant, Optional<PersonRecord> child, List<RehabilitationRecord> register,
            List<CompensationPayment> paidBefore) {
    }

    /** What {@link #assign} needs from the registries, asked outside any transaction. */
    public PersonsNow personsNow(UUID id) {
        CompensationApplication application = CompensationApplication.<CompensationApplication>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("No compensation application " + id));
        var childFound = registries.personMeanwhile(application.childIin, application.number);
        PersonRecord applicant = registries.person(application.iin, application.number).orElseThrow(() -> new RuleBroken("person-not-registered",
                "Person not in the state database of individuals",
                "The applicant is no longer registered in the state database of individuals"));
        Optional<PersonRecord> child = application.childIin == null ? Optional.empty()
                : Optional.of(answer(childFound).orElseThrow(() -> new RuleBroken("child-not-registered",
                        "Child not in the state database of individuals",
                        "The child is no longer registered in the state database of individuals")));
        boolean oneTime = application.programme == PayoutProgramme.REPRESSION_ONE_TIME;
        List<RehabilitationRecord> register = oneTime
                ? registries.rehabilitationRecords(application.iin, application.number) : List.of();
        List<CompensationPayment> paidBefore = AssignmentPolicy.OnePaymentPerPerson.paymentsOnRecord(registries,
                application.programme, application.iin, application.number);
        return new PersonsNow(applicant, child, register, paidBefore);
    }

    @Transactional
    public CompensationApplication assign(UUID id, Long expectedVersion, String grounds, String officer, PersonsNow now,
            IdempotencyClaim<CompensationApplication> claim) {
        claim.take();
        lockApplicationsOfThePerson(id);
        CompensationApplication application = load(id, expectedVersion);
        if (!ApplicationStatus.AWAITS_DECISION.contains(application.status)) {
            throw new TransitionNotAllowed("Assigning the compensation", application.status);
        }
        Optional<String> holder = AssignmentPolicy.OnePaymentPerPerson.holderOtherThan(application);
        // The life status now, not the one of the snapshot: a person who died since cannot be assigned.
        PersonRecord person = now.applicant();
        // The register now: a reference registered since the filing counts with its months.
        Optional<Boolean> referenceRegistered = Optional.empty();
        if (application.programme == PayoutProgramme.REPRESSION_ONE_TIME) {
            Optional<RehabilitationRecord> reference = ApplicationIntake.registeredReference(now.register(),
                    application.referenceNumber, application.referenceDate);
            reference.ifPresent(found -> {
                application.rehabilitationMonths = found.months();
                application.rehabilitationCategory = found.category().name();
            });
            referenceRegistered = Optional.of(reference.isPresent());
        }
        AmountOutcome amount = amounts.amountFor(application.programme, application.rateCategory(),
                application.monthsCounted(), application.filedOn());
        Optional<AssignmentCase.Beneficiary> beneficiary = now.child().map(child -> new AssignmentCase.Beneficiary(
                child.lifeStatus(), child.deathDate(), instalments.overlappingAward(application)));
        AssignmentCase assignment = new AssignmentCase(application.status, application.programme.oncePerPerson(), holder,
                now.paidBefore(), referenceRegistered, person.lifeStatus(), person.deathDate(), amount, grounds,
                beneficiary);
        if (AssignmentPolicy.checkAll(assignment) instanceof PolicyOutcome.Rejected rejected) {
            if (rejected.refusalReason() == null) {
                throw rejection(rejected, application);
            }
            // The law's ground: the decision is a reasoned refusal on record, which the applicant can appeal.
            application.refuse(rejected.refusalReason(), rejected.policy() + ": " + rejected.detail(), officer, clock.instant());
            stages.record(application, Stage.REFUSED, application.refusalDetail, officer);
            LOG.infof("application %s: compensation refused on the decision (%s)", application.number, rejected.refusalReason());
            em.flush(); // the version the answer's ETag names is the one written
            return claim.answer(application);
        }
        application.assign((AmountOutcome.Computed) amount, officer, grounds, clock.instant());
        if (application.programme.periodic()) {
            scheduleInstalments(application);
        }
        stages.record(application, Stage.ASSIGNED, application.amountKzt.toPlainString() + " KZT", officer);
        flushOnePerPerson(application);
        LOG.infof("application %s: compensation assigned", application.number);
        return claim.answer(application);
    }

    @Transactional
    public CompensationApplication refuse(UUID id, Long expectedVersion, RefusalReason reason, String detail, String officer,
            IdempotencyClaim<CompensationApplication> claim) {
        claim.take();
        CompensationApplication application = load(id, expectedVersion);
        if (!ApplicationStatus.AWAITS_DECISION.contains(application.status)) {
            throw new TransitionNotAllowed("Refusing the compensation", application.status);
        }
        application.refuse(reason, detail, officer, clock.instant());
        stages.record(application, Stage.REFUSED, reason.name() + ": " + detail, officer);
        LOG.infof("application %s: compensation refused (%s)", application.number, reason);
        em.flush(); // the version the answer's ETag names is the one written
        return claim.answer(application);
    }

    /**
     * Decisions about one person are taken one at a time: the person's applications (and those for the
     * same child) are locked in a fixed order, so a concurrent assignment waits and then sees the first
     * one's result. The unique index and the instalments' key stay the last word if anything bypasses this.
     */
    private void lockApplicationsOfThePerson(UUID id) {
        em.createNativeQuery("""
                SELECT id FROM compensation_application
                WHERE iin = (SELECT iin FROM compensation_application WHERE id = :id)
                   OR child_iin = (SELECT child_iin FROM compensation_application WHERE id = :id)
                ORDER BY id FOR UPDATE""").setParameter("id", id).getResultList();
    }

    private CompensationApplication load(UUID id, Long expectedVersion) {
        CompensationApplication application = CompensationApplication.<CompensationApplication>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("No compensation application " + id));
        VersionMismatch.check("application", application.version, expectedVersion, application.status);
        return application;
    }

    private void scheduleInstalments(CompensationApplication application) {
        try {
            instalments.schedule(application);
        } catch (jakarta.persistence.PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException violation
                    && Instalments.ONE_PER_BENEFICIARY_AND_MONTH.equals(violation.getConstraintName())) {
                throw new StateConflict("assignment-not-allowed", "The compensation cannot be assigned",
                        "another reimbursement for a month of this period was assigned for the child at the same time")
                        .with("policy", "OneAwardPerBeneficiaryAndMonth")
                        .with("refusalReason", RefusalReason.ALREADY_REIMBURSED.name());
            }
            throw e;
        }
    }

    private void flushOnePerPerson(CompensationApplication application) {
        try {
            em.flush();
        } catch (ConstraintViolationException e) {
            if (ONE_PER_PERSON_INDEX.equals(e.getConstraintName())) {
                throw alreadyCompensated(application, "another application of this person was assigned at the same time");
            }

            throw e;
        }
    }

    static Refusal alreadyCompensated(CompensationApplication application, String detail) {
        return new StateConflict("already-compensated", "The person already holds this compensation (P3)",
                detail).with("currentState", application.status.name())
                .with("refusalReason", RefusalReason.ALREADY_COMPENSATED.name());
    }

    private static Refusal rejection(PolicyOutcome.Rejected rejected, CompensationApplication application) {
        if (rejected.refusalReason() == RefusalReason.ALREADY_COMPENSATED) {
            return alreadyCompensated(application, rejected.detail());
        }
        Refusal problem = new StateConflict("assignment-not-allowed",
                "The compensation cannot be assigned", rejected.detail())
                .with("policy", rejected.policy())
                .with("currentState", application.status.name());
        if (rejected.refusalReason() != null) {
            problem.with("refusalReason", rejected.refusalReason().name());
        }
        return problem;
    }
}
