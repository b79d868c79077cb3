package kz.gov.rehab.certificate.hearing;

import kz.gov.rehab.commons.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.certificate.application.RefusalGround;
import kz.gov.rehab.commons.document.DocumentIdentity;
import kz.gov.rehab.commons.document.DocumentsConfig;
import kz.gov.rehab.commons.document.PaperDocument;
import kz.gov.rehab.commons.document.PrintedDocument;

/**
 * The hearing papers (para 12; Administrative Procedural Code art. 73–74), printed from the hearing
 * the akimat recorded: the notice of the preliminary decision and of the hearing, and the record of
 * the hearing with its place, date, start and end time, body and official, participant, question,
 * statements, questions and answers, and the facts the participant asked to be entered. Each
 * carries a QR code to the verification of the hearing.
 */
@ApplicationScoped
public class HearingPapers {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String CHECK_KK = "Тыңдауды тексеру";
    private static final String CHECK_RU = "проверка заслушивания";
    private static final String RULES_KK = "«Ақталған адамға куәлік беру» мемлекеттік көрсетілетін қызмет қағидаларының 12-тармағы; "
            + "Қазақстан Республикасы Әкімшілік рәсімдік-процестік кодексінің ";
    private static final String RULES_RU = "Пункт 12 Правил оказания государственной услуги «Выдача удостоверения реабилитированному лицу»; "
            + "Административный процедурно-процессуальный кодекс Республики Казахстан, ";

    /** Where the hearing papers are verified, under the verification base address. */
    public static final String VERIFICATION_PATH = "/api/v1/certificates/verification/hearings/";

    private final DocumentsConfig config;
    private final ZoneId zone;

    @Inject
    public HearingPapers(DocumentsConfig config, ServiceClock clock) {
        this(config, clock.zone());
    }

    HearingPapers(DocumentsConfig config, ZoneId zone) {
        this.config = config;
        this.zone = zone;
    }

    /** The notice (APPK art. 73): the preliminary decision, its ground, and when, where and how the applicant is heard. */
    public PrintedDocument notice(CertificateApplication application, Hearing hearing) {
        OffsetDateTime madeAt = hearing.notifiedOn.atStartOfDay(zone).toOffsetDateTime();
        DocumentIdentity identity = new DocumentIdentity("hearing-notice", application.number,
                "Тыңдау туралы хабарлама", "Уведомление о заслушивании", madeAt);
        return PaperDocument.begin(identity)
                .verification(verificationLink(application), CHECK_KK, CHECK_RU)
                .formReference(RULES_KK + "73-бабы", RULES_RU + "статья 73")
                .title("Алдын ала шешім және тыңдау туралы ХАБАРЛАМА",
                        "УВЕДОМЛЕНИЕ о предварительном решении и о заслушивании")
                .field("Өтініш нөмірі", "Номер заявления", application.number)
                .field("Көрсетілетін қызметті алушы: " + PaperDocument.FULL_NAME_KK,
                        "Услугополучатель: " + PaperDocument.FULL_NAME_RU, application.applicantName())
                .field("Көрсетілетін қызметті беруші", "Услугодатель", application.akimatName)
                .bilingual("Сіздің өтінішіңіз бойынша мемлекеттік қызметті көрсетуден бас тарту туралы алдын ала шешім "
                                + "қабылданды. Сізге өз ұстанымыңызды білдіру мүмкіндігі беріледі (тыңдау).",
                        "По Вашему заявлению принято предварительное решение об отказе в оказании государственной услуги. "
                                + "Вам предоставляется возможность выразить свою позицию (заслушивание).")
                .field("Бас тарту негізі (қағидалардың 11-тармағы)", "Основание отказа (пункт 11 правил)", ground(hearing.ground))
                .field("Негіздеме", "Обоснование", hearing.groundDetails)
                .field("Тыңдау күні мен уақыты", "Дата и время заслушивания", DATE_TIME.format(hearing.scheduledAt))
                .field("Тыңдау орны", "Место заслушивания", hearing.place)
                .field("Тыңдау тәсілі", "Способ заслушивания", noticeWay(hearing.noticeWay))
                .field("Мемлекеттік қызмет көрсету мерзімі (дайын нәтижені беру күні)",
                        "Срок оказания государственной услуги (дата выдачи готового результата)",
                        PaperDocument.date(application.readyDate))
                .bilingual("Қарсылықтарыңызды тыңдауға дейін немесе тыңдау барысында ұсына аласыз; хаттамаға фактілерді "
                                + "енгізуді сұрауға құқығыңыз бар.",
                        "Возражения Вы можете представить до заслушивания или в ходе него; Вы вправе просить внести "
                                + "факты в протокол.")
                .dateLine("Хабарлама күні", "Дата уведомления", hearing.notifiedOn)
                .signature("Көрсетілетін қызметті берушінің лауазымды адамы", "Должностное лицо услугодателя", "")
                .print();
    }

    /** The record (APPK art. 74), once the hearing was held. */
    public PrintedDocument record(CertificateApplication application, Hearing hearing) {
        OffsetDateTime madeAt = hearing.heldOn.atTime(hearing.endedAt).atZone(zone).toOffsetDateTime();
        DocumentIdentity identity = new DocumentIdentity("hearing-record", application.number,
                "Тыңдау хаттамасы", "Протокол заслушивания", madeAt);
        return PaperDocument.begin(identity)
                .verification(verificationLink(application), CHECK_KK, CHECK_RU)
                .formReference(RULES_KK + "74-бабы", RULES_RU + "статья 74")
                .title("Тыңдау ХАТТАМАСЫ", "ПРОТОКОЛ заслушивания")
                .field("Өтініш нөмірі", "Номер заявления", application.number)
                .field("Тыңдау өткізілген орын", "Место проведения заслушивания", hearing.place)
                .field("Күні", "Дата", PaperDocument.date(hearing.heldOn))
                .field("Басталу және аяқталу уақыты", "Время начала и окончания",
                        TIME.format(hearing.startedAt) + " – " + TIME.format(hearing.endedAt))
                .field("Әкімшілік орган", "Административный орган", hearing.body)
                .field("Лауазымды адам", "Должностное лицо", hearing.official)
                .field("Көрсетілетін қызметті алушы (өтініш беруші): " + PaperDocument.FULL_NAME_KK,
                        "Услугополучатель (заявитель): " + PaperDocument.FULL_NAME_RU, application.applicantName())
                .field("Қатысушы", "Участник", hearing.participant)
                .field("Қаралған мәселе", "Рассмотренный вопрос", hearing.question)
                .field("Бас тарту негізі (қағидалардың 11-тармағы)", "Основание отказа (пункт 11 правил)", ground(hearing.ground))
                .field("Мәлімдемелер", "Заявления", hearing.statements)
                .field("Сұрақтар мен жауаптар", "Вопросы и ответы", hearing.questionsAndAnswers)
                .field("Қатысушының өтініші бойынша хаттамаға енгізілген фактілер",
                        "Факты, внесённые в протокол по просьбе участника", hearing.factsToRecord)
                .field("Мемлекеттік қызмет көрсету мерзімі (дайын нәтижені беру күні)",
                        "Срок оказания государственной услуги (дата выдачи готового результата)",
                        PaperDocument.date(application.readyDate))
                .signature("Лауазымды адам", "Должностное лицо", hearing.official)
                .signature("Қатысушы", "Участник", hearing.participant)
                .print();
    }

    private String verificationLink(CertificateApplication application) {
        return config.verificationLink(VERIFICATION_PATH + application.number);
    }

    /** The ground of item 11 in the wording of the service standard. */
    static String ground(RefusalGround ground) {
        return switch (ground) {
            case UNRELIABLE_DOCUMENTS_OR_DATA -> "11-тармақтың 1) тармақшасы: көрсетілетін қызметті алушы ұсынған құжаттардың "
                    + "және (немесе) олардағы деректердің (мәліметтердің) дәйексіздігі анықталды\nподпункт 1) пункта 11: "
                    + "установлена недостоверность документов, представленных услугополучателем, и (или) данных (сведений), "
                    + "содержащихся в них";
            case NON_COMPLIANCE_WITH_ITEM_10 -> "11-тармақтың 2) тармақшасы: көрсетілетін қызметті алушының және (немесе) "
                    + "ұсынылған құжаттардың 10-тармақтың талаптарына сәйкес келмеуі\nподпункт 2) пункта 11: несоответствие "
                    + "услугополучателя и (или) представленных документов требованиям пункта 10";
        };
    }

    static String noticeWay(Hearing.NoticeWay way) {
        return switch (way) {
            case INVITATION -> "тыңдауға шақыру / приглашение на заслушивание";
            case VIDEOCONFERENCE -> "бейнеконференцбайланыс / видеоконференцсвязь";
            case DIGITAL_SYSTEMS -> "цифрлық жүйелер арқылы / посредством цифровых систем";
            case OTHER -> "өзге де байланыс құралдары / иные средства связи";
        };
    }
}
