package kz.gov.rehab.certificate.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.gov.rehab.certificate.application.ApplicationStatus;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.certificate.application.RefusalGround;
import kz.gov.rehab.certificate.application.RegistrySnapshot;
import kz.gov.rehab.certificate.application.RequestedResult;
import kz.gov.rehab.certificate.hearing.Hearing;
import kz.gov.rehab.certificate.intake.receipt.AcceptanceReceipt;
import kz.gov.rehab.certificate.intake.receipt.Employee;
import kz.gov.rehab.certificate.intake.receipt.RefusalReceipt;
import kz.gov.rehab.certificate.issuance.Certificate;
import kz.gov.rehab.commons.document.DocumentsConfig;
import kz.gov.rehab.commons.egov.LifeStatus;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.commons.testing.FixedDocumentsConfig;

/**
 * Stored records of the named registry fixtures (docs/registry-fixtures.md) as the paper documents
 * are printed from them, without a database: Исқақов Мұрат Болатұлы accepted in Astana on Friday
 * 20 March 2026 (ready on 1 April: 23–25 March are Nauryz), Омарова Күлпаш Әбенқызы refused at
 * intake with an expired identity card, Сейтқали Бекжан (no patronymic) with a duplicate.
 */
public final class PaperFixtures {

    public static final ZoneId ZONE = FixedDocumentsConfig.PUBLIC.zone();
    public static final DocumentsConfig DOCUMENTS = FixedDocumentsConfig.PUBLIC;
    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    public static final OffsetDateTime SUBMITTED = OffsetDateTime.parse("2026-03-20T10:15:00+05:00");
    public static final LocalDate READY = LocalDate.of(2026, 4, 1);
    public static final Employee EMPLOYEE = new Employee("Сапарова", "Динара", "Ерланқызы", "бас маман / главный специалист",
            "+7 7172 55 00 11");

    private PaperFixtures() {
    }

    public static CertificateApplication accepted() {
        CertificateApplication a = application("CRT-2026-000042", "330707399060", "Исқақов", "Мұрат", "Болатұлы");
        a.status = ApplicationStatus.UNDER_REVIEW;
        a.akimatCode = "710000000";
        a.akimatName = "Астана қаласының әкімдігі";
        a.readyDate = READY;
        a.receipt = map(new AcceptanceReceipt(AcceptanceReceipt.KIND, a.number, "CERTIFICATE", List.of(
                "Identity card No. 099000007",
                "Rehabilitation reference No. R-1999-099007 of 1999-06-01, Астана қаласының прокуратурасы",
                "Application (Appendix 1) with consent to the collection and processing of personal data"),
                EMPLOYEE, "SC-0101", "Астана, Қабанбай батыр даңғылы 1", SUBMITTED, READY, false, a.akimatName, null));
        return a;
    }

    public static CertificateApplication refusedAtIntake() {
        CertificateApplication a = application("CRT-2026-000043", "380922499015", "Омарова", "Күлпаш", "Әбенқызы");
        a.status = ApplicationStatus.REFUSED_AT_INTAKE;
        a.receipt = map(new RefusalReceipt(RefusalReceipt.KIND, a.number, "SC-0101", "Астана, Қабанбай батыр даңғылы 1",
                List.of("Identity card No. 099000002: expired on 2025-03-09",
                        "Rehabilitation reference or copy of a court act in legal force: not presented"),
                List.of("EXPIRED_DOCUMENT", "INCOMPLETE_SET"),
                List.of(kz.gov.rehab.certificate.intake.IntakeRequirement.Appendix3Ground.EXPIRED_DOCUMENT.legalBasis(),
                        kz.gov.rehab.certificate.intake.IntakeRequirement.Appendix3Ground.INCOMPLETE_SET.legalBasis()),
                EMPLOYEE.fullName(), EMPLOYEE.phone(), SUBMITTED.toLocalDate(), "Омарова Күлпаш Әбенқызы", RefusalReceipt.COPIES, null));
        return a;
    }

    public static Hearing hearing(CertificateApplication application, boolean held) {
        Hearing h = new Hearing();
        h.applicationId = application.id;
        h.ground = RefusalGround.UNRELIABLE_DOCUMENTS_OR_DATA;
        h.groundDetails = "R-1999-099007 анықтамасы ақтау тізілімінде жоқ / Справка R-1999-099007 отсутствует в реестре реабилитации";
        h.noticeWay = Hearing.NoticeWay.VIDEOCONFERENCE;
        h.notifiedOn = LocalDate.of(2026, 3, 26);
        h.scheduledAt = LocalDateTime.of(2026, 3, 27, 11, 0);
        h.place = "Астана қаласының әкімдігі, 305-бөлме / бейнебайланыс";
        if (held) {
            h.heldOn = LocalDate.of(2026, 3, 27);
            h.startedAt = LocalTime.of(11, 0);
            h.endedAt = LocalTime.of(11, 40);
            h.body = "Астана қаласының әкімдігі";
            h.official = "Сейітов Бауыржан Қайратұлы, әлеуметтік бағдарламалар бөлімінің басшысы";
            h.participant = "Исқақов Мұрат Болатұлы";
            h.question = "Бас тарту туралы алдын ала шешім: анықтама тізілімде жоқ";
            h.statements = "Өтініш беруші анықтаманы 1999 жылы қалалық прокуратура бергенін мәлімдейді.";
            h.questionsAndAnswers = "С.: Түпнұсқасы бар ма? Ж.: Иә, ұсынылды.";
            h.factsToRecord = "Тыңдауда анықтаманың түпнұсқасы ұсынылды.";
        }
        return h;
    }

    public static Certificate certificate() {
        Certificate c = new Certificate();
        c.number = "710000000-2026-000017";
        c.applicationId = UUID.fromString("00000000-0000-0000-0000-000000000042");
        c.kind = Certificate.Kind.ORIGINAL;
        c.holderIin = Iin.parse("330707399060");
        c.holderName = "Исқақов Мұрат Болатұлы";
        c.akimatCode = "710000000";
        c.akimatName = "Астана қаласының әкімдігі";
        c.issuedOn = LocalDate.of(2026, 3, 27);
        c.printedAt = OffsetDateTime.parse("2026-03-27T15:02:11+05:00");
        c.status = Certificate.Status.VALID;
        return c;
    }

    /** Сейтқали Бекжан's duplicate, which replaced his original 710000000-2026-000009. */
    public static Certificate duplicate() {
        Certificate c = certificate();
        c.number = "710000000-2026-000009-D1";
        c.applicationId = UUID.fromString("00000000-0000-0000-0000-000000000044");
        c.kind = Certificate.Kind.DUPLICATE;
        c.holderIin = Iin.parse("350412399000");
        c.holderName = "Сейтқали Бекжан";
        c.issuedOn = LocalDate.of(2026, 4, 2);
        c.printedAt = OffsetDateTime.parse("2026-04-02T09:30:00+05:00");
        c.originalNumber = "710000000-2026-000009";
        c.originalKind = Certificate.Kind.ORIGINAL.name();
        return c;
    }

    private static CertificateApplication application(String number, String iin, String surname, String firstName,
            String patronymic) {
        CertificateApplication a = new CertificateApplication();
        a.id = UUID.nameUUIDFromBytes(number.getBytes());
        a.number = number;
        a.requested = RequestedResult.CERTIFICATE;
        a.applicantIin = Iin.parse(iin);
        a.branchNumber = "SC-0101";
        a.submittedAt = SUBMITTED;
        a.registrySnapshot = new RegistrySnapshot(SUBMITTED, new RegistrySnapshot.Person(a.applicantIin, surname, firstName,
                patronymic, null, LifeStatus.ALIVE), null, null, null, null, null, null, null);
        return a;
    }

    private static Map<String, Object> map(Object value) {
        return JSON.convertValue(value, new TypeReference<Map<String, Object>>() {
        });
    }
}
