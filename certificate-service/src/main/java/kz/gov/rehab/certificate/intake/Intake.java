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
import java.util.UUID;
import kz.gov.rehab.certificate.Caller;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.certificate.application.ApplicationNumbers;
import kz.gov.rehab.certificate.application.ApplicationStatus;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.certificate.application.RequestedResult;
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
import kz.gov.rehab.certificate.issuance.Certificate;
import kz.gov.rehab.commons.egov.DigitalDocument;
import kz.gov.rehab.commons.egov.EgovRegistries;
import kz.gov.rehab.commons.egov.IdentityDocumentType;
import kz.gov.rehab.commons.egov.PersonRecord;
import kz.gov.rehab.commons.egov.RegisteredAddress;
import kz.gov.rehab.commons.egov.RehabilitationRecord;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.commons.problem.ProblemException;
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

    public Intake(EgovRegistries registries, ServiceDeadline deadline, ServiceClock clock, ApplicationNumbers numbers,
            StageRecorder stages, ServiceDeadlineWatch deadlineWatch, ObjectMapper json) {
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
     * the application number the questions were asked for, the persons, the registered address,
     * the rehabilitation register and the identity document shown.
     */
    public record Consultation(String number, OffsetDateTime at, Iin applicantIin, Iin representativeIin,
            PersonRecord applicant, PersonRecord representative, RegisteredAddress address,
            List<RehabilitationRecord> register, PresentedIdentity identity) {
    }

    /**
     * Checks the form and the caller and asks the registries, outside any transaction (no database
     * connection is held while the registries answer). Throws a problem when the application cannot
     * be taken at all: nothing is written then.
     */
    public Consultation consult(IntakeRequest request, Caller caller) {
        OffsetDateTime now = clock.now();
        LocalDate today = now.toLocalDate();
        check(request, today);
        if (caller.organisation() != null && !caller.organisation().equals(request.branch().number())) {
            throw new ProblemException(403, "other-branch", "Forbidden",
                    "The caller is branch " + caller.organisation() + " and cannot accept documents for branch " + request.branch().number());
        }
        Iin applicantIin = Iin.parse(request.applicantIin());
        Iin representativeIin = request.representative() == null ? null : Iin.parse(request.representative().iin());
        requestedResultIsPossible(request.requested(), applicantIin);

        String number = numbers.next(today);
        var representativeFound = registries.personMeanwhile(representativeIin, number);
        var registerFound = registries.meanwhile(() -> registries.rehabilitationRecords(applicantIin, number));
        EgovRegistries.Resident resident = registries.resident(applicantIin, number);

        PersonRecord applicant = resident.person().orElseThrow(() -> ProblemException.ruleViolated(
                "applicant-not-registered", "Applicant not in the state database of individuals",
                "No person with this IIN is registered in the state database of individuals"));
        if (!applicant.alive()) {
            throw ProblemException.ruleViolated("applicant-deceased", "Applicant deceased",
                    "The state database of individuals records the applicant as deceased");
        }
        PersonRecord representative = representativeIin == null ? null
                : answer(representativeFound).orElseThrow(() -> ProblemException.ruleViolated(
                        "representative-not-registered", "Representative not in the state database of individuals",
                        "No person with the representative's IIN is registered in the state database of individuals"));
        RegisteredAddress address = resident.address().orElseThrow(() -> ProblemException.ruleViolated(
                "no-registered-address", "No registered address",
                "The applicant has no registered address, so the competent akimat (item 3) cannot be determined"));
        List<RehabilitationRecord> register = answer(registerFound);
        PersonRecord appearing = representative != null ? representative : applicant;
        Iin appearingIin = representativeIin != null ? representativeIin : applicantIin;
        PresentedIdentity identity = identity(request.documents().identity(), appearing, appearingIin, number);
        return new Consultation(number, now, applicantIin, representativeIin, applicant, representative, address,
                register, identity);
    }

    /**
     * Records the application on what {@link #consult} found: refused at intake with its receipt when
     * a requirement is unmet (C3), otherwise accepted, dated and routed (C4–C6).
     */
    @Transactional
    public CertificateApplication record(IntakeRequest request, Caller caller, Consultation found) {
        OffsetDateTime now = found.at();
        LocalDate today = now.toLocalDate();
        String number = found.number();

        IntakeFacts facts = new IntakeFacts(
                found.representative() != null,
                found.identity(),
                request.documents().rehabilitation() == null ? null
                        : new PresentedRehabilitationDocument(describe(request.documents().rehabilitation())),
                request.representative() == null || request.representative().powerOfAttorney() == null ? null
                        : new PresentedPowerOfAttorney(describe(request.representative().powerOfAttorney()),
                                request.representative().powerOfAttorney().validUntil()),
                request.personalDataConsent(),
                today);
        List<String> unmet = IntakeRequirement.unmet(facts);

        CertificateApplication application = new CertificateApplication();
        application.id = UUID.randomUUID();
        application.number = number;
        application.requested = request.requested();
        application.applicantIin = found.applicantIin().value();
        application.representativeIin = found.representativeIin() == null ? null : found.representativeIin().value();
        application.branchNumber = request.branch().number();
        application.submittedAt = now;
        application.registrySnapshot = snapshot(found.applicant(), found.representative(), found.address(), found.identity(), now);
        application.registrySnapshot.put("rehabilitationRegister", registerCheck(request.documents().rehabilitation(), found.register()));
        application.intake = intakeRecord(request, caller);
        Employee employee = employee(request.acceptedBy());

        if (!unmet.isEmpty()) {
            application.status = ApplicationStatus.REFUSED_AT_INTAKE;
            application.receipt = asMap(new RefusalReceipt(RefusalReceipt.KIND, number, request.branch().number(),
                    request.branch().address(), unmet, employee.fullName(), employee.phone(), today,
                    fullName(found.applicant()), RefusalReceipt.COPIES));
            application.persist();
            stages.record(application, Stage.SUBMITTED, caller.role());
            stages.record(application, Stage.REFUSED_AT_INTAKE, caller.role(), Map.of("unmetRequirements", unmet.size()));
            LOG.infof("Application %s refused at intake (%d unmet requirements) for %s", number, unmet.size(), found.applicantIin().masked());
            return application;
        }

        application.status = ApplicationStatus.UNDER_REVIEW;
        ServiceDeadline.ReadyDate ready = deadline.readyDate(today);
        application.readyDate = ready.date();
        application.readyDateProvisional = ready.provisional();
        application.akimatCode = found.address().competentAkimat().code();
        application.akimatName = found.address().competentAkimat().nameKk();
        application.receipt = asMap(new AcceptanceReceipt(AcceptanceReceipt.KIND, number, request.requested().name(),
                acceptedDocuments(request, found.identity()), employee, request.branch().number(), request.branch().address(),
                now, application.readyDate, application.readyDateProvisional, application.akimatName));
        application.persist();
        stages.record(application, Stage.SUBMITTED, caller.role());
        stages.record(application, Stage.ACCEPTED, caller.role());
        stages.record(application, Stage.ROUTED, caller.role(), Map.of("akimatCode", application.akimatCode));
        deadlineWatch.start(application);
        LOG.infof("Application %s accepted for %s, routed to akimat %s, ready on %s", number, found.applicantIin().masked(),
                application.akimatCode, application.readyDate);
        return application;
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

    /** Only a person with an original certificate may ask for a duplicate, and nobody gets a second original. */
    private static void requestedResultIsPossible(RequestedResult requested, Iin applicant) {
        boolean hasOriginal = Certificate.originalOf(applicant.value()).isPresent();
        if (requested == RequestedResult.DUPLICATE && !hasOriginal) {
            throw ProblemException.ruleViolated("no-original-certificate", "No certificate to duplicate",
                    "A duplicate can be issued only to a person who was issued an original certificate");
        }
        if (requested == RequestedResult.CERTIFICATE && hasOriginal) {
            throw ProblemException.ruleViolated("certificate-already-issued", "Certificate already issued",
                    "A certificate was already issued to this person; a lost or damaged one is replaced by a duplicate");
        }
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
        return appearing.identityDocuments().stream()
                .filter(d -> d.type() == IdentityDocumentType.ID_CARD && d.number().equals(presented.number()))
                .findFirst()
                .map(d -> new PresentedIdentity(description, true, d.expiresOn()))
                .orElse(new PresentedIdentity(description, false, null));
    }

    private static List<String> acceptedDocuments(IntakeRequest request, PresentedIdentity identity) {
        List<String> documents = new ArrayList<>();
        documents.add(identity.description());
        documents.add(describe(request.documents().rehabilitation()));
        if (request.representative() != null) {
            documents.add(describe(request.representative().powerOfAttorney()));
        }
        documents.add("Application (Appendix 1) with consent to the collection and processing of personal data");
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

    static String fullName(PersonRecord person) {
        return person.surname() + " " + person.firstName() + (person.patronymic() == null ? "" : " " + person.patronymic());
    }

    private static Map<String, Object> snapshot(PersonRecord applicant, PersonRecord representative, RegisteredAddress address,
            PresentedIdentity identity, OffsetDateTime takenAt) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("takenAt", takenAt.toString());
        snapshot.put("applicant", person(applicant));
        if (representative != null) {
            snapshot.put("representative", person(representative));
        }
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("region", address.region() == null ? null : address.region().name());
        place.put("regionKato", address.region() == null ? null : address.region().katoCode());
        place.put("district", address.district() == null ? null : address.district().name());
        place.put("settlement", address.settlement() == null ? null : address.settlement().name());
        place.put("settlementKato", address.settlement() == null ? null : address.settlement().katoCode());
        place.put("street", address.street());
        place.put("building", address.building());
        place.put("flat", address.flat());
        place.put("registeredOn", String.valueOf(address.registeredOn()));
        place.put("competentAkimatCode", address.competentAkimat().code());
        place.put("competentAkimat", address.competentAkimat().nameKk());
        snapshot.put("registeredAddress", place);
        if (identity != null) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("description", identity.description());
            document.put("registered", identity.registered());
            document.put("validUntil", String.valueOf(identity.validUntil()));
            snapshot.put("identityDocument", document);
        }
        return snapshot;
    }

    /**
     * What the akimat needs for item 11.1 (unreliable documents): whether the reference presented
     * is in the prosecutor's office's register, and what the register holds for the person.
     */
    private static Map<String, Object> registerCheck(IntakeRequest.RehabilitationDocument presented, List<RehabilitationRecord> register) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("presentedReferenceFound", presented != null
                && register.stream().anyMatch(r -> r.referenceNumber().equals(presented.number())));
        check.put("references", register.stream().map(r -> {
            Map<String, Object> reference = new LinkedHashMap<>();
            reference.put("number", r.referenceNumber());
            reference.put("issuedOn", String.valueOf(r.issuedOn()));
            reference.put("issuingBody", r.issuingBody());
            reference.put("repressionKind", String.valueOf(r.repressionKind()));
            reference.put("category", String.valueOf(r.category()));
            return reference;
        }).toList());
        return check;
    }

    private static Map<String, Object> person(PersonRecord person) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("iin", person.iin());
        map.put("surname", person.surname());
        map.put("firstName", person.firstName());
        map.put("patronymic", person.patronymic());
        map.put("birthDate", String.valueOf(person.birthDate()));
        map.put("lifeStatus", String.valueOf(person.lifeStatus()));
        return map;
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
