package kz.gov.rehab.certificate.intake;

import static kz.gov.rehab.commons.egov.EgovRegistries.answer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.gov.rehab.commons.caller.Caller;
import kz.gov.rehab.commons.refusal.NotPermitted;
import kz.gov.rehab.commons.refusal.RuleBroken;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.certificate.application.ApplicationNumbers;
import kz.gov.rehab.certificate.application.ApplicationStage;
import kz.gov.rehab.certificate.application.ApplicationStatus;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.certificate.application.RegistrySnapshot;
import kz.gov.rehab.certificate.application.RegistrySnapshot.RoutedBy;
import kz.gov.rehab.certificate.application.ServiceDeadline;
import kz.gov.rehab.certificate.application.ServiceDeadlineWatch;
import kz.gov.rehab.certificate.application.Stage;
import kz.gov.rehab.certificate.application.StageRecorder;
import kz.gov.rehab.certificate.intake.IntakeFacts.PresentedIdentity;
import kz.gov.rehab.certificate.intake.IntakeFacts.PresentedPowerOfAttorney;
import kz.gov.rehab.certificate.intake.IntakeFacts.PresentedRehabilitationDocument;
import kz.gov.rehab.certificate.intake.IntakeRequest.IdentityPresentation;
import kz.gov.rehab.certificate.intake.receipt.AcceptanceReceipt;
import kz.gov.rehab.certificate.intake.receipt.Employee;
import kz.gov.rehab.certificate.intake.receipt.RefusalReceipt;
import kz.gov.rehab.certificate.queue.ElectronicQueue;
import kz.gov.rehab.certificate.queue.QueueTimes;
import kz.gov.rehab.commons.egov.Akimat;
import kz.gov.rehab.commons.egov.DigitalDocument;
import kz.gov.rehab.commons.egov.EgovRegistries;
import kz.gov.rehab.commons.egov.IdentityDocumentType;
import kz.gov.rehab.commons.egov.PersonRecord;
import kz.gov.rehab.commons.egov.RegisteredAddress;
import kz.gov.rehab.commons.egov.RehabilitationRecord;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import org.jboss.logging.Logger;

/**
 * Intake at the State Corporation (C1–C6): checks the form, takes identity and registered address
 * from the registries (never from what the operator types) and snapshots them, checks completeness
 * and validity (C2, C3), and either records a refusal to accept with its receipt (Appendix 3) or
 * accepts with the acceptance receipt (C4), the ready date (C5) and the competent akimat (C6).
 */
@ApplicationScoped
public class Intake {

    private static final Logger LOG = Logger.getLogger(Intake.class);

    private final EgovRegistries registries;
    private final ServiceDeadline deadline;
    private final ServiceClock clock;
    private final ApplicationNumbers numbers;
    private final StageRecorder stages;
    private final ServiceDeadlineWatch deadlineWatch;
    private final ObjectMapper json;
    private final ElectronicQueue queue;

    public Intake(EgovRegistries registries, ServiceDeadline deadline, ServiceClock clock, ApplicationNumbers numbers,
            StageRecorder stages, ServiceDeadlineWatch deadlineWatch, ObjectMapper json, ElectronicQueue queue) {
        this.queue = queue;
        this.deadlineWatch = deadlineWatch;
        this.json = json;
        this.registries = registries;
        this.deadline = deadline;
        this.clock = clock;
        this.numbers = numbers;
        this.stages = stages;
    }

    /**
     * What the registries say about the persons of one intake, asked before anything is written:
     * the application number the questions were asked for, the persons ({@code null} when the state
     * database does not know them), the registered address ({@code null} when none), the competent
     * akimat and how it was found, the rehabilitation register and the identity document shown.
     */
    public record Consultation(String number, OffsetDateTime at, Iin applicantIin, Iin representativeIin,
            PersonRecord applicant, PersonRecord representative, RegisteredAddress address, Akimat akimat,
            RoutedBy routing, List<RehabilitationRecord> register, PresentedIdentity identity) {
    }

    /**
     * Checks the form and the caller and asks the registries, outside any transaction (no database
     * connection is held while the registries answer). What the registries say about the person is
     * never a reason to refuse (C3): it becomes a finding for the akimat. Throws a problem only for a
     * request that cannot be recorded as it stands (a malformed or incomplete form entry, a territory
     * no akimat covers, an unavailable registry): nothing is written then.
     */
    public Consultation consult(IntakeRequest request, Caller caller) {
        OffsetDateTime now = clock.now();
        LocalDate today = now.toLocalDate();
        check(request, today);
        if (caller.organisation() != null && !caller.organisation().equals(request.branch().number())) {
            throw new NotPermitted("other-branch", "Forbidden",
                    "The caller is branch " + caller.organisation() + " and cannot accept documents for branch " + request.branch().number());
        }
        if (request.queueTicket() != null) {
            // standard item 9: documents are taken in the branch's hours, from the electronic queue
            queue.requireServableNow(request.queueTicket(), request.branch().number(), now);
        }
        Iin applicantIin = Iin.parse(request.applicantIin());
        Iin representativeIin = request.representative() == null ? null : Iin.parse(request.representative().iin());

        String number = numbers.next(today);
        var representativeFound = registries.personMeanwhile(representativeIin, number);
        var registerFound = registries.meanwhile(() -> registries.rehabilitationRecords(applicantIin, number));
        EgovRegistries.Resident resident = registries.resident(applicantIin, number);

        PersonRecord applicant = resident.person().orElse(null);
        PersonRecord representative = answer(representativeFound).orElse(null);
        RegisteredAddress address = resident.address().filter(a -> a.competentAkimat() != null).orElse(null);
        InputChecks written = new InputChecks()
                .require(applicant != null || request.applicantName() != null, "applicantName",
                        "the state database of individuals does not know this IIN: the applicant's name as written on the form is required")
                .require(address != null || request.residentialAddress() != null, "residentialAddress",
                        "the applicant has no registered address: the residential address written on the form (with its KATO code) is required to find the competent akimat");
        PersonRecord appearing = representativeIin != null ? representative : applicant;
        Iin appearingIin = representativeIin != null ? representativeIin : applicantIin;
        PresentedIdentity identity = identity(request.documents().identity(), appearing, appearingIin, number);
        written.require(identity == null || identity.registered() || identity.validUntil() != null, "documents.identity.validUntil",
                "the identity card is not in the state database of individuals: its validity date as printed on it is required");
        written.orRefuse();

        Akimat akimat;
        RoutedBy routing;
        if (address != null) {
            akimat = address.competentAkimat();
            routing = RoutedBy.REGISTERED_ADDRESS;
        } else {
            String kato = request.residentialAddress().katoCode();
            akimat = registries.competentAkimat(kato, number).orElseThrow(() -> new RuleBroken(
                    "unknown-territory", "No akimat for the address written",
                    "No akimat of the directory covers KATO code " + kato + " of the residential address written on the form; check the code"));
            routing = RoutedBy.RESIDENTIAL_ADDRESS_ON_FORM;
        }
        List<RehabilitationRecord> register = answer(registerFound);
        return new Consultation(number, now, applicantIin, representativeIin, applicant, representative, address, akimat,
                routing, register, identity);
    }

    /**
     * An application just recorded, with the stages its transaction recorded (all it has): the
     * answer shows them without reading them back.
     */
    public record Recorded(CertificateApplication application, List<ApplicationStage> stages) {
    }

    /**
     * Records the application on what {@link #consult} found: refused at intake with its receipt when
     * a requirement of Appendix 3 is unmet (C3), otherwise accepted, dated and routed (C4–C6) with
     * what the registries said as findings for the akimat's review (item 11).
     */
    @Transactional
    public Recorded record(IntakeRequest request, Caller caller, Consultation found, IdempotencyClaim<Recorded> claim) {
        claim.take();
        OffsetDateTime now = found.at();
        LocalDate today = now.toLocalDate();
        String number = found.number();

        IntakeFacts facts = new IntakeFacts(
                found.representativeIin() != null,
                found.identity(),
                request.documents().rehabilitation() == null ? null
                        : new PresentedRehabilitationDocument(describe(request.documents().rehabilitation())),
                request.representative() == null || request.representative().powerOfAttorney() == null ? null
                        : new PresentedPowerOfAttorney(describe(request.representative().powerOfAttorney()),
                                request.representative().powerOfAttorney().validUntil()),
                request.documentsAuthentic(),
                request.personalDataConsent(),
                today);
        List<IntakeRequirement.Unmet> unmet = IntakeRequirement.unmet(facts);

        CertificateApplication application = new CertificateApplication();
        application.id = UUID.randomUUID();
        application.number = number;
        application.requested = request.requested();
        application.applicantIin = found.applicantIin();
        application.representativeIin = found.representativeIin();
        application.branchNumber = request.branch().number();
        application.submittedAt = now;
        application.registrySnapshot = snapshot(found, request, now);
        application.intake = intakeRecord(request, caller);
        Employee employee = employee(request.acceptedBy());
        QueueTimes times = request.queueTicket() == null ? null
                : queue.serve(request.queueTicket(), request.branch().number(), number, now);
        String applicantName = application.registrySnapshot.applicantName();

        if (!unmet.isEmpty()) {
            List<String> grounds = unmet.stream().map(u -> u.ground().name()).distinct().toList();
            application.status = ApplicationStatus.REFUSED_AT_INTAKE;
            application.reviewFindings = List.of();
            application.receipt = asMap(new RefusalReceipt(RefusalReceipt.KIND, number, request.branch().number(),
                    request.branch().address(), unmet.stream().map(IntakeRequirement.Unmet::line).toList(), grounds,
                    unmet.stream().map(u -> u.ground().legalBasis()).distinct().toList(), employee.fullName(), employee.phone(), today,
                    applicantName, RefusalReceipt.COPIES, times));
            application.persist();
            List<ApplicationStage> recorded = List.of(
                    stages.record(application, Stage.SUBMITTED, caller.role()),
                    stages.record(application, Stage.REFUSED_AT_INTAKE, caller.role(),
                            Map.of("unmetRequirements", unmet.size(), "grounds", grounds)));
            LOG.infof("Application %s refused at intake (%d unmet requirements) for %s", number, unmet.size(), found.applicantIin().masked());
            return claim.answer(new Recorded(application, recorded));
        }

        List<RegistryFinding.Finding> findings = RegistryFinding.all(new RegistryFinding.ReviewFacts(
                request.requested(),
                found.applicant() != null,
                found.applicant() != null && !found.applicant().alive(),
                found.applicant() == null || found.applicant().deathDate() == null ? null : found.applicant().deathDate().toString(),
                found.address() != null,
                found.representativeIin() == null ? null : found.representative() != null,
                found.identity() == null ? null : found.identity().registered(),
                application.registrySnapshot.rehabilitationRegister().presentedReferenceFound(),
                NoSecondOriginal.originalOnRecord(found.applicantIin()).orElse(null)));

        application.status = ApplicationStatus.UNDER_REVIEW;
        ServiceDeadline.ReadyDate ready = deadline.readyDate(today);
        application.readyDate = ready.date();
        application.readyDateProvisional = ready.provisional();
        application.akimatCode = found.akimat().code();
        application.akimatName = found.akimat().nameKk();
        application.reviewFindings = findings.stream().map(this::asMap).toList();
        application.receipt = asMap(new AcceptanceReceipt(AcceptanceReceipt.KIND, number, request.requested().name(),
                acceptedDocuments(request, found.identity()), employee, request.branch().number(), request.branch().address(),
                now, application.readyDate, application.readyDateProvisional, application.akimatName, times));
        application.persist();
        List<ApplicationStage> recorded = List.of(
                stages.record(application, Stage.SUBMITTED, caller.role()),
                stages.record(application, Stage.ACCEPTED, caller.role(),
                        Map.of("findings", findings.stream().map(RegistryFinding.Finding::code).toList())),
                stages.record(application, Stage.ROUTED, caller.role(),
                        Map.of("akimatCode", application.akimatCode, "routedBy", found.routing().name())));
        deadlineWatch.start(application);
        LOG.infof("Application %s accepted for %s, routed to akimat %s (%s), ready on %s, %d findings", number,
                found.applicantIin().masked(), application.akimatCode, found.routing(), application.readyDate, findings.size());
        return claim.answer(new Recorded(application, recorded));
    }

    private static void check(IntakeRequest request, LocalDate today) {
        InputChecks checks = new InputChecks().iin("applicantIin", request.applicantIin());
        if (request.representative() != null) {
            checks.iin("representative.iin", request.representative().iin())
                    .require(!request.representative().iin().equals(request.applicantIin()), "representative.iin",
                            "the representative cannot be the applicant");
            var power = request.representative().powerOfAttorney();
            if (power != null) {
                checks.pastDate("representative.powerOfAttorney.issuedOn", power.issuedOn(), today)
                        .plausibleDate("representative.powerOfAttorney.validUntil", power.validUntil());
            }
        }
        var identity = request.documents().identity();
        if (identity != null) {
            checks.require(identity.kind() != IdentityPresentation.ID_CARD || (identity.number() != null && identity.number().matches("\\d{9}")),
                            "documents.identity.number", "an identity card number is 9 digits")
                    .require(identity.kind() != IdentityPresentation.DIGITAL_DOCUMENT || (identity.oneTimeCode() != null && !identity.oneTimeCode().isBlank()),
                            "documents.identity.oneTimeCode", "the one-time code of the digital documents service is required");
        }
        var rehabilitation = request.documents().rehabilitation();
        if (rehabilitation != null) {
            checks.pastDate("documents.rehabilitation.issuedOn", rehabilitation.issuedOn(), today);
        }
        checks.orRefuse();
    }

    private PresentedIdentity identity(IntakeRequest.IdentityPresented presented, PersonRecord appearing, Iin appearingIin,
            String number) {
        if (presented == null) {
            return null;
        }
        if (presented.kind() == IdentityPresentation.DIGITAL_DOCUMENT) {
            DigitalDocument document = registries.digitalDocument(appearingIin, presented.oneTimeCode(), number);
            return new PresentedIdentity("Electronic identity document from the digital documents service", true,
                    document.document().expiresOn());
        }
        String description = "Identity card No. " + presented.number();
        List<kz.gov.rehab.commons.egov.IdentityDocument> known = appearing == null ? List.of() : appearing.identityDocuments();
        return known.stream()
                .filter(d -> d.type() == IdentityDocumentType.ID_CARD && d.number().equals(presented.number()))
                .findFirst()
                .map(d -> new PresentedIdentity(description, true, d.expiresOn()))
                .orElse(new PresentedIdentity(description, false, presented.validUntil()));
    }

    private static List<String> acceptedDocuments(IntakeRequest request, PresentedIdentity identity) {
        List<String> documents = new ArrayList<>();
        documents.add(identity.description());
        documents.add(describe(request.documents().rehabilitation()));
        if (request.representative() != null) {
            documents.add(describe(request.representative().powerOfAttorney()));
        }
        documents.add("Application (Appendix 1) with the statement that the documents are authentic and consent to the collection and processing of personal data");
        return documents;
    }

    private static String describe(IntakeRequest.RehabilitationDocument document) {
        String kind = document.kind() == IntakeRequest.RehabilitationDocumentKind.COURT_ACT
                ? "Copy of a court act in legal force" : "Rehabilitation reference";
        return kind + " No. " + document.number() + " of " + document.issuedOn() + ", " + document.issuer();
    }

    private static String describe(IntakeRequest.PowerOfAttorney power) {
        return "Notarised power of attorney No. " + power.number() + " of " + power.issuedOn() + " (" + power.notary()
                + "), valid until " + power.validUntil();
    }

    private static Employee employee(IntakeRequest.Employee e) {
        return new Employee(e.surname(), e.name(), e.patronymic(), e.position(), e.phone());
    }

    private static RegistrySnapshot snapshot(Consultation found, IntakeRequest request, OffsetDateTime takenAt) {
        IntakeRequest.WrittenName name = request.applicantName();
        IntakeRequest.ResidentialAddress written = request.residentialAddress();
        PresentedIdentity identity = found.identity();
        return new RegistrySnapshot(takenAt,
                found.applicant() == null ? null : RegistrySnapshot.Person.of(found.applicantIin(), found.applicant()),
                name == null ? null : new RegistrySnapshot.NameOnForm(name.surname(), name.name(), name.patronymic()),
                found.representativeIin() == null ? null
                        : Optional.ofNullable(found.representative()).map(r -> RegistrySnapshot.Person.of(found.representativeIin(), r)),
                found.address() == null ? null : RegistrySnapshot.RegisteredAddress.of(found.address()),
                written == null ? null : new RegistrySnapshot.AddressOnForm(written.text(), written.katoCode()),
                new RegistrySnapshot.Routing(found.routing(), found.akimat().code(), found.akimat().nameKk()),
                identity == null ? null
                        : new RegistrySnapshot.IdentityDocument(identity.description(), identity.registered(), identity.validUntil()),
                registerCheck(request.documents().rehabilitation(), found.register()));
    }

    /**
     * What the akimat needs for item 11.1 (unreliable documents): whether the reference presented
     * is in the prosecutor's office's register, and what the register holds for the person.
     */
    private static RegistrySnapshot.RehabilitationRegister registerCheck(IntakeRequest.RehabilitationDocument presented,
            List<RehabilitationRecord> register) {
        return new RegistrySnapshot.RehabilitationRegister(presented != null
                && register.stream().anyMatch(r -> r.referenceNumber().equals(presented.number())),
                register.stream().map(RegistrySnapshot.RehabilitationReference::of).toList());
    }

    private Map<String, Object> intakeRecord(IntakeRequest request, Caller caller) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("request", asMap(request));
        record.put("acceptedBySystem", caller.system());
        return record;
    }

    private Map<String, Object> asMap(Object value) {
        return json.convertValue(value, new TypeReference<Map<String, Object>>() {
        });
    }
}
