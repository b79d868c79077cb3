package kz.gov.rehab.compensation.application;

import kz.gov.rehab.commons.egov.CompensationPayment;
import kz.gov.rehab.compensation.decision.AssignmentPolicy;
import kz.gov.rehab.compensation.decision.PolicyOutcome;
import kz.gov.rehab.commons.refusal.InvalidInput;
import kz.gov.rehab.commons.refusal.RuleBroken;
import kz.gov.rehab.commons.refusal.Violation;
import kz.gov.rehab.commons.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.gov.rehab.commons.egov.EgovRegistries;
import kz.gov.rehab.commons.egov.IdentityDocument;
import kz.gov.rehab.commons.egov.PersonRecord;
import kz.gov.rehab.commons.egov.RegisteredAddress;
import kz.gov.rehab.commons.egov.RehabilitationRecord;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import kz.gov.rehab.compensation.application.rest.ApplicantForm;
import kz.gov.rehab.compensation.application.rest.ApplicationForm;
import kz.gov.rehab.compensation.bank.Bank;
import kz.gov.rehab.compensation.bank.BankAccounts;
import kz.gov.rehab.compensation.bank.Iban;
import kz.gov.rehab.compensation.decision.amount.AmountOutcome;
import kz.gov.rehab.compensation.decision.amount.AmountRuleData;
import kz.gov.rehab.compensation.programme.PayoutProgramme;
import kz.gov.rehab.compensation.stage.Stage;
import kz.gov.rehab.compensation.stage.StageRecorder;
import org.jboss.logging.Logger;

/**
 * Accepts an Appendix 1 application (P1): checks the form, takes identity-document data, the
 * registered address and the rehabilitation reference from the state registries through the
 * digital-government gateway (P2), snapshots them, reports every field that differs, and sets the
 * state the officer's decision starts from. Nothing is written when the form is refused.
 */
@ApplicationScoped
public class ApplicationIntake {

    private static final Logger LOG = Logger.getLogger(ApplicationIntake.class);
    /** The Law "On rehabilitation of victims of mass political repressions": no application predates it. */
    static final LocalDate LAW_IN_FORCE = LocalDate.of(1993, 4, 14);
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);
    public static final String SYSTEM_ACTOR = "compensation-service";

    private final EgovRegistries registries;
    private final BankAccounts bankAccounts;
    private final AmountRuleData amounts;
    private final StageRecorder stages;
    private final EntityManager em;

    private final ServiceClock clock;

    public ApplicationIntake(EgovRegistries registries, BankAccounts bankAccounts, AmountRuleData amounts,
            StageRecorder stages, EntityManager em, ServiceClock clock) {
        this.clock = clock;
        this.registries = registries;
        this.bankAccounts = bankAccounts;
        this.amounts = amounts;
        this.stages = stages;
        this.em = em;
    }

    /**
     * The one-time compensation's part of an Appendix 1 application (P1). The reference's number and
     * date are fields of the form, not a condition for filing: a reference the register does not hold
     * is filed all the same, for a manual decision that refuses it on that ground unless the register
     * is corrected meanwhile.
     */
    public ProgrammePart<Optional<RehabilitationRecord>> oneTimeCompensation(ApplicationForm form) {
        return new ProgrammePart<>() {
            @Override
            public PayoutProgramme programme() {
                return PayoutProgramme.REPRESSION_ONE_TIME;
            }

            @Override
            public List<Violation> violations() {
                return form.rehabilitationReference().date().isAfter(form.acceptedOn())
                        ? List.of(new Violation("rehabilitationReference.date", "must not be after the date of acceptance"))
                        : List.of();
            }

            @Override
            public Optional<RehabilitationRecord> consult(String number) {
                return registeredReference(registries.rehabilitationRecords(form.iin(), number),
                        form.rehabilitationReference().number(), form.rehabilitationReference().date());
            }

            @Override
            public List<String> complete(CompensationApplication application, Optional<RehabilitationRecord> registered) {
                List<String> pending = new ArrayList<>();
                registered.ifPresentOrElse(reference -> {
                    application.registrySnapshot = application.registrySnapshot.withRehabilitationReference(
                            new RegistrySnapshot.RehabilitationReference(reference.referenceNumber(), reference.issuedOn(),
                                    reference.months(), reference.category().name()));
                    application.rehabilitationMonths = reference.months();
                    application.rehabilitationCategory = reference.category().name();
                }, () -> {
                    application.rehabilitationMonths = 0;
                    pending.add(REFERENCE_NOT_REGISTERED);
                });
                application.receivedBenefits.addAll(form.receivedBenefits());
                application.receivedInOtherRepublic = form.paymentInAnotherRepublic().received();
                application.otherRepublicGrounds = form.paymentInAnotherRepublic().grounds();
                application.referenceNumber = form.rehabilitationReference().number().trim();
                application.referenceDate = form.rehabilitationReference().date();
                if (form.paymentInAnotherRepublic().received()) {
                    pending.add("a payment of the compensation in another republic is declared: "
                            + form.paymentInAnotherRepublic().grounds());
                }
                return pending;
            }
        };
    }

    /**
     * What one programme adds to the shared intake: its own checks of the form, the registry
     * questions only it needs (asked before the transaction; a problem refuses the form before
     * anything is written), and, inside the transaction, its fields (it may add mismatches) and the
     * reasons for a manual decision.
     */
    public interface ProgrammePart<F> {
        PayoutProgramme programme();

        List<Violation> violations();

        F consult(String number);

        List<String> complete(CompensationApplication application, F found);
    }

    static final String REFERENCE_NOT_REGISTERED = "the rehabilitation reference on the form is not in the rehabilitation "
            + "register for this IIN with this number and date";

    /** The reference of the register with the number and date written on the form, if it holds one. */
    public static Optional<RehabilitationRecord> registeredReference(List<RehabilitationRecord> register, String number,
            LocalDate date) {
        return register.stream()
                .filter(record -> record.referenceNumber().equalsIgnoreCase(number.trim()) && record.issuedOn().equals(date))
                .findFirst();
    }

    /**
     * What the registries said for one application, asked before anything is written (P2), with the
     * one-time compensation payments the register of payments holds for the person (P3).
     */
    public record Consultation<F>(ProgrammePart<F> part, String number, Bank bank, PersonRecord person,
            Optional<RegisteredAddress> address, F programmeFound, List<CompensationPayment> paidBefore) {

        List<String> completeProgramme(CompensationApplication application) {
            return part.complete(application, programmeFound);
        }
    }

    /**
     * The checks and registry questions shared by every programme, outside any transaction (no
     * database connection is held while the registries answer): form checks, the applicant's
     * account, the applicant in the state database of individuals and the address register (asked at
     * the same time), then the programme's own questions.
     */
    public <F> Consultation<F> consult(ApplicantForm form, ProgrammePart<F> part) {
        checkDates(form, part.violations());
        Bank bank = bankAccounts.verify(form.bankAccount().iban(), form.bankAccount().bank(), "bankAccount");
        String number = nextNumber(form.acceptedOn());
        EgovRegistries.Resident resident = registries.resident(form.iin(), number);
        PersonRecord person = resident.person().orElseThrow(() -> new RuleBroken(
                "person-not-registered", "Person not in the state database of individuals",
                "The IIN " + form.iin().masked() + " is not registered in the state database of individuals"));
        List<CompensationPayment> paidBefore = AssignmentPolicy.OnePaymentPerPerson.paymentsOnRecord(registries,
                part.programme(), form.iin(), number);
        return new Consultation<>(part, number, bank, person, resident.address(), part.consult(number), paidBefore);
    }

    /**
     * Records the application on what {@link #consult} found: the snapshot and every differing field
     * (P2), the programme's part, the amount from the dated data, the once-per-person rule of a
     * programme that has it (P3), and the state the decision starts from.
     */
    @Transactional
    public CompensationApplication record(ApplicantForm form, Consultation<?> found, String submittedBy, String subdivision,
            IdempotencyClaim<CompensationApplication> claim) {
        claim.take();
        PayoutProgramme programme = found.part().programme();
        String number = found.number();

        CompensationApplication application = new CompensationApplication();
        application.id = UUID.randomUUID();
        application.number = number;
        application.programme = programme;
        application.iin = form.iin();
        application.status = ApplicationStatus.SUBMITTED;
        fill(application, form, found.bank());
        application.registrySnapshot = snapshot(found.person(), form, found.address());
        application.mismatches = new ArrayList<>(RegistryComparison.mismatches(new RegistryComparison.Stated(form.surname(),
                form.firstName(), form.patronymic(), form.birthDate(), form.address(),
                form.identityDocument().type().name(), form.identityDocument().number(),
                form.identityDocument().issuer()), application.registrySnapshot));
        found.address().ifPresent(registered -> region(application, registered));
        application.receivedBenefits = java.util.EnumSet.noneOf(ReceivedBenefit.class);
        List<String> pending = new ArrayList<>(found.completeProgramme(application));
        application.submittedBy = submittedBy;
        application.subdivision = subdivision;
        application.createdAt = clock.instant();
        application.updatedAt = application.createdAt;

        application.pendingReasons = pending;
        application.persist();
        stages.record(application, Stage.SUBMITTED, null, submittedBy);

        if (AssignmentPolicy.OnePaymentPerPerson.check(application, found.paidBefore())
                instanceof PolicyOutcome.Rejected paid) {
            application.refuse(paid.refusalReason(), paid.detail(), SYSTEM_ACTOR, clock.instant());
            stages.record(application, Stage.REFUSED, application.refusalDetail, SYSTEM_ACTOR);
        } else {
            startDecision(application);
        }
        LOG.infof("application %s (%s) of %s accepted: %s", number, programme, form.iin().masked(), application.status);
        return claim.answer(application);
    }

    /**
     * The state the officer's decision starts from, once the application is recorded: waiting for the
     * MRP of its filing date when none is confirmed (never an earlier year's), waiting for a manual
     * decision when something is pending (a declared payment elsewhere, no rate in force), a mismatch
     * with the registries, or data checked. Also where an application waiting for its MRP goes on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void startDecision(CompensationApplication application) {
        AmountOutcome amount = amounts.amountFor(application.programme, application.rateCategory(),
                application.monthsCounted(), application.filedOn());
        if (amount instanceof AmountOutcome.AwaitingMrp awaiting) {
            application.moveTo(ApplicationStatus.AWAITING_MRP, "wait for the MRP of the filing date", clock.instant());
            stages.record(application, Stage.AWAITING_MRP, awaiting.reason(), SYSTEM_ACTOR);
            return;
        }
        List<String> pending = new ArrayList<>(application.pendingReasons);
        if (amount instanceof AmountOutcome.NotComputable none) {
            pending.add(none.reason());
        }
        if (amount instanceof AmountOutcome.MonthsNotCounted counted) {
            pending.add(counted.reason());
        }
        application.pendingReasons = pending;
        if (!pending.isEmpty()) {
            application.moveTo(ApplicationStatus.AWAITING_DECISION, "wait for a manual decision", clock.instant());
            stages.record(application, Stage.AWAITING_DECISION, String.join("; ", pending), SYSTEM_ACTOR);
        } else if (!application.mismatches.isEmpty()) {
            application.moveTo(ApplicationStatus.DATA_MISMATCH, "report a mismatch with the registries", clock.instant());
            stages.record(application, Stage.DATA_MISMATCH, fields(application.mismatches), SYSTEM_ACTOR);
        } else {
            application.moveTo(ApplicationStatus.DATA_CHECKED, "confirm the data with the registries", clock.instant());
            stages.record(application, Stage.DATA_CHECKED, null, SYSTEM_ACTOR);
        }
    }

    /** The region of a registered address, which the programme's reports count the award in. */
    public static void region(CompensationApplication application, RegisteredAddress address) {
        if (address.region() != null) {
            application.regionKato = address.region().katoCode();
            application.regionName = address.region().name();
        }
    }

    private static String fields(List<FieldMismatch> mismatches) {
        return "differs from the registries: " + String.join(", ", mismatches.stream().map(FieldMismatch::field).toList());
    }

    private static void checkDates(ApplicantForm form, List<Violation> programmeViolations) {
        List<Violation> violations = new ArrayList<>();
        if (form.acceptedOn().isBefore(LAW_IN_FORCE)) {
            violations.add(new Violation("acceptedOn", "must not be before " + LAW_IN_FORCE));
        }
        if (form.applicationDate().isAfter(form.acceptedOn())) {
            violations.add(new Violation("applicationDate", "must not be after the date of acceptance"));
        }
        if (form.birthDate().isBefore(EARLIEST_BIRTH)) {
            violations.add(new Violation("birthDate", "must not be before " + EARLIEST_BIRTH));
        }
        violations.addAll(programmeViolations);
        if (!violations.isEmpty()) {
            throw new InvalidInput("The request has " + violations.size() + " invalid field(s)", violations);
        }
    }

    private String nextNumber(LocalDate acceptedOn) {
        Number next = (Number) em.createNativeQuery("SELECT nextval('application_number_seq')").getSingleResult();
        return "CMP-%d-%06d".formatted(acceptedOn.getYear(), next.longValue());
    }

    private static void fill(CompensationApplication application, ApplicantForm form, Bank bank) {
        application.surname = form.surname().trim();
        application.firstName = form.firstName().trim();
        application.patronymic = form.patronymic() == null || form.patronymic().isBlank() ? null : form.patronymic().trim();
        application.birthDate = form.birthDate();
        application.address = form.address().trim();
        application.idDocumentType = form.identityDocument().type();
        application.idDocumentSeries = form.identityDocument().series();
        application.idDocumentNumber = form.identityDocument().number();
        application.idDocumentIssuer = form.identityDocument().issuer().trim();
        application.iban = Iban.parse(form.bankAccount().iban()).value();
        application.bankOnForm = form.bankAccount().bank().trim();
        application.bankCode = bank.code();
        application.bankBic = bank.bic();
        application.consentPersonalData = form.consentToPersonalDataProcessing();
        application.consentProtectedSecrets = form.consentToUseOfProtectedSecrets();
        application.applicationDate = form.applicationDate();
        application.acceptedOn = form.acceptedOn();
        ApplicationForm.SpecialistForm specialist = form.acceptedBy();
        application.acceptedBy = new Specialist(specialist.surname(), specialist.firstName(), specialist.patronymic(),
                specialist.position());
    }

    private RegistrySnapshot snapshot(PersonRecord person, ApplicantForm form, Optional<RegisteredAddress> address) {
        LocalDate day = form.acceptedOn();
        Optional<IdentityDocument> document = person.identityDocuments().stream()
                .filter(d -> d.type() == form.identityDocument().type() && d.validOn(day))
                .findFirst()
                .or(() -> person.identityDocuments().stream().filter(d -> d.validOn(day)).findFirst());
        return new RegistrySnapshot(RegistrySnapshot.Person.of(person),
                document.map(d -> new RegistrySnapshot.IdentityDocument(d.type().name(), null, d.number(), d.issuer(),
                        d.issuedOn(), d.expiresOn())).orElse(null),
                address.map(ApplicationIntake::address).orElse(null),
                null,
                clock.instant());
    }

    /** A registered address as the snapshot keeps it. */
    public static RegistrySnapshot.Address address(RegisteredAddress address) {
        List<String> parts = new ArrayList<>();
        parts.add(address.settlement() == null ? null : address.settlement().name());
        parts.add(address.street());
        parts.add(address.building());
        parts.add(address.flat());
        List<String> text = new ArrayList<>();
        if (address.region() != null) {
            text.add(address.region().name());
        }
        if (address.district() != null) {
            text.add(address.district().name());
        }
        parts.stream().filter(p -> p != null && !p.isBlank()).forEach(text::add);
        return new RegistrySnapshot.Address(String.join(", ", text), parts,
                address.settlement() == null ? null : address.settlement().katoCode(), address.registeredOn());
    }
}
